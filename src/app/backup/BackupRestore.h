#pragma once

#include "BackupJob.h"

#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;

namespace np::app {

class BackupService;

// File > Restore from Backup…: asks before a backup replaces the open database, then has
// BackupService restore it off the GUI thread. The window closes its database on replacing()
// (nothing of this program may hold it open) and opens it again on finished(), whatever the
// outcome: a refused restore changes nothing.
class BackupRestore : public QObject {
    Q_OBJECT
public:
    BackupRestore(BackupService& backup, QWidget* window);

    // Asks, in a question opened on the window, whether `backupFile` should replace the database at
    // `databasePath`; restores when the user agrees.
    void ask(const QString& backupFile, const QString& databasePath);
    // The question while it is open (tests); null otherwise.
    [[nodiscard]] QMessageBox* question() const { return m_question; }

signals:
    void replacing();
    // `text`: what was done, or why nothing was, in the user's words.
    void finished(const QString& databasePath, bool ok, const QString& text);

private:
    void start(const QString& backupFile, const QString& databasePath);
    void report(const RestoreOutcome& outcome);

    BackupService& m_backup;
    QWidget* m_window;
    QPointer<QMessageBox> m_question;
};

} // namespace np::app
