#include "RecallContacts.h"

#include "AuditLog.h"
#include "ClinicalRows.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RecallContacts)
};

const QString Table = u"recall_contacts"_s;

QString contactJsonText(const RecallContact& c)
{
    const QJsonObject o {{u"id"_s, c.id}, {u"patient_id"_s, c.patientId}, {u"recall"_s, c.recall},
        {u"contacted_on"_s, c.contactedOn.toString(Qt::ISODate)}, {u"note"_s, c.note}, {u"recorded_by"_s, c.recordedBy},
        {u"recorded_at"_s, isoUtc(c.recordedAt)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QString recallKey(const Recall& r)
{
    if (r.kind == u"unbooked" || r.kind == u"overdue")
        return u"%1:series=%2:session=%3"_s.arg(r.kind).arg(r.seriesId).arg(r.sessionNumber);
    if (r.kind == u"washout_clearing")
        return u"%1:finding=%2:due=%3"_s.arg(r.kind, r.findingCode, r.due.toString(Qt::ISODate));
    return u"%1:series=%2"_s.arg(r.kind).arg(r.seriesId);
}

Result<RecallContact> addRecallContact(Database& db, RecallContact contact, const QString& actor, const Clock& clock)
{
    if (contact.recall.trimmed().isEmpty())
        return std::unexpected(
            StorageError {StorageError::Kind::Invalid, Tr::tr("recall: which recall was called about is required")});
    if (!contact.contactedOn.isValid())
        return std::unexpected(
            StorageError {StorageError::Kind::Invalid, Tr::tr("contacted_on: the day of the call is required")});
    contact.note = contact.note.trimmed();
    contact.recordedBy = actor;
    contact.recordedAt = clock();
    auto done = db.transaction([&]() -> Result<void> {
        const QSqlDatabase c = db.connection();
        if (auto r = requirePatient(c, contact.patientId); !r)
            return r;
        auto q = run(c,
            u"INSERT INTO recall_contacts (patient_id, recall, contacted_on, note, recorded_by, recorded_at) "
            u"VALUES (?, ?, ?, ?, ?, ?)"_s,
            {contact.patientId, contact.recall, contact.contactedOn.toString(Qt::ISODate), text(contact.note),
                text(actor), isoUtc(contact.recordedAt)},
            Tr::tr("a call to patient %1").arg(contact.patientId));
        if (!q)
            return std::unexpected(q.error());
        contact.id = q->lastInsertId().toLongLong();
        return AuditWriter(c, actor).write(
            contact.recordedAt, Table, contact.id, u"insert"_s, QString(), contactJsonText(contact));
    });
    if (!done)
        return std::unexpected(done.error());
    return contact;
}

Result<QHash<QString, RecallContact>> latestRecallContacts(Database& db)
{
    QHash<QString, RecallContact> out;
    auto q = run(db.connection(),
        u"SELECT id, patient_id, recall, contacted_on, note, recorded_by, recorded_at FROM recall_contacts "
        u"ORDER BY contacted_on, id"_s,
        {}, Tr::tr("the calls made about recalls"));
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        RecallContact c;
        c.id = q->value(0).toLongLong();
        c.patientId = q->value(1).toLongLong();
        c.recall = q->value(2).toString();
        c.contactedOn = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        c.note = q->value(4).toString();
        c.recordedBy = q->value(5).toString();
        c.recordedAt = fromIsoUtc(q->value(6).toString());
        out.insert(c.recall, c); // later rows replace earlier ones: the newest call stays
    }
    return out;
}

} // namespace np::storage
