#include "DocumentLogRepository.h"

#include "AuditLog.h"
#include "ClinicalRows.h"
#include "JsonText.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DocumentLogRepository)
};

const QString Table = u"documents_given"_s;
const QString Columns = u"id, patient_id, kind, appointment_id, series_id, template, template_version, language, "
                        u"given_at, given_by, output"_s;

DocumentGivenRecord readDocument(const QSqlQuery& q)
{
    DocumentGivenRecord d;
    d.id = q.value(0).toLongLong();
    d.patientId = readIdColumn(q.value(1));
    d.kind = q.value(2).toString();
    d.appointmentId = readIdColumn(q.value(3));
    d.seriesId = readIdColumn(q.value(4));
    d.templateName = q.value(5).toString();
    d.templateVersion = q.value(6).toString();
    d.language = q.value(7).toString();
    d.givenAt = fromIsoUtc(q.value(8).toString());
    d.givenBy = q.value(9).toString();
    d.output = q.value(10).toString();
    return d;
}

Result<QList<DocumentGivenRecord>> readDocuments(
    const QSqlDatabase& db, const QString& where, const QVariantList& values)
{
    auto q = run(
        db, u"SELECT "_s + Columns + u" FROM documents_given WHERE "_s + where, values, Tr::tr("the documents given"));
    if (!q)
        return std::unexpected(q.error());
    QList<DocumentGivenRecord> out;
    while (q->next())
        out.append(readDocument(*q));
    return out;
}

bool isOutput(const QString& output)
{
    for (const QString& prefix : {u"pdf:"_s, u"printer:"_s})
        if (output.startsWith(prefix) && output.size() > prefix.size())
            return true;
    return false;
}

Problems validate(const DocumentGivenRecord& d)
{
    Problems problems;
    auto add = [&](const QString& path, const QString& message) { problems.append({QString(), path, message}); };
    if (!documentKindCodes().contains(d.kind))
        add(u"kind"_s,
            Tr::tr("unknown document kind \"%1\" (one of: %2)").arg(d.kind, documentKindCodes().join(u", "_s)));
    else if (documentNamesPatient(d.kind) && !d.patientId)
        add(u"patient_id"_s, Tr::tr("is required for a %1 document").arg(d.kind));
    else if (!documentNamesPatient(d.kind) && d.patientId)
        add(u"patient_id"_s, Tr::tr("a %1 concerns many patients and names none").arg(d.kind));
    if (d.templateName.trimmed().isEmpty())
        add(u"template"_s, Tr::tr("is required: which template was printed"));
    if (d.templateVersion.trimmed().isEmpty())
        add(u"template_version"_s, Tr::tr("is required"));
    if (d.language.trimmed().isEmpty())
        add(u"language"_s, Tr::tr("is required"));
    if (!isOutput(d.output))
        add(u"output"_s, Tr::tr("\"%1\" is neither \"pdf:PATH\" nor \"printer:NAME\"").arg(d.output));
    return problems;
}

// The appointment exists and is the patient's.
Result<void> requireAppointmentOf(const QSqlDatabase& db, qint64 appointmentId, qint64 patientId)
{
    auto q = run(db, u"SELECT patient_id FROM appointments WHERE id = ?"_s, {appointmentId},
        Tr::tr("appointment %1").arg(appointmentId));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(StorageError::Kind::NotFound, Tr::tr("no appointment %1").arg(appointmentId));
    if (q->value(0).toLongLong() != patientId)
        return fail(StorageError::Kind::Invalid,
            Tr::tr("appointment_id: appointment %1 belongs to patient %2, not to patient %3")
                .arg(appointmentId)
                .arg(q->value(0).toLongLong())
                .arg(patientId));
    return {};
}

// The patient, and the appointment and series when named, exist and belong together.
Result<void> checkReferences(const QSqlDatabase& db, const DocumentGivenRecord& d)
{
    if (!d.patientId)
        return {};
    if (auto r = requirePatient(db, *d.patientId); !r)
        return r;
    if (d.appointmentId)
        if (auto r = requireAppointmentOf(db, *d.appointmentId, *d.patientId); !r)
            return r;
    if (d.seriesId)
        if (auto r = seriesModality(db, *d.seriesId, *d.patientId); !r)
            return std::unexpected(r.error());
    return {};
}

void optionalId(JsonObjectText& json, QStringView key, const std::optional<qint64>& id)
{
    if (id)
        json.integer(key, *id);
    else
        json.null(key);
}

} // namespace

const QStringList& documentKindCodes()
{
    static const QStringList codes {
        u"post_care"_s, u"pre_care"_s, u"consent"_s, u"appointment_card"_s, u"day_sheet"_s, u"recall_list"_s};
    return codes;
}

bool documentNamesPatient(QStringView kind)
{
    return kind != u"day_sheet" && kind != u"recall_list";
}

Result<qint64> DocumentLogRepository::record(const DocumentGivenRecord& document, const QString& actor)
{
    if (const Problems problems = validate(document); !problems.isEmpty())
        return std::unexpected(invalidRecord(problems));
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase db = m_db.connection();
        if (auto r = checkReferences(db, document); !r)
            return r;
        DocumentGivenRecord d = document;
        d.templateName = d.templateName.trimmed();
        d.templateVersion = d.templateVersion.trimmed();
        d.language = d.language.trimmed();
        d.givenAt = m_clock();
        d.givenBy = actor;
        auto q = run(db,
            u"INSERT INTO documents_given (patient_id, kind, appointment_id, series_id, template, template_version, "
            u"language, given_at, given_by, output) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {idColumn(d.patientId), d.kind, idColumn(d.appointmentId), idColumn(d.seriesId), d.templateName,
                d.templateVersion, d.language, isoUtc(d.givenAt), text(d.givenBy), d.output},
            Tr::tr("a new %1 document").arg(d.kind));
        if (!q)
            return std::unexpected(q.error());
        id = q->lastInsertId().toLongLong();
        d.id = id;
        return AuditWriter(db, actor).write(d.givenAt, Table, id, u"insert"_s, QString(), documentGivenJsonText(d));
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<DocumentGivenRecord> DocumentLogRepository::get(qint64 id)
{
    auto found = readDocuments(m_db.connection(), u"id = ?"_s, {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(StorageError::Kind::NotFound, Tr::tr("no document given %1").arg(id));
    return found->first();
}

Result<QList<DocumentGivenRecord>> DocumentLogRepository::forPatient(qint64 patientId)
{
    return readDocuments(m_db.connection(), u"patient_id = ? ORDER BY given_at DESC, id DESC"_s, {patientId});
}

QString documentGivenJsonText(const DocumentGivenRecord& d)
{
    JsonObjectText json;
    json.integer(u"id", d.id);
    optionalId(json, u"patient_id", d.patientId);
    json.string(u"kind", d.kind);
    optionalId(json, u"appointment_id", d.appointmentId);
    optionalId(json, u"series_id", d.seriesId);
    json.string(u"template", d.templateName)
        .string(u"template_version", d.templateVersion)
        .string(u"language", d.language)
        .string(u"given_at", isoUtc(d.givenAt))
        .string(u"given_by", d.givenBy)
        .string(u"output", d.output);
    return json.text();
}

QJsonObject documentGivenToJson(const DocumentGivenRecord& d)
{
    return QJsonDocument::fromJson(documentGivenJsonText(d).toUtf8()).object();
}

} // namespace np::storage
