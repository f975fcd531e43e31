#pragma once

#include "PatientDocuments.h"
#include "PrintPrompts.h"

#include "print/DocumentJobs.h"
#include "services/UseCaseContext.h"

#include <QDateTime>
#include <QObject>

class QPrinter;

#include <functional>
#include <memory>
#include <optional>

namespace np {
class Catalogue;
}

namespace np::storage {
class Database;
}

namespace np::app {

class AppSettings;
class PrintActions;

// The Print menu at work: which documents apply to the selected patient, and for the one chosen,
// its data (np::print::prepareDocuments), a preview to print from (np::print::print) or a PDF
// (np::print::writePdf), recorded in the patient's file once printed or saved
// (np::print::recordGiven). Uses the clinic templates folder, the paper size and the appointment
// card format of the settings each time. Gathering a document's data takes a few milliseconds (well under 50 ms), so it
// runs on the GUI thread. Every failure (no clinic set-up, a template refused with its name and line, a record gone) is
// shown through PrintPrompts::showError; nothing is printed or recorded then.
class PrintController : public QObject {
    Q_OBJECT
public:
    using Now = std::function<QDateTime()>;

    PrintController(AppSettings& settings, const Catalogue& catalogue, Now now = &QDateTime::currentDateTime,
        QObject* parent = nullptr);
    ~PrintController() override;

    [[nodiscard]] PrintActions* actions() const { return m_actions; }
    // The dialogs; DialogPrintPrompts unless replaced (tests).
    void setPrompts(std::unique_ptr<PrintPrompts> prompts);
    // The database printed from; null: none open (everything disabled).
    void setDatabase(storage::Database* db);
    // The selected patient; 0: none (the patient documents disabled).
    void setPatient(qint64 patientId);
    // The catalogue documents are prepared with from now on; it outlives this controller.
    void setCatalogue(const Catalogue& catalogue) { m_catalogue = &catalogue; }

    // What the page shown would print (Today: its day's sheet; Recalls: the recall list; the
    // calendar: the day sheet of its day), or nullopt when it cannot say (a patient's record).
    using ShownDocument = std::function<std::optional<print::DocumentRequest>()>;
    void setShownDocument(ShownDocument shown) { m_shown = std::move(shown); }
    // Another page is shown: the document chosen for the one before no longer stands for it.
    void forgetChoice();
    // The document Print, Print Preview and Save as PDF act on: the one last chosen on this page,
    // else what the page shown would print; nullopt: they ask which (never a default unasked).
    [[nodiscard]] std::optional<print::DocumentRequest> currentRequest() const;
    // Prints a newly booked series' papers together, through the preview: the consent form for
    // series `seriesId`, the pre-care sheet for `firstAppointmentId` and the appointment card (on
    // a full page, to go in the same job). They stay the current document, for Save as PDF.
    void printSeriesPapers(qint64 patientId, qint64 seriesId, qint64 firstAppointmentId);
    // Prints the pre-care sheet of appointment `appointmentId` of patient `patientId`, through the
    // preview; it stays the current document.
    void printPreCare(qint64 patientId, qint64 appointmentId);
    // Saves the current document as `path` and records it as given; false (the error shown) when it
    // could not.
    bool saveCurrentAs(const QString& path);

signals:
    // What the status bar should say ("Saved ...", "Printed ...").
    void message(const QString& text);
    // Documents were recorded as given: the patients' files changed.
    void recorded();

private:
    // Documents going out together, and the title of the PDF or print job.
    struct Job {
        QList<print::PreparedDocument> documents;
        QString title;
        print::PageSetup setup; // the paper of the settings; an appointment card's format
    };

    void choose(const print::DocumentRequest& request);
    // Asks which of `choices` a document is about: its id, none when cancelled or none to choose.
    std::optional<qint64> chooseSeries(const QString& title, const QList<SeriesChoice>& choices);
    void previewCurrent();
    void printCurrent();
    // The current document ready to go out; none when it cannot be made (the error shown) or
    // none is current (which one asked, and the one chosen previewed).
    [[nodiscard]] std::optional<Job> currentJob();
    // Asks which document to print, of those the Print menu offers now, and takes that one.
    void askWhich();
    void setUpPrinter(QPrinter& printer, const Job& job) const;
    // Records a job printed on `printer` (a printer, or a PDF file) and says so.
    void recordPrinted(const Job& job, const QPrinter& printer);
    void saveCurrentAsPdf();
    void printDaySheet();
    void printRecallList();
    void printPostCareBatch();
    // The selected patient's document `kind` about `id`, read fresh (it may have changed).
    void printForPatient(print::DocumentKind kind);
    [[nodiscard]] std::optional<QList<print::PreparedDocument>> prepare(const print::DocumentRequest& request);
    bool saveAs(const Job& job, const QString& path);
    bool record(const QList<print::PreparedDocument>& documents, const QString& output);
    void updateActions();
    [[nodiscard]] QDate today() const { return m_now().date(); }
    // The use cases' context: the open database, the desk's name, the window's clock.
    [[nodiscard]] services::UseCaseContext context() const;

    AppSettings& m_settings;
    const Catalogue* m_catalogue;
    Now m_now;
    std::unique_ptr<PrintPrompts> m_prompts;
    PrintActions* m_actions;
    storage::Database* m_db = nullptr;
    qint64 m_patientId = 0;
    PatientDocuments m_patientDocuments;
    std::optional<print::DocumentRequest> m_current;
    QList<print::DocumentRequest> m_together; // printed with m_current, in one job
    ShownDocument m_shown;
};

} // namespace np::app
