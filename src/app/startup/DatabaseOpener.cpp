#include "DatabaseOpener.h"

#include "DatabasePrompts.h"

#include "storage/Backup.h"

#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace np::app {

std::unique_ptr<storage::Database> DatabaseOpener::open(QString path)
{
    using Kind = storage::StorageError::Kind;
    for (;;) {
        auto opened = storage::Database::open(path);
        if (!opened && opened.error().kind == Kind::Missing) {
            spdlog::warn("No database at {}", path.toStdString());
            switch (m_prompts.missing(path)) {
            case DatabasePrompts::MissingChoice::Create:
                opened = storage::Database::create(path);
                if (opened)
                    spdlog::info("Created a new database at {}", path.toStdString());
                break;
            case DatabasePrompts::MissingChoice::OpenAnother:
                path = m_prompts.chooseDatabase(QFileInfo(path).absolutePath());
                if (path.isEmpty())
                    return nullptr;
                continue;
            case DatabasePrompts::MissingChoice::GiveUp:
                return nullptr;
            }
        }
        if (opened) {
            spdlog::info("Opened database {} (schema {})", path.toStdString(), (*opened)->schemaVersion());
            return std::move(*opened);
        }
        spdlog::error("Cannot open the database: {}", opened.error().message.toStdString());
        storage::StorageError error = opened.error();
        for (;;) {
            const auto choice = m_prompts.failed(path, error);
            if (choice == DatabasePrompts::FailureChoice::GiveUp)
                return nullptr;
            if (choice == DatabasePrompts::FailureChoice::OpenAnother) {
                path = m_prompts.chooseDatabase(QFileInfo(path).absolutePath());
                if (path.isEmpty())
                    return nullptr;
                break;
            }
            const QString backup
                = m_prompts.chooseBackup(m_backupFolder.isEmpty() ? QFileInfo(path).absolutePath() : m_backupFolder);
            if (backup.isEmpty())
                continue; // asked again
            auto restored = storage::restoreDatabase(backup, path);
            if (restored) {
                spdlog::info("Restored {} from {}; the database replaced is kept as {}", path.toStdString(),
                    backup.toStdString(), restored->replacedKeptAs.toStdString());
                break; // open it again
            }
            spdlog::error("Restore failed: {}", restored.error().message.toStdString());
            error = restored.error();
            error.remedy = storage::StorageError::Remedy::RestoreBackup; // another backup may do
        }
    }
}

} // namespace np::app
