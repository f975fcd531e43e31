#include "PrintController.h"

#include "DialogPrintPrompts.h"
#include "PrintActions.h"
#include "app/FormLabels.h"
#include "app/settings/AppSettings.h"

#include "core/Problem.h"
#include "print/PrintService.h"
#include "services/DocumentService.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPrinter>
#include <QStandardPaths>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace np::app {

namespace {

constexpr int RecallDays = 30;

// "Post-care José García 2027-03-09.pdf" from the title, without characters file systems refuse.
QString pdfFileName(const QString& title)
{
    QString name = title;
    static const QString refused = u"/\\:*?\"<>|"_s;
    for (QChar& c : name)
        if (refused.contains(c))
            c = u' ';
    return name.simplified() + u".pdf"_s;
}

} // namespace

PrintController::PrintController(AppSettings& settings, const Catalogue& catalogue, Now now, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_catalogue(&catalogue)
    , m_now(std::move(now))
    , m_prompts(std::make_unique<DialogPrintPrompts>(qobject_cast<QWidget*>(parent)))
    , m_actions(new PrintActions(this))
{
    connect(m_actions->printNow, &QAction::triggered, this, &PrintController::printCurrent);
    connect(m_actions->printPreview, &QAction::triggered, this, &PrintController::previewCurrent);
    connect(m_actions->savePdf, &QAction::triggered, this, &PrintController::saveCurrentAsPdf);
    connect(m_actions->daySheet, &QAction::triggered, this, &PrintController::printDaySheet);
    connect(m_actions->recallList, &QAction::triggered, this, &PrintController::printRecallList);
    connect(m_actions->postCareBatch, &QAction::triggered, this, &PrintController::printPostCareBatch);
    connect(m_actions->postCare, &QAction::triggered, this, [this] { printForPatient(print::DocumentKind::PostCare); });
    connect(m_actions->preCare, &QAction::triggered, this, [this] { printForPatient(print::DocumentKind::PreCare); });
    connect(m_actions->appointmentCard, &QAction::triggered, this,
        [this] { printForPatient(print::DocumentKind::AppointmentCard); });
    connect(m_actions->consent, &QAction::triggered, this, [this] { printForPatient(print::DocumentKind::Consent); });
    updateActions();
}

PrintController::~PrintController() = default;

void PrintController::setPrompts(std::unique_ptr<PrintPrompts> prompts)
{
    m_prompts = std::move(prompts);
}

services::UseCaseContext PrintController::context() const
{
    return {*m_db, *m_catalogue, {m_settings.deskName()}, today(), [now = m_now] { return now().toUTC(); }};
}

void PrintController::setDatabase(storage::Database* db)
{
    m_db = db;
    m_current.reset();
    m_together.clear();
    setPatient(0);
}

void PrintController::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    m_patientDocuments = {};
    if (m_db && patientId != 0) {
        // A failed read leaves the patient's documents disabled; choosing one reads again.
        if (auto found = findPatientDocuments(context(), patientId, m_now()))
            m_patientDocuments = *found;
    }
    updateActions();
}

void PrintController::updateActions()
{
    const bool open = m_db != nullptr;
    for (QAction* a : {m_actions->printNow, m_actions->printPreview, m_actions->savePdf, m_actions->daySheet,
             m_actions->recallList, m_actions->postCareBatch})
        a->setEnabled(open);
    const PatientDocuments& p = m_patientDocuments;
    m_actions->postCare->setEnabled(open && p.lastVisit.has_value());
    m_actions->preCare->setEnabled(open && p.nextBooked.has_value());
    m_actions->appointmentCard->setEnabled(open && (p.cardSeries || !p.cardChoices.isEmpty()));
    m_actions->consent->setEnabled(open && (p.consentSeries || !p.consentChoices.isEmpty()));
}

void PrintController::forgetChoice()
{
    m_current.reset();
    m_together.clear();
}

std::optional<print::DocumentRequest> PrintController::currentRequest() const
{
    if (m_current)
        return m_current;
    if (m_shown)
        return m_shown();
    return std::nullopt;
}

void PrintController::askWhich()
{
    QList<QAction*> offered;
    QStringList names;
    for (QAction* a : {m_actions->daySheet, m_actions->recallList, m_actions->postCareBatch, m_actions->postCare,
             m_actions->preCare, m_actions->appointmentCard, m_actions->consent}) {
        if (!a->isEnabled())
            continue;
        offered << a;
        names << plainLabelText(a->text());
    }
    const int chosen = m_prompts->chooseOne(tr("Print"), tr("Which document?"), names);
    if (chosen >= 0 && chosen < offered.size())
        offered[chosen]->trigger();
}

