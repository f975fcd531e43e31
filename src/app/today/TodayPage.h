#pragma once

#include <QDate>
#include <QHash>
#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class TodayPage;
}

namespace np::app {

class RecordTable;
class Workspace;

// Today, the front desk's page: the day's appointments by time, each with its patient, treatment,
// practitioner, room, state (booked, arrived, completed; cancelled and no-shows struck through,
// with why) and what the desk must see to (first visit, review needed, screening blocks, consent
// missing). It opens on the clinic's today; the day actions move to the days around it.
class TodayPage : public QWidget {
    Q_OBJECT
public:
    explicit TodayPage(QWidget* parent = nullptr);
    ~TodayPage() override;

    // Shows the workspace's today (none: an empty page).
    void setWorkspace(const Workspace* workspace);
    void showDay(QDate day);
    [[nodiscard]] QDate day() const { return m_day; }
    // Reads the day again (after a change made elsewhere in the app).
    void refresh();

    [[nodiscard]] RecordTable* table() const { return m_table; }
    // The patient of the appointment selected; 0 when none.
    [[nodiscard]] qint64 currentPatientId() const;

    // For the View menu: Alt+Left, Alt+Right, Ctrl+T.
    QAction* const previousDay;
    QAction* const nextDay;
    QAction* const goToToday;

signals:
    // The patient `patientId`, found by `name`, should be shown on the Patients page.
    void openPatientRequested(qint64 patientId, const QString& name);

private:
    void openCurrent();

    std::unique_ptr<Ui::TodayPage> m_ui;
    RecordTable* m_table;
    const Workspace* m_workspace = nullptr;
    QDate m_day;
    struct PatientRef {
        qint64 id = 0;
        QString name; // "Family Given": what finds them in the search
    };
    QHash<qint64, PatientRef> m_patients; // by appointment id
};

} // namespace np::app
