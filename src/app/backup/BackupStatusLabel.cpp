#include "BackupStatusLabel.h"

#include <QDir>
#include <QLocale>

namespace np::app {

BackupStatusLabel::BackupStatusLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void BackupStatusLabel::showStarted(BackupOutcome::Kind)
{
    setText(tr("Backing up…"));
    setToolTip({});
}

void BackupStatusLabel::showFinished(const BackupOutcome& outcome)
{
    if (!outcome.ok()) {
        setText(tr("Backup failed: %1").arg(outcome.error));
        setToolTip(outcome.error);
        return;
    }
    const QString time = QLocale().toString(outcome.finishedAt.time(), QLocale::ShortFormat);
    if (outcome.made.isEmpty()) {
        setText(tr("Backed up today"));
        setToolTip({});
        return;
    }
    setText(tr("Backed up at %1").arg(time));
    setToolTip(tr("Backup: %1").arg(QDir::toNativeSeparators(outcome.made)));
}

void BackupStatusLabel::showAlreadyDone(const QString& path)
{
    setText(tr("Backed up today"));
    setToolTip(tr("Backup: %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace np::app
