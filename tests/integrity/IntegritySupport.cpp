#include "IntegritySupport.h"

#include "storage/Database.h"
#include "storage/PatientRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>

namespace np::test {

QStringList checkedPatientNames(const QString& database)
{
    auto db = storage::Database::open(database);
    INFO((db ? std::string() : db.error().message.toStdString()));
    REQUIRE(db);
    const auto integrity = (*db)->checkIntegrity();
    INFO((integrity ? std::string() : integrity.error().message.toStdString()));
    REQUIRE(integrity);
    const auto all = storage::PatientRepository(**db).all();
    REQUIRE(all);
    QStringList names;
    for (const storage::PatientRecord& p : *all)
        names << p.familyName;
    return names;
}

QRandomGenerator seededRandom()
{
    bool ok = false;
    quint32 seed = qEnvironmentVariable("NEEDLEPOINT_TEST_SEED").toUInt(&ok);
    if (!ok)
        seed = QRandomGenerator::global()->generate();
    std::cout << "seed " << seed << " (run again with NEEDLEPOINT_TEST_SEED=" << seed << ")" << std::endl;
    return QRandomGenerator(seed);
}

QByteArray patientJson(const QString& family)
{
    return QJsonDocument(
        QJsonObject {{QStringLiteral("family_name"), family}, {QStringLiteral("given_names"), QStringLiteral("Test")},
            {QStringLiteral("birth_date"), QStringLiteral("1985-03-02")}})
        .toJson(QJsonDocument::Compact);
}

} // namespace np::test
