#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace np::app {

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto* own = new QTranslator(&app);
    if (!own->load(locale, u"needlepoint"_s, u"_"_s, u":/i18n"_s)) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    spdlog::info("Translation: {}", own->language().toStdString());
    return true;
}

} // namespace np::app
