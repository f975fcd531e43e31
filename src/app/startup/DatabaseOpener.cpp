#include "DatabaseOpener.h"

#include "DatabasePrompts.h"

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
        if (m_prompts.failed(path, opened.error()) == DatabasePrompts::FailureChoice::GiveUp)
            return nullptr;
        path = m_prompts.chooseDatabase(QFileInfo(path).absolutePath());
        if (path.isEmpty())
            return nullptr;
    }
}

} // namespace np::app
