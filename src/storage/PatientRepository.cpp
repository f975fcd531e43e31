// PatientRepository: writes, reads and duplicate detection. Search is in PatientSearch.cpp.
#include "PatientRepository.h"

#include "AuditLog.h"
#include "PatientRows.h"
#include "PatientValidation.h"
#include "RecordJson.h"
#include "SearchText.h"
#include "Statement.h"

#include "core/JsonReader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PatientRepository)
};

const QString Table = u"patients"_s;

// addMany() of at least this many patients raises the page cache to BulkCacheKiB (negative: KiB,
// as PRAGMA cache_size takes it) for its transaction.
constexpr qsizetype BulkCacheFromRows = 1000;
constexpr qint64 BulkCacheKiB = -262144;

QString what(qint64 id)
{
    return Tr::tr("patient %1").arg(id);
}

std::unexpected<StorageError> invalid(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return fail(StorageError::Kind::Invalid, lines.join(u"; "_s));
}

// Inserts patients with their index rows and audit rows, inside the caller's transaction.
// Prepares each statement once, through SQLite's C API: an import of 100,000 rows pays for parsing
// SQL only once, and binds each value without QtSql's per-value QVariant and placeholder work.
class PatientInserter {
public:
    PatientInserter(const QSqlDatabase& db, const QString& actor, const QDateTime& now)
        : m_db(db)
        , m_actor(text(actor))
        , m_now(now)
        , m_nowText(isoUtc(now))
        , m_target(Tr::tr("a new patient"))
    { }

    Result<qint64> insert(PatientRecord p)
    {
        if (!m_patient) {
            auto patient = DirectStatement::prepare(m_db,
                "INSERT INTO patients (family_name, given_names, preferred_name, birth_date, sex, phone, "
                "phone_digits, email, address, preferred_language, fitzpatrick, notes, archived, version, "
                "created_at, updated_at, town, region, postcode, country, external_ref) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)",
                m_target);
            if (!patient)
                return std::unexpected(patient.error());
            auto index = DirectStatement::prepare(
                m_db, "INSERT INTO patient_search (rowid, names, contact) VALUES (?, ?, ?)", m_target);
            if (!index)
                return std::unexpected(index.error());
            auto audit = DirectStatement::prepare(m_db,
                "INSERT INTO audit_log (at, actor, table_name, record_id, action, before_json, after_json) "
                "VALUES (?, ?, ?, ?, 'insert', NULL, ?)",
                Tr::tr("the audit log"));
            if (!audit)
                return std::unexpected(audit.error());
            m_patient = std::move(*patient);
            m_index = std::move(*index);
            m_audit = std::move(*audit);
        }
        p.version = 1;
        p.createdAt = m_now;
        p.updatedAt = m_now;
        const QString digits = phoneDigits(p.phone);
        const QString birthDate = p.birthDate.toString(Qt::ISODate);
        DirectStatement& patient = *m_patient;
        patient.bind(1, p.familyName);
        patient.bind(2, p.givenNames);
        patient.bind(3, p.preferredName);
        patient.bind(4, birthDate);
        patient.bind(5, p.sex);
        patient.bind(6, p.phone);
        patient.bind(7, digits);
        patient.bind(8, p.email);
        patient.bind(9, p.address);
        patient.bind(10, p.preferredLanguage);
        if (p.fitzpatrick)
            patient.bind(11, qint64 {*p.fitzpatrick});
        else
            patient.bindNull(11);
        patient.bind(12, p.notes);
        patient.bind(13, qint64 {p.archived ? 1 : 0});
        patient.bind(14, m_nowText);
        patient.bind(15, m_nowText);
        patient.bind(16, p.town);
        patient.bind(17, p.region);
        patient.bind(18, p.postcode);
        patient.bind(19, p.country);
        patient.bind(20, p.externalRef);
        if (auto r = patient.step(); !r)
            return std::unexpected(r.error());
        p.id = patient.lastInsertId();

        const QString names = searchNamesText(p.familyName, p.givenNames, p.preferredName);
        const QString contact = searchContactText(p.email, digits);
        m_index->bind(1, p.id);
        m_index->bind(2, names);
        m_index->bind(3, contact);
        if (auto r = m_index->step(); !r)
            return std::unexpected(r.error());

        const QString after = patientJsonText(p);
        m_audit->bind(1, m_nowText);
        m_audit->bind(2, m_actor);
        m_audit->bind(3, Table);
        m_audit->bind(4, p.id);
        m_audit->bind(5, after);
        if (auto r = m_audit->step(); !r)
            return std::unexpected(r.error());
        return p.id;
    }

private:
    QSqlDatabase m_db;
    QString m_actor;
    QDateTime m_now;
    QString m_nowText;
    QString m_target;
    std::optional<DirectStatement> m_patient;
    std::optional<DirectStatement> m_index;
    std::optional<DirectStatement> m_audit;
};

