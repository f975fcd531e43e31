// The Spanish translation is compiled in and installed for a Spanish locale.

#include "AppTestSupport.h"

#include "app/startup/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

#include <set> // std::multiset

using namespace np;
using namespace Qt::StringLiterals;

namespace {

void removeTranslators()
{
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

TEST_CASE("translations: Spanish is installed for a Spanish locale, English plural forms for English")
{
    // English keeps its source texts and has only its plurals: "1 call", "169 calls".
    REQUIRE(app::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    CHECK(QCoreApplication::translate("np::app::RecallsPage", "%n call(s) to make.", nullptr, 1)
        == QStringLiteral("1 call to make."));
    CHECK(QCoreApplication::translate("np::app::RecallsPage", "%n call(s) to make.", nullptr, 169)
        == QStringLiteral("169 calls to make."));
    CHECK(QCoreApplication::translate("np::app::PatientSearchModel", "Birth date") == QStringLiteral("Birth date"));
    removeTranslators();
    CHECK_FALSE(app::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German)));
    removeTranslators();

    REQUIRE(app::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Spanish, QLocale::Spain)));
    CHECK(QCoreApplication::translate("np::app::PatientSearchModel", "Birth date")
        == QStringLiteral("Fecha de nacimiento"));
    removeTranslators();
    CHECK(QCoreApplication::translate("np::app::PatientSearchModel", "Birth date") == QStringLiteral("Birth date"));
}

TEST_CASE("translations: every translated message keeps its source's placeholders, no more, no fewer")
{
    // A translation that drops %2, repeats it or invents %3 shows the desk nonsense
    // ("9:00: 9:50 {1-9:50?}"). Each placeholder as often as in the source.
    const QString language = GENERATE(as<QString> {}, u"es"_s, u"en"_s);
    QFile ts(QStringLiteral(NEEDLEPOINT_SOURCE_DIR "/resources/translations/needlepoint_") + language + u".ts"_s);
    REQUIRE(ts.open(QIODevice::ReadOnly));
    static const QRegularExpression placeholder(QStringLiteral("%L?[0-9]"));
    const auto placeholders = [](const QString& text) {
        std::multiset<QString> found;
        for (const auto& m : placeholder.globalMatch(text))
            found.insert(m.captured());
        return found;
    };
    QXmlStreamReader xml(&ts);
    QString source;
    bool numerus = false;
    int checked = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"message")
            numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation") {
            QStringList forms; // a plural's forms (numerusform), each on its own
            if (numerus)
                while (xml.readNextStartElement())
                    forms.append(xml.readElementText());
            else
                forms.append(xml.readElementText());
            for (const QString& translation : forms) {
                INFO(source.toStdString() << " -> " << translation.toStdString());
                CHECK(placeholders(translation) == placeholders(source));
                ++checked;
            }
        }
    }
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    REQUIRE_FALSE(xml.hasError());
    CHECK(checked >= (language == u"es"_s ? 1000 : 20));
}
