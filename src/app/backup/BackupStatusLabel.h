#pragma once

#include "BackupJob.h"

#include <QLabel>

namespace np::app {

// The backup's state in the status bar: "Backing up…", "Backed up at 09:12", or the error (in full
// in the tooltip).
class BackupStatusLabel : public QLabel {
    Q_OBJECT
public:
    explicit BackupStatusLabel(QWidget* parent = nullptr);

    void showStarted(np::app::BackupOutcome::Kind kind);
    void showFinished(const np::app::BackupOutcome& outcome);
    // Today's daily backup was made before (`path`), by an earlier run.
    void showAlreadyDone(const QString& path);
};

} // namespace np::app
