#pragma once

#include "services/SeriesService.h"
#include "storage/ClinicRepository.h"

#include <QDialog>

#include <expected>
#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class NewSeriesDialog;
}

namespace np::app {

class TextTableModel;
class Workspace;

// A new treatment series for one patient, planned and booked in one dialog: the treatment
// (indication, modality, areas, severity or session count, first day, event date) and the
// preferences on the left; on the right the result as it will act (blocked with the reasons and
// when treatment may start, held back by a washout, review with a required note, advice) and the
// proposed appointments, re-proposed by the engine (services::bookSeries, dry run) at every change.
// A session can be moved to another day, time or practitioner: the change is checked against the
// series' rules and the calendar, and a refused one says why and changes nothing. Book stores the
// series and every appointment at once, or nothing; then the consent form, pre-care sheet and
// appointment card can be printed in one go.
class NewSeriesDialog : public QDialog {
    Q_OBJECT
public:
    NewSeriesDialog(const Workspace& workspace, qint64 patientId, QWidget* parent = nullptr);
    ~NewSeriesDialog() override;

    // Chooses the treatment (tests, and callers that know it); areas are codes.
    void setTreatment(const QString& indication, const QString& modality, const QStringList& areas);
    void setEarliest(const QDate& day);
    void setEventDate(const QDate& day);
    void setNote(const QString& note);

    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString reasonsText() const;
    // Why the last change of a session was refused; empty when it was taken.
    [[nodiscard]] QString changeProblemText() const;
    [[nodiscard]] const TextTableModel& proposal() const { return *m_proposal; }
    // The sessions as proposed now (empty while nothing can be booked).
    [[nodiscard]] QList<BookedSession> proposedSessions() const;
    [[nodiscard]] QPushButton* bookButton() const { return m_book; }
    // Print Consent, Pre-Care and Card: there once the series is booked (null before).
    [[nodiscard]] QPushButton* printButton() const { return m_print; }

    // Moves session `number` (1-based) to `start`, with `practitioner` (a code; empty: whoever is
    // free) and proposes the later sessions again from it; false, with why, when the series' rules
    // or the calendar refuse it (the proposal is then as it was).
    bool changeSession(int number, const QDateTime& start, const QString& practitioner = {});
    // Books the series as proposed; false (why shown) when it could not be.
    bool book();
    // "Family, Given": whose series it is.
    [[nodiscard]] QString patientName() const { return m_name; }
    // The series booked here, once booked.
    [[nodiscard]] const std::optional<storage::BookedSeries>& booked() const { return m_booked; }

signals:
    // The series is booked: what the status bar should say.
    void seriesBooked(qint64 patientId, qint64 seriesId, const QString& message);
    // Print the new series' consent form, pre-care sheet for the first appointment and its card.
    void printRequested(qint64 patientId, qint64 seriesId, qint64 firstAppointmentId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillChoices();
    // The modality suits the indication chosen: the first suitable one otherwise.
    void suitModality();
    [[nodiscard]] std::expected<services::SeriesBookingInput, QString> input() const;
    // Proposes the series as the form says; the refusal's reason when it cannot be booked.
    std::optional<QString> propose();
    void showProposal(const SeriesBooking& booking);
    void showSelectedSession();
    void applyChange();
    void proposeAgain();
    void updateBookButton();
    void showBooked(const storage::BookedSeries& booked);
    [[nodiscard]] QDate requestedStart() const;

    const Workspace& m_workspace;
    qint64 m_patientId;
    QString m_name; // as lists show it
    std::unique_ptr<Ui::NewSeriesDialog> m_ui;
    std::optional<storage::StoredClinic> m_clinic;
    TextTableModel* m_proposal;
    QPushButton* m_book;
    QPushButton* m_print = nullptr;
    QList<SessionAdjustment> m_adjustments;
    std::optional<SeriesBooking> m_booking; // the proposal shown
    std::optional<storage::BookedSeries> m_booked;
};

} // namespace np::app
