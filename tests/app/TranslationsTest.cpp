// The Spanish translation is compiled in and installed for a Spanish locale.

#include "AppTestSupport.h"

#include "app/startup/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace np;

namespace {

void removeTranslators()
{
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

TEST_CASE("translations: Spanish is installed for a Spanish locale, none for English")
{
    CHECK_FALSE(app::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    removeTranslators();

    REQUIRE(app::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Spanish, QLocale::Spain)));
    CHECK(QCoreApplication::translate("np::app::PatientSearchModel", "Birth date")
        == QStringLiteral("Fecha de nacimiento"));
    removeTranslators();
    CHECK(QCoreApplication::translate("np::app::PatientSearchModel", "Birth date") == QStringLiteral("Birth date"));
}
