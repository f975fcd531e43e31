#pragma once

#include "core/Patient.h"

#include <QJsonObject>
#include <QWidget>

#include <expected>
#include <memory>

namespace Ui {
class ScreeningTab;
}

namespace np::app {

class Workspace;

// Screening a patient for a treatment: the treatment (modality, indication, areas, day) and what is
// present today beyond the record, answered from the catalogue's contraindications. The result
// shows as it will act as soon as anything changes: blocked with the reasons and the day a washout
// lets treatment start, review (a clinician's note is then required to record it as going ahead),
// advice, or clear. Record Screening keeps it, answers and result, in the patient's record.
class ScreeningTab : public QWidget {
    Q_OBJECT
public:
    explicit ScreeningTab(QWidget* parent = nullptr);
    ~ScreeningTab() override;

    void setWorkspace(const Workspace* workspace);
    // Screens patient `id` (0: none), keeping the treatment chosen.
    void showPatient(qint64 id);

    // The treatment as chosen.
    [[nodiscard]] Treatment treatment() const;
    // The result shown: "clear", "advice", "review", "blocked"; empty when none.
    [[nodiscard]] QString status() const { return m_result.value(u"status").toString(); }
    // The status line and the reasons, as shown (tests).
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString reasonsText() const;
    [[nodiscard]] QString savedText() const;
    // Chooses the treatment (tests and callers that know it).
    void setTreatment(const QString& modality, const QString& indication, const QStringList& areas);
    // Ticks `code` as present today.
    void setPresentToday(const QString& code, bool present);
    // Selects the answer `code` (tests), whose dates then show in the fields below the list.
    void selectAnswer(const QString& code);
    void setNote(const QString& note);
    // Records the screening; false (the reason shown) when it could not be.
    bool record();

signals:
    void recorded();
    void message(const QString& text);

private:
    void update();
    // Record Screening: a result is shown, and a review has its note.
    void updateSaveButton();
    // The ticked answers with their dates; the first problem with a date, named, otherwise.
    [[nodiscard]] std::expected<QList<Finding>, QString> presentToday() const;
    [[nodiscard]] QJsonObject answers(const QList<Finding>& yes) const;
    // The selected answer's dates in the fields below the list (editable when it is ticked).
    void showAnswerDates();
    // The fields' dates kept on the selected answer.
    void keepAnswerDates();
    [[nodiscard]] QDate day() const;

    std::unique_ptr<Ui::ScreeningTab> m_ui;
    const Workspace* m_workspace = nullptr;
    qint64 m_patientId = 0;
    QJsonObject m_result;
};

} // namespace np::app