// Why a guarded update changed no row: the patient is gone, or someone else moved its version on.
StorageError conflictOrMissing(const QSqlDatabase& db, qint64 id, int readVersion)
{
    auto q = run(db, u"SELECT version FROM patients WHERE id = ?"_s, {id}, what(id));
    if (!q)
        return q.error();
    if (!q->next())
        return {StorageError::Kind::NotFound, Tr::tr("no patient %1").arg(id)};
    return {StorageError::Kind::Conflict,
        Tr::tr("patient %1 was changed by someone else since it was read (version %2, now %3)")
            .arg(id)
            .arg(readVersion)
            .arg(q->value(0).toInt())};
}

} // namespace

Result<qint64> PatientRepository::add(const PatientRecord& patient, const QString& actor)
{
    const PatientRecord p = normalizedPatient(patient);
    if (const Problems problems = validatePatient(p, today()); !problems.isEmpty())
        return invalid(problems);
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        if (auto free = externalRefFree(p); !free)
            return free;
        PatientInserter inserter(m_db.connection(), actor, m_clock());
        auto inserted = inserter.insert(p);
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<QList<qint64>> PatientRepository::addMany(
    const QList<PatientRecord>& patients, const QString& actor, const CheckFirst& checkFirst, const Written& written)
{
    QList<PatientRecord> normalized;
    normalized.reserve(patients.size());
    Problems problems;
    const QDate today = this->today();
    for (qsizetype i = 0; i < patients.size(); ++i) {
        normalized.append(normalizedPatient(patients[i]));
        for (Problem problem : validatePatient(normalized.last(), today)) {
            problem.path = jsonPath(jsonPath(QString(), i), problem.path);
            problems.append(problem);
        }
    }
    if (!problems.isEmpty())
        return invalid(problems);
    QList<qint64> ids;
    ids.reserve(patients.size());
    // A large import touches more pages than SQLite's default cache (2 MB) holds: it would spill
    // dirty pages into the WAL mid-transaction and read them back. A bigger cache for the import
    // only; SQLite allocates it as pages are used.
    const QSqlDatabase connection = m_db.connection();
    std::optional<qint64> cacheSize;
    if (normalized.size() >= BulkCacheFromRows) {
        if (auto q = run(connection, u"PRAGMA cache_size"_s, {}, Tr::tr("the patients")); q && q->next())
            cacheSize = q->value(0).toLongLong();
        if (cacheSize)
            (void)run(connection, u"PRAGMA cache_size = %1"_s.arg(BulkCacheKiB), {}, Tr::tr("the patients"));
    }
    auto done = m_db.transaction([&]() -> Result<void> {
        if (checkFirst) {
            auto go = checkFirst();
            if (!go)
                return std::unexpected(go.error());
            if (!*go)
                return {};
        }
        PatientInserter inserter(m_db.connection(), actor, m_clock());
        for (const PatientRecord& p : normalized) {
            if (written && !ids.isEmpty() && ids.size() % ImportProgressEvery == 0 && !written(ids.size()))
                return fail(StorageError::Kind::Cancelled, Tr::tr("the import was cancelled; nothing was added"));
            auto inserted = inserter.insert(p);
            if (!inserted)
                return std::unexpected(inserted.error());
            ids.append(*inserted);
        }
        return {};
    });
    if (cacheSize)
        (void)run(connection, u"PRAGMA cache_size = %1"_s.arg(*cacheSize), {}, Tr::tr("the patients"));
    if (!done)
        return std::unexpected(done.error());
    return ids;
}

QDate PatientRepository::today() const
{
    return m_today.isValid() ? m_today : m_clock().toLocalTime().date();
}

Result<PatientRecord> PatientRepository::get(qint64 id)
{
    auto q = run(m_db.connection(), u"SELECT "_s + PatientColumns + u" FROM patients WHERE id = ?"_s, {id}, what(id));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(StorageError::Kind::NotFound, Tr::tr("no patient %1").arg(id));
    return readPatient(*q);
}

Result<void> PatientRepository::update(const PatientRecord& patient, const QString& actor)
{
    const PatientRecord p = normalizedPatient(patient);
    if (const Problems problems = validatePatient(p, today()); !problems.isEmpty())
        return invalid(problems);
    return m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase db = m_db.connection();
        auto before = get(p.id);
        if (!before)
            return std::unexpected(before.error());
        if (auto free = externalRefFree(p); !free)
            return free;
        const QDateTime now = m_clock();
        const QString digits = phoneDigits(p.phone);
        auto q = run(db,
            u"UPDATE patients SET family_name = ?, given_names = ?, preferred_name = ?, birth_date = ?, sex = ?, "
            u"phone = ?, phone_digits = ?, email = ?, address = ?, preferred_language = ?, fitzpatrick = ?, "
            u"notes = ?, town = ?, region = ?, postcode = ?, country = ?, external_ref = ?, version = version + 1, "
            u"updated_at = ? WHERE id = ? AND version = ?"_s,
            {p.familyName, p.givenNames, p.preferredName, p.birthDate.toString(Qt::ISODate), p.sex, p.phone,
                text(digits), p.email, p.address, p.preferredLanguage, nullable(p.fitzpatrick), p.notes, p.town,
                p.region, p.postcode, p.country, p.externalRef, isoUtc(now), p.id, p.version},
            what(p.id));
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return std::unexpected(conflictOrMissing(db, p.id, p.version));
        if (auto r = run(db, u"UPDATE patient_search SET names = ?, contact = ? WHERE rowid = ?"_s,
                {searchNamesText(p.familyName, p.givenNames, p.preferredName), searchContactText(p.email, digits),
                    p.id},
                what(p.id));
            !r)
            return std::unexpected(r.error());
        auto after = get(p.id);
        if (!after)
            return std::unexpected(after.error());
        return AuditWriter(db, actor).write(
            now, Table, p.id, u"update"_s, patientJsonText(*before), patientJsonText(*after));
    });
}