void PrintController::printDaySheet()
{
    const QDate date = m_prompts->chooseDate(tr("Day Sheet"), today());
    if (!date.isValid())
        return;
    print::DocumentRequest r;
    r.kind = print::DocumentKind::DaySheet;
    r.date = date;
    choose(r);
}

void PrintController::printPostCareBatch()
{
    const QDate date = m_prompts->chooseDate(tr("All Post-care Sheets of a Day"), today());
    if (!date.isValid())
        return;
    print::DocumentRequest r;
    r.kind = print::DocumentKind::PostCare; // id 0: the batch
    r.date = date;
    r.today = today();
    choose(r);
}

void PrintController::printRecallList()
{
    print::DocumentRequest r;
    r.kind = print::DocumentKind::RecallList;
    r.today = today();
    r.withinDays = RecallDays;
    choose(r);
}

void PrintController::printForPatient(print::DocumentKind kind)
{
    if (!m_db || m_patientId == 0)
        return;
    setPatient(m_patientId); // read again: the patient's appointments may have changed
    const PatientDocuments& p = m_patientDocuments;
    std::optional<qint64> id;
    switch (kind) {
    case print::DocumentKind::PostCare:
        id = p.lastVisit;
        break;
    case print::DocumentKind::PreCare:
        id = p.nextBooked;
        break;
    case print::DocumentKind::AppointmentCard:
        id = p.cardSeries ? p.cardSeries : chooseSeries(tr("Appointment Card"), p.cardChoices);
        if (!id && !p.cardChoices.isEmpty())
            return; // cancelled
        break;
    case print::DocumentKind::Consent:
        id = p.consentSeries ? p.consentSeries : chooseSeries(tr("Consent Form"), p.consentChoices);
        if (!id && !p.consentChoices.isEmpty())
            return; // cancelled
        break;
    case print::DocumentKind::DaySheet:
    case print::DocumentKind::RecallList:
        break;
    }
    if (!id) {
        m_prompts->showError(tr("Cannot Print"), tr("There is no longer anything to print for this patient."));
        return;
    }
    print::DocumentRequest r;
    r.kind = kind;
    r.id = *id;
    r.today = today();
    r.cards = m_settings.cardFormat();
    choose(r);
}

std::optional<qint64> PrintController::chooseSeries(const QString& title, const QList<SeriesChoice>& choices)
{
    if (choices.isEmpty())
        return std::nullopt;
    QStringList labels;
    for (const SeriesChoice& c : choices)
        labels << c.label;
    const int index
        = m_prompts->chooseOne(title, tr("The patient has more than one series under way. Which one?"), labels);
    if (index < 0 || index >= choices.size())
        return std::nullopt;
    return choices[index].id;
}

void PrintController::choose(const print::DocumentRequest& request)
{
    m_current = request;
    m_together.clear();
    previewCurrent();
}

void PrintController::printPreCare(qint64 patientId, qint64 appointmentId)
{
    setPatient(patientId);
    print::DocumentRequest r;
    r.kind = print::DocumentKind::PreCare;
    r.id = appointmentId;
    r.today = today();
    choose(r);
}

void PrintController::printSeriesPapers(qint64 patientId, qint64 seriesId, qint64 firstAppointmentId)
{
    setPatient(patientId);
    auto request = [this](print::DocumentKind kind, qint64 id) {
        print::DocumentRequest r;
        r.kind = kind;
        r.id = id;
        r.today = today();
        r.cards = print::CardFormat::Page;
        return r;
    };
    m_current = request(print::DocumentKind::Consent, seriesId);
    m_together = {request(print::DocumentKind::PreCare, firstAppointmentId),
        request(print::DocumentKind::AppointmentCard, seriesId)};
    previewCurrent();
}

