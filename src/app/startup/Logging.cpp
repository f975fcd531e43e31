#include "Logging.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace np::app {

namespace {

void qtMessageToLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const std::string text = message.toStdString();
    const char* category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text);
        spdlog::default_logger()->flush();
        break;
    }
}

} // namespace

QString setUpLogging(const QString& folder)
{
    const QString path = folder + u"/needlepoint.log"_s;
    std::shared_ptr<spdlog::logger> logger;
    if (QDir().mkpath(folder)) {
        try {
            logger = spdlog::rotating_logger_mt("needlepoint", QFile::encodeName(path).toStdString(),
                static_cast<std::size_t>(LogFileBytes), static_cast<std::size_t>(LogFiles));
        } catch (const spdlog::spdlog_ex&) {
            logger.reset();
        }
    }
    const bool toFile = logger != nullptr;
    if (!toFile)
        logger = spdlog::stderr_logger_mt("needlepoint");
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %l [%t] %v");
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    spdlog::flush_every(std::chrono::seconds(5));
    qInstallMessageHandler(qtMessageToLog);
    return toFile ? path : QString();
}

} // namespace np::app