Result<void> PatientRepository::setArchived(qint64 id, int version, bool archived, const QString& actor)
{
    return m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase db = m_db.connection();
        auto before = get(id);
        if (!before)
            return std::unexpected(before.error());
        if (before->version == version && before->archived == archived)
            return {}; // already so: nothing to change or to audit
        const QDateTime now = m_clock();
        auto q = run(db,
            u"UPDATE patients SET archived = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?"_s,
            {archived ? 1 : 0, isoUtc(now), id, version}, what(id));
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return std::unexpected(conflictOrMissing(db, id, version));
        auto after = get(id);
        if (!after)
            return std::unexpected(after.error());
        return AuditWriter(db, actor).write(now, Table, id, archived ? u"archive"_s : u"unarchive"_s,
            patientJsonText(*before), patientJsonText(*after));
    });
}

Result<std::optional<qint64>> PatientRepository::findByExternalRef(const QString& externalRef)
{
    const QString ref = externalRef.trimmed();
    if (ref.isEmpty())
        return std::nullopt;
    auto q = run(m_db.connection(),
        u"SELECT id FROM patients WHERE external_ref = ? COLLATE NOCASE AND external_ref <> ''"_s, {ref},
        Tr::tr("the patients"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::nullopt;
    return q->value(0).toLongLong();
}

Result<void> PatientRepository::externalRefFree(const PatientRecord& p)
{
    auto holder = findByExternalRef(p.externalRef);
    if (!holder)
        return std::unexpected(holder.error());
    if (*holder && **holder != p.id)
        return fail(StorageError::Kind::Invalid,
            Tr::tr("external_ref: \"%1\" is already the number of patient %2").arg(p.externalRef).arg(**holder));
    return {};
}

Result<std::optional<qint64>> PatientRepository::findDuplicate(const PatientRecord& patient)
{
    auto sameEmail = findSameEmail(patient);
    if (!sameEmail || *sameEmail)
        return sameEmail;
    return findSameNameAndBirthDate(patient);
}

Result<std::optional<qint64>> PatientRepository::findSameEmail(const PatientRecord& patient)
{
    const PatientRecord p = normalizedPatient(patient);
    if (p.email.isEmpty())
        return std::nullopt;
    auto q = run(m_db.connection(),
        u"SELECT id FROM patients WHERE email = ? COLLATE NOCASE AND id <> ? ORDER BY id LIMIT 1"_s, {p.email, p.id},
        Tr::tr("the patients"));
    if (!q)
        return std::unexpected(q.error());
    if (q->next())
        return q->value(0).toLongLong();
    return std::nullopt;
}

Result<std::optional<qint64>> PatientRepository::findSameNameAndBirthDate(const PatientRecord& patient)
{
    const PatientRecord p = normalizedPatient(patient);
    if (!p.birthDate.isValid())
        return std::nullopt;
    auto q = run(m_db.connection(),
        u"SELECT id, family_name, given_names FROM patients WHERE birth_date = ? AND id <> ? ORDER BY id"_s,
        {p.birthDate.toString(Qt::ISODate), p.id}, Tr::tr("the patients"));
    if (!q)
        return std::unexpected(q.error());
    const QString family = foldName(p.familyName);
    const QString given = foldName(p.givenNames);
    while (q->next())
        if (foldName(q->value(1).toString()) == family && foldName(q->value(2).toString()) == given)
            return q->value(0).toLongLong();
    return std::nullopt;
}

Result<std::optional<qint64>> PatientRepository::findSamePhone(const PatientRecord& patient)
{
    const QString digits = phoneDigits(patient.phone);
    if (digits.size() < MinPhoneDigits)
        return std::nullopt;
    auto q = run(m_db.connection(), u"SELECT id FROM patients WHERE phone_digits = ? AND id <> ? ORDER BY id LIMIT 1"_s,
        {digits, patient.id}, Tr::tr("the patients"));
    if (!q)
        return std::unexpected(q.error());
    if (q->next())
        return q->value(0).toLongLong();
    return std::nullopt;
}

Result<QList<PatientRecord>> PatientRepository::all(bool includeArchived)
{
    auto q = run(m_db.connection(),
        u"SELECT "_s + PatientColumns + u" FROM patients"_s + (includeArchived ? QString() : u" WHERE archived = 0"_s)
            + u" ORDER BY id"_s,
        {}, Tr::tr("the patients"));
    if (!q)
        return std::unexpected(q.error());
    QList<PatientRecord> out;
    while (q->next())
        out.append(readPatient(*q));
    return out;
}

} // namespace np::storage
