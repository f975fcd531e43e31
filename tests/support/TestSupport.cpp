#include "TestSupport.h"

#include "core/ClinicLoader.h"

#include "core/CatalogueLoader.h"
#include "core/Problem.h"

#include <QFile>

namespace np::test {

QDate date(const char* iso)
{
    const QDate d = QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
    REQUIRE(d.isValid());
    return d;
}

QString exampleClinicFile()
{
    return QStringLiteral(NEEDLEPOINT_SOURCE_DIR "/resources/examples/clinic.json");
}

ClinicSetup exampleClinic()
{
    auto c = parseClinicSetup(readFile(exampleClinicFile()), QStringLiteral("clinic.json"), builtInCatalogue());
    if (!c)
        FAIL(joinProblems(c.error()).toStdString());
    return *c;
}

const Catalogue& builtInCatalogue()
{
    static const Catalogue catalogue = [] {
        auto loaded = loadBuiltInCatalogue();
        if (!loaded)
            FAIL(joinProblems(loaded.error()).toStdString());
        return *loaded;
    }();
    return catalogue;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        FAIL("cannot read " << path.toStdString());
    return f.readAll();
}

QString testDataPath(const QString& relative)
{
    return QStringLiteral(NEEDLEPOINT_TEST_DATA) + QLatin1Char('/') + relative;
}

} // namespace np::test
