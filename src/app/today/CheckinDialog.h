#pragma once

#include "services/CheckinService.h"
#include "services/DayService.h"

#include <QDialog>
#include <QHash>

#include <expected>
#include <memory>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace Ui {
class CheckinDialog;
}

namespace np::app {

class ChangeHistory;
class Workspace;

// Check-in: the catalogue's pre-session questions (what is new since the last visit: findings,
// medicines, acne or infection where the treatment goes, and its free questions), the result shown
// as it will act while they are answered, then the check-in itself (services::checkIn). A block
// stops the session: the answers are kept and the appointment is cancelled with the reason. A
// review needs the clinician's note, kept as the reason to go ahead.
class CheckinDialog : public QDialog {
    Q_OBJECT
public:
    CheckinDialog(const Workspace& workspace, services::DayEntry entry, QWidget* parent = nullptr);
    ~CheckinDialog() override;

    // The answer to the contraindication `code` (tests, and callers that know it).
    void setAnswer(const QString& code, bool yes);
    [[nodiscard]] QLineEdit* textAnswer(const QString& questionCode) const;
    void setNote(const QString& note);
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString reasonsText() const;
    [[nodiscard]] QPushButton* checkInButton() const { return m_checkIn; }
    // Where the check-in (or the session stopped) is kept for Edit > Undo (none: not kept).
    void setHistory(ChangeHistory* history) { m_history = history; }
    // Checks the patient in as answered; false (why shown) when it could not be.
    bool checkIn();

signals:
    // Done: what the status bar should say.
    void checkedIn(const QString& message);
    // The answers stopped the session (its appointment `appointmentId` cancelled with `reason`).
    void stopped(qint64 appointmentId, const QString& reason);

private:
    [[nodiscard]] std::expected<services::CheckinAnswers, QString> answers() const;
    void update();

    const Workspace& m_workspace;
    ChangeHistory* m_history = nullptr;
    services::DayEntry m_entry;
    std::unique_ptr<Ui::CheckinDialog> m_ui;
    QHash<QString, QCheckBox*> m_yes; // by contraindication code
    QHash<QString, QLineEdit*> m_texts; // by question code
    QPushButton* m_checkIn;
    QJsonObject m_result;
};

} // namespace np::app