std::optional<QList<print::PreparedDocument>> PrintController::prepare(const print::DocumentRequest& request)
{
    if (!m_db)
        return std::nullopt;
    auto resources = print::loadDocumentResources(m_settings.templatesFolder());
    if (!resources) {
        m_prompts->showError(tr("Cannot Print"), joinProblems(resources.error()));
        return std::nullopt;
    }
    // On the GUI thread: a document's data is a handful of indexed reads (well under 50 ms).
    auto documents = services::prepareDocuments(context(), *resources, request);
    if (!documents) {
        m_prompts->showError(tr("Cannot Print"), documents.error().message);
        return std::nullopt;
    }
    if (documents->isEmpty()) {
        m_prompts->showError(tr("Cannot Print"),
            request.kind == print::DocumentKind::PostCare && request.id == 0
                ? tr("No session was completed on %1, so there is no post-care sheet to print.")
                      .arg(QLocale().toString(request.date, QLocale::LongFormat))
                : tr("There is nothing to print."));
        return std::nullopt;
    }
    return *documents;
}

std::optional<PrintController::Job> PrintController::currentJob()
{
    const auto current = currentRequest();
    if (!current) {
        askWhich();
        return std::nullopt;
    }
    const print::DocumentRequest& request = *current;
    auto documents = prepare(request);
    if (!documents)
        return std::nullopt;
    QString title = print::outputTitle(request, *documents);
    for (const print::DocumentRequest& also : std::as_const(m_together)) {
        auto more = prepare(also);
        if (!more)
            return std::nullopt;
        documents->append(std::move(*more));
    }
    if (!m_together.isEmpty())
        title = tr("%1, with the pre-care sheet and appointment card").arg(title);
    return Job {std::move(*documents), std::move(title), print::pageSetupFor(request, m_settings.paperSize())};
}

void PrintController::setUpPrinter(QPrinter& printer, const Job& job) const
{
    print::setUpPrinter(printer, job.setup);
    printer.setDocName(job.title);
}

void PrintController::previewCurrent()
{
    const auto job = currentJob();
    if (!job)
        return;
    const QStringList pages = print::documentPages(job->documents);
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, *job);
    QString paintError;
    const bool printed = m_prompts->preview(printer, [&](QPrinter* target) {
        const auto done = print::print(*target, pages, job->title, job->setup);
        paintError = done ? QString() : done.error();
    });
    if (!printed)
        return;
    if (!paintError.isEmpty()) {
        m_prompts->showError(tr("Cannot Print"), paintError);
        return;
    }
    recordPrinted(*job, printer);
}

void PrintController::printCurrent()
{
    const auto job = currentJob();
    if (!job)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, *job);
    if (!m_prompts->choosePrinter(printer))
        return;
    if (const auto done = print::print(printer, print::documentPages(job->documents), job->title, job->setup); !done) {
        m_prompts->showError(tr("Cannot Print"), done.error());
        return;
    }
    recordPrinted(*job, printer);
}

void PrintController::recordPrinted(const Job& job, const QPrinter& printer)
{
    if (printer.outputFormat() == QPrinter::PdfFormat) {
        if (printer.outputFileName().isEmpty())
            return; // the PDF's file name was not chosen: nothing was written
        const QString path = QFileInfo(printer.outputFileName()).absoluteFilePath();
        if (record(job.documents, u"pdf:"_s + path))
            emit message(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    } else if (record(job.documents, u"printer:"_s + printer.printerName())) {
        emit message(tr("Printed %1 on %2").arg(job.title, printer.printerName()));
    }
}

void PrintController::saveCurrentAsPdf()
{
    // Prepared before the file dialog, so a refused template is reported before asking where.
    const auto job = currentJob();
    if (!job)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_prompts->choosePdfPath(QDir(folder).filePath(pdfFileName(job->title)));
    if (!path.isEmpty())
        saveAs(*job, path);
}

bool PrintController::saveCurrentAs(const QString& path)
{
    const auto job = currentJob();
    return job && saveAs(*job, path);
}

bool PrintController::saveAs(const Job& job, const QString& path)
{
    const auto pages = print::writePdf(path, print::documentPages(job.documents), job.setup, job.title);
    if (!pages) {
        m_prompts->showError(tr("Cannot Save the PDF"), pages.error());
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!record(job.documents, u"pdf:"_s + absolute))
        return false;
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(absolute)));
    return true;
}

bool PrintController::record(const QList<print::PreparedDocument>& documents, const QString& output)
{
    const auto done = services::recordDocumentsGiven(context(), documents, output);
    if (!done) {
        m_prompts->showError(tr("Not Recorded in the Patient's File"),
            tr("The document went out, but it could not be recorded in the patient's file: %1")
                .arg(done.error().message));
        return false;
    }
    emit recorded();
    return true;
}

} // namespace np::app
