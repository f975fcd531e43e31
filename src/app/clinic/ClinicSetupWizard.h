#pragma once

#include "ClinicDraft.h"

#include "print/PageSetup.h"

#include <QJsonObject>
#include <QWizard>

#include <memory>

class QLabel;

namespace Ui {
class SetupStartPage;
}

namespace np {
class Catalogue;
}

namespace np::app {

class ClinicDetailsPage;
class OpeningHoursPage;
class SetupListPage;

// The first page of the first run: create a clinic, open an existing database or try a demo, and
// where the database file is (or goes).
class SetupStartPage : public QWizardPage {
    Q_OBJECT
public:
    enum class Choice { Create, Open, Demo };

    // `newPath`: where a new clinic's database goes unless another is chosen; `demoPath`: the demo's.
    SetupStartPage(const QString& newPath, const QString& demoPath, QWidget* parent = nullptr);
    ~SetupStartPage() override;

    [[nodiscard]] Choice choice() const;
    [[nodiscard]] QString path() const;
    void setChoice(Choice choice);
    void setPath(const QString& path);
    // The words above the choices (at first: there is no database at the new path yet).
    void setIntro(const QString& text);

    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

private:
    void choose();
    void choiceChanged();

    std::unique_ptr<Ui::SetupStartPage> m_ui;
    QString m_newPath;
    QString m_openPath;
    QString m_demoPath;
    QLabel* m_error;
};

// The clinic set-up wizard of the first run (no database where the settings say): create a new
// clinic page by page (details, hours, practitioners, rooms and devices, closures; each page checked
// by the rules `needlepoint-cli clinic load` applies, the problems at the field or row, before Next),
// open an existing database, or try a demo. It only asks: FirstRun does what was chosen.
class ClinicSetupWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { StartId, DetailsId, HoursId, TeamId, RoomsId, ClosuresId, ReadyId };

    ClinicSetupWizard(
        const Catalogue& catalogue, const QString& newPath, const QString& demoPath, QWidget* parent = nullptr);
    ~ClinicSetupWizard() override;

    [[nodiscard]] SetupStartPage::Choice choice() const;
    [[nodiscard]] QString databasePath() const;
    // The set-up as the pages hold it (parseClinicDraft makes it the clinic's); checked when the
    // wizard was accepted.
    [[nodiscard]] ClinicDraft draft() const;
    [[nodiscard]] print::PaperSize paper() const;
    // Every problem the set-up's checks find in the pages as they are.
    [[nodiscard]] Problems problems() const;

    // Create goes through the set-up's pages to Closures; Open and Demo to Ready. Both end there.
    [[nodiscard]] int nextId() const override;

    [[nodiscard]] SetupStartPage* startPage() const { return m_start; }
    [[nodiscard]] SetupListPage* teamPage() const { return m_team; }
    [[nodiscard]] SetupListPage* roomsPage() const { return m_rooms; }
    [[nodiscard]] SetupListPage* closuresPage() const { return m_closures; }

private:
    const Catalogue& m_catalogue;
    SetupStartPage* m_start;
    ClinicDetailsPage* m_details;
    OpeningHoursPage* m_hours;
    SetupListPage* m_team;
    SetupListPage* m_rooms;
    SetupListPage* m_closures;
    QWizardPage* m_ready; // opening a database or the demo: what will happen, then Finish
};

} // namespace np::app
