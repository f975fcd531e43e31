// Synthetic demo data: see DemoData.h. Patients go through PatientRepository::addMany (validation,
// search index, audit); everything else is written here with statements prepared once.
#include "DemoData.h"

#include "ClinicRepository.h"
#include "DemoRandom.h"
#include "DemoSchedule.h"
#include "PatientRepository.h"
#include "Statement.h"

#include "core/Codes.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DemoData)
};

constexpr int PatientBatch = 10000;
constexpr std::array NeedleCounts {12, 16, 24, 36, 42};
// Text for NOT NULL columns: a null QString binds as NULL.
const QString Empty = QStringLiteral("");

using Random = DemoRandom;

const std::array FamilyNames {u"García"_s, u"Fernández"_s, u"González"_s, u"Rodríguez"_s, u"López"_s, u"Martínez"_s,
    u"Sánchez"_s, u"Pérez"_s, u"Gómez"_s, u"Martín"_s, u"Jiménez"_s, u"Ruiz"_s, u"Hernández"_s, u"Díaz"_s, u"Muñoz"_s,
    u"Álvarez"_s, u"Romero"_s, u"Núñez"_s, u"Peña"_s, u"Ibáñez"_s, u"Lefèvre"_s, u"Bérubé"_s, u"Gagnon"_s, u"Côté"_s,
    u"Pelletier"_s, u"Lévesque"_s, u"Béland"_s, u"Dubois"_s, u"Moreau"_s, u"Girard"_s, u"Smith"_s, u"Johnson"_s,
    u"Williams"_s, u"Brown"_s, u"Jones"_s, u"Miller"_s, u"Davis"_s, u"Wilson"_s, u"Anderson"_s, u"Taylor"_s,
    u"Thomas"_s, u"Moore"_s, u"Jackson"_s, u"White"_s, u"Harris"_s, u"Clark"_s, u"Lewis"_s, u"Walker"_s, u"Young"_s,
    u"King"_s, u"Nguyen"_s, u"Kim"_s, u"Patel"_s, u"Chen"_s, u"O'Brien"_s, u"O'Connor"_s, u"McDonald"_s,
    u"Smith-Jones"_s, u"van der Berg"_s, u"de la Cruz"_s, u"Kowalski"_s, u"Novák"_s, u"Müller"_s, u"Schröder"_s,
    u"Rossi"_s, u"Bianchi"_s, u"Andersson"_s, u"Øster"_s, u"Costa"_s, u"Silva"_s, u"Gonçalves"_s};

const std::array FemaleNames {u"María"_s, u"José"_s, u"Lucía"_s, u"Sofía"_s, u"Inés"_s, u"Begoña"_s, u"Ana"_s,
    u"Carmen"_s, u"Pilar"_s, u"Mónica"_s, u"Zoé"_s, u"Chloé"_s, u"Élodie"_s, u"Hélène"_s, u"Geneviève"_s, u"Amélie"_s,
    u"Noémie"_s, u"Françoise"_s, u"Emma"_s, u"Olivia"_s, u"Ava"_s, u"Isabella"_s, u"Mia"_s, u"Charlotte"_s, u"Amelia"_s,
    u"Harper"_s, u"Evelyn"_s, u"Abigail"_s, u"Emily"_s, u"Elizabeth"_s, u"Sarah"_s, u"Jessica"_s, u"Jennifer"_s,
    u"Ashley"_s, u"Megan"_s, u"Laura"_s, u"Rachel"_s, u"Nicole"_s, u"Grace"_s, u"Hannah"_s};
const std::array MaleNames {u"José"_s, u"Jesús"_s, u"Andrés"_s, u"Álvaro"_s, u"Raúl"_s, u"Íñigo"_s, u"Martín"_s,
    u"Nicolás"_s, u"Joaquín"_s, u"Germán"_s, u"François"_s, u"Jérôme"_s, u"Benoît"_s, u"Théo"_s, u"Loïc"_s,
    u"Stéphane"_s, u"Rémi"_s, u"James"_s, u"John"_s, u"Robert"_s, u"Michael"_s, u"William"_s, u"David"_s, u"Richard"_s,
    u"Joseph"_s, u"Thomas"_s, u"Daniel"_s, u"Matthew"_s, u"Anthony"_s, u"Mark"_s, u"Steven"_s, u"Paul"_s, u"Kevin"_s,
    u"Brian"_s, u"Jason"_s, u"Ryan"_s};
const std::array Streets {u"Main St"_s, u"Oak Ave"_s, u"Calle Mayor"_s, u"Avenida de la Constitución"_s,
    u"Rue de la Paix"_s, u"Boulevard Saint-Michel"_s, u"Maple Rd"_s, u"Elm St"_s, u"Paseo de Gracia"_s,
    u"Chemin du Moulin"_s};
const std::array Cities {u"Springfield"_s, u"Madrid"_s, u"Sevilla"_s, u"Montréal"_s, u"Québec"_s, u"Lyon"_s,
    u"Austin"_s, u"Miami"_s, u"Málaga"_s, u"Toronto"_s};
const std::array EmailDomains {
    u"example.com"_s, u"mail.example.org"_s, u"correo.example.es"_s, u"courriel.example.ca"_s, u"inbox.example.net"_s};
const std::array Practitioners {
    u"Dr. Elena Márquez"_s, u"Dr. Julien Caron"_s, u"Sam Patel, RN"_s, u"Lucía Ortega, LE"_s, u"Dr. Megan Hart"_s};
const std::array Devices {u"Dermapen 4"_s, u"SkinPen Precision"_s, u"Rejuvapen NXT"_s, u"Exceed"_s};
const std::array NumbingAgents {u"BLT 20/8/4"_s, u"Lidocaine 4%"_s, u"EMLA 5%"_s, u""_s};
const std::array Endpoints {u"erythema"_s, u"pinpoint bleeding"_s, u"uniform erythema"_s};
const std::array Products {u"hyaluronic acid serum"_s, u"growth factor serum"_s, u"PRP"_s, u"saline"_s};
const std::array Reactions {u"expected erythema"_s, u"mild oedema"_s, u"none"_s, u"pinpoint bleeding, settled"_s};
const std::array AdverseEvents {
    u"post-inflammatory hyperpigmentation"_s, u"prolonged erythema"_s, u"small bruise, left cheek"_s};

// Accents and anything but letters and digits dropped: "José García" -> "josegarcia".
QString asciiLetters(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

QString digitsOf(Random& random, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + random.below(10));
    return out;
}

QString phoneNumber(Random& random)
{
    const QString d = u"55"_s + digitsOf(random, 8);
    switch (random.below(6)) {
    case 0:
        return u"+1 (%1) %2-%3"_s.arg(d.left(3), d.mid(3, 3), d.mid(6));
    case 1:
        return u"%1-%2-%3"_s.arg(d.left(3), d.mid(3, 3), d.mid(6));
    case 2:
        return u"(%1) %2 %3"_s.arg(d.left(3), d.mid(3, 3), d.mid(6));
    case 3: {
        const QString es = u"6"_s + digitsOf(random, 8);
        return u"+34 %1 %2 %3"_s.arg(es.left(3), es.mid(3, 3), es.mid(6));
    }
    case 4: {
        const QString fr = u"06"_s + digitsOf(random, 8);
        return u"%1 %2 %3 %4 %5"_s.arg(fr.left(2), fr.mid(2, 2), fr.mid(4, 2), fr.mid(6, 2), fr.mid(8));
    }
    default:
        return d;
    }
}

PatientRecord makePatient(Random& random, const QDate& today, qint64 serial)
{
    PatientRecord p;
    const bool female = random.chance(70);
    p.sex = female ? u"F"_s : (random.chance(95) ? u"M"_s : u"X"_s);
    const auto given = [&]() -> const QString& { return female ? random.pick(FemaleNames) : random.pick(MaleNames); };
    p.givenNames = given();
    if (random.chance(20))
        p.givenNames += u' ' + given();
    p.familyName = random.pick(FamilyNames);
    if (random.chance(15)) // Spanish double surnames
        p.familyName += u' ' + random.pick(FamilyNames);
    if (random.chance(8))
        p.preferredName = p.givenNames.left(p.givenNames.indexOf(u' ') > 0 ? p.givenNames.indexOf(u' ') : 3);
    p.birthDate = today.addYears(-random.between(18, 74)).addDays(-random.below(365));
    if (!random.chance(3))
        p.phone = phoneNumber(random);
    if (!random.chance(10))
        p.email = u"%1.%2%3@%4"_s.arg(asciiLetters(p.givenNames.section(u' ', 0, 0)), asciiLetters(p.familyName))
                      .arg(serial)
                      .arg(random.pick(EmailDomains));
    if (random.chance(60)) {
        p.address = u"%1 %2"_s.arg(random.between(1, 999)).arg(random.pick(Streets));
        p.town = random.pick(Cities);
        p.postcode = u"%1"_s.arg(10000 + (serial * 7919) % 89999, 5, 10, QChar(u'0')); // no extra draw
    }
    p.preferredLanguage = random.chance(30) ? u"es"_s : u"en"_s;
    if (!random.chance(10))
        p.fitzpatrick = random.between(1, 6);
    if (random.chance(10))
        p.notes = random.chance(50) ? u"Prefers morning appointments."_s : u"Referred by a friend."_s;
    p.archived = random.chance(5);
    return p;
}

QString dateText(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QString timeText(const QDate& d, int minutes)
{
    return isoUtc(QDateTime(d, QTime(8, 0).addSecs(minutes * 60), Qt::UTC));
}

Result<qint64> maxId(const QSqlDatabase& db, const QString& table, const QString& what)
{
    auto q = run(db, u"SELECT COALESCE(MAX(id), 0) FROM "_s + table, {}, what);
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

// The rows after the patients: one statement of each kind, prepared once.
using OptionalText = std::optional<QString>;

// One bound value: an integer, text, or NULL (an empty OptionalText).
struct Value {
    enum class Kind { Null, Integer, Text };
    Value(qint64 v)
        : kind(Kind::Integer)
        , integer(v)
    { }
    Value(int v)
        : kind(Kind::Integer)
        , integer(v)
    { }
    Value(const QString& v)
        : kind(Kind::Text)
        , text(v)
    { }
    Value(const OptionalText& v)
        : kind(v ? Kind::Text : Kind::Null)
        , text(v.value_or(QString()))
    { }
    Kind kind;
    qint64 integer = 0;
    QString text;
};

// A statement prepared once through SQLite's C API and run for every row: QtSql's per-value
// QVariant binding costs more than the writes themselves at a million rows.
class RowWriter {
public:
    RowWriter() = default;
    RowWriter(const RowWriter&) = delete;
    RowWriter& operator=(const RowWriter&) = delete;
    ~RowWriter() { sqlite3_finalize(m_statement); }

    Result<void> prepare(sqlite3* db, const char* sql, const QString& what)
    {
        m_db = db;
        m_what = what;
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            return failed();
        return {};
    }

    // A braced list: its values are worked out left to right (the generator's draws stay in order).
    Result<void> exec(std::initializer_list<Value> values)
    {
        int index = 0;
        for (const Value& v : values) {
            ++index;
            if (v.kind == Value::Kind::Integer)
                sqlite3_bind_int64(m_statement, index, v.integer);
            else if (v.kind == Value::Kind::Text) // utf16() of a null QString is "": never NULL
                sqlite3_bind_text16(
                    m_statement, index, v.text.utf16(), static_cast<int>(v.text.size() * 2), SQLITE_TRANSIENT);
            else
                sqlite3_bind_null(m_statement, index);
        }
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        if (rc != SQLITE_DONE)
            return failed();
        return {};
    }

private:
    std::unexpected<StorageError> failed() const
    {
        return fail(StorageError::Kind::Failed, Tr::tr("%1: %2").arg(m_what, QString::fromUtf8(sqlite3_errmsg(m_db))));
    }

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_what;
};

// The rows after the patients: one statement of each kind, prepared once.
struct Writer {
    RowWriter finding;
    RowWriter series;
    RowWriter session;
    RowWriter chart;
    RowWriter consent;

    Result<void> prepareAll(sqlite3* db, const QString& what)
    {
        for (auto [writer, sql] : {
                 std::pair {&finding,
                     "INSERT INTO findings (id, patient_id, finding_key, revision, code, areas, since, until, note, "
                     "recorded_by, recorded_at, superseded, version) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 0, 1)"},
                 std::pair {&series,
                     "INSERT INTO series (id, patient_id, modality, indication, severity, areas, event_date, status, "
                     "created_by, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"},
                 std::pair {&session,
                     "INSERT INTO planned_sessions (id, series_id, number, planned_date, earliest, latest, status, "
                     "version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"},
                 std::pair {&chart,
                     "INSERT INTO session_charts (session_id, charted_on, practitioner_id, device, device_serial, "
                     "cartridge_lot, cartridge_expiry, needle_count, depths, passes, numbing_agent, numbing_on, "
                     "numbing_off, endpoint, products, reaction, adverse_events, notes, version, created_at, "
                     "recorded_by, "
                     "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"},
                 std::pair {&consent,
                     "INSERT INTO consents (patient_id, series_id, modality, form_version, signed_at, witnessed_by, "
                     "recorded_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"},
             }) {
            if (auto r = writer->prepare(db, sql, what); !r)
                return r;
        }
        return {};
    }
};

// The stored clinic set-up, loading the demo clinic first when there is none; nullopt when no
// appointments are wanted.
Result<std::optional<StoredClinic>> loadDemoClinic(Database& db, const Catalogue& catalogue, const DemoOptions& options,
    const QStringList& practitionerNames, DemoCounts& counts)
{
    if (options.appointments == 0)
        return std::optional<StoredClinic>();
    ClinicRepository clinics(db, catalogue);
    const QDateTime now(options.today, QTime(9, 0), Qt::UTC);
    clinics.setClock([now] { return now; });
    auto current = clinics.current();
    if (!current || *current)
        return current;
    auto setup = demoClinicSetup(catalogue, practitionerNames, options.today);
    if (!setup)
        return std::unexpected(setup.error());
    const QString what = Tr::tr("the demo clinic");
    auto before = maxId(db.connection(), u"practitioners"_s, what);
    if (!before)
        return std::unexpected(before.error());
    auto loaded = clinics.load(*setup, QByteArray(), options.actor);
    if (!loaded)
        return std::unexpected(loaded.error());
    auto after = maxId(db.connection(), u"practitioners"_s, what);
    if (!after)
        return std::unexpected(after.error());
    counts.practitioners += *after - *before; // the set-up's practitioners not adopted by name
    counts.clinicLoaded = true;
    return std::optional(std::move(*loaded));
}

} // namespace

Result<DemoCounts> generateDemoData(Database& db, const Catalogue& catalogue, const DemoOptions& options)
{
    const QString what = Tr::tr("the demo data");
    if (options.patients < 0)
        return std::unexpected(
            StorageError {StorageError::Kind::Invalid, Tr::tr("the number of patients is negative")});
    if (catalogue.modalities.isEmpty() || catalogue.areas.isEmpty())
        return std::unexpected(
            StorageError {StorageError::Kind::Invalid, Tr::tr("the catalogue has no modalities or areas")});
    Random random(options.seed);
    DemoCounts counts;
    const QDate today = options.today;
    const QDateTime now(today, QTime(9, 0), Qt::UTC);
    const QString nowText = isoUtc(now);
    const QSqlDatabase connection = db.connection();

    // A larger page cache while writing: the date and foreign-key indexes take rows in no
    // particular order, and the default 2 MB cache makes every insert a page read at a million rows.
    auto cacheSize = run(connection, u"PRAGMA cache_size"_s, {}, what);
    if (!cacheSize)
        return std::unexpected(cacheSize.error());
    const int previousCacheSize = cacheSize->next() ? cacheSize->value(0).toInt() : -2000;
    cacheSize->finish();
    if (auto r = run(connection, u"PRAGMA cache_size = -262144"_s, {}, what); !r) // 256 MB
        return std::unexpected(r.error());
    const auto restoreCache = qScopeGuard([&] {
        [[maybe_unused]] auto r = run(connection, u"PRAGMA cache_size = %1"_s.arg(previousCacheSize), {}, what);
    });

    // Practitioners.
    QList<qint64> practitionerIds;
    QStringList practitionerNames;
    auto practitioners = db.transaction([&]() -> Result<void> {
        auto q = prepare(connection,
            u"INSERT INTO practitioners (display_name, role, modalities, active, version, created_at, updated_at) "
            u"VALUES (?, ?, ?, 1, 1, ?, ?)"_s,
            what);
        if (!q)
            return std::unexpected(q.error());
        for (const QString& name : Practitioners) {
            const QString role = name.startsWith(u"Dr."_s) ? u"physician"_s : u"aesthetician"_s;
            if (auto r = execute(*q, {name, role, Empty, nowText, nowText}, what); !r)
                return r;
            practitionerIds << q->lastInsertId().toLongLong();
            practitionerNames << name;
        }
        return {};
    });
    if (!practitioners)
        return std::unexpected(practitioners.error());
    counts.practitioners = practitionerIds.size();

    // Patients, in batches: each one transaction of addMany.
    PatientRepository patients(db);
    patients.setClock([now] { return now; });
    QList<qint64> patientIds;
    patientIds.reserve(options.patients);
    QList<QDate> birthDates;
    birthDates.reserve(options.patients);
    QList<qint64> activePatients; // not archived: the demo books them appointments
    auto firstSerial = maxId(connection, u"patients"_s, what);
    if (!firstSerial)
        return std::unexpected(firstSerial.error());
    for (int done = 0; done < options.patients;) {
        const int n = std::min(PatientBatch, options.patients - done);
        QList<PatientRecord> batch;
        batch.reserve(n);
        for (int i = 0; i < n; ++i) {
            batch.append(makePatient(random, today, *firstSerial + done + i + 1));
            birthDates << batch.last().birthDate;
            if (batch.last().archived)
                ++counts.archived;
        }
        auto ids = patients.addMany(batch, options.actor);
        if (!ids)
            return std::unexpected(ids.error());
        for (qsizetype i = 0; i < ids->size(); ++i)
            if (!batch[i].archived)
                activePatients << ids->at(i);
        patientIds.append(*ids);
        done += n;
    }
    counts.patients = patientIds.size();

    // The clinic set-up the appointments need: the one loaded, else the demo clinic.
    auto clinic = loadDemoClinic(db, catalogue, options, practitionerNames, counts);
    if (!clinic)
        return std::unexpected(clinic.error());
    QList<DemoSession> demoSessions;

    // Everything else, in one transaction.
    auto rest = db.transaction([&]() -> Result<void> {
        sqlite3* handle = sqliteHandle(connection);
        if (!handle)
            return fail(StorageError::Kind::Failed, Tr::tr("%1: not an SQLite database").arg(what));
        Writer w;
        if (auto r = w.prepareAll(handle, what); !r)
            return r;
        auto nextFinding = maxId(connection, u"findings"_s, what);
        auto nextSeries = maxId(connection, u"series"_s, what);
        auto nextSession = maxId(connection, u"planned_sessions"_s, what);
        for (auto* r : {&nextFinding, &nextSeries, &nextSession})
            if (!*r)
                return std::unexpected(r->error());
        qint64 findingId = *nextFinding;
        qint64 seriesId = *nextSeries;
        qint64 sessionId = *nextSession;

        for (qsizetype pi = 0; pi < patientIds.size(); ++pi) {
            const qint64 patientId = patientIds[pi];
            // Findings: about four patients in ten have one or two.
            if (!catalogue.contraindications.isEmpty() && random.chance(40)) {
                const int n = random.between(1, 2);
                for (int i = 0; i < n; ++i) {
                    const Contraindication& c = random.pick(catalogue.contraindications);
                    const QDate since = today.addDays(-random.between(30, 3000));
                    const OptionalText until = random.chance(30)
                        ? OptionalText(dateText(since.addDays(random.between(7, 365))))
                        : std::nullopt;
                    const QDate recorded = std::min(today, since.addDays(random.between(0, 400)));
                    ++findingId;
                    if (auto r = w.finding.exec({findingId, patientId, findingId, c.code, Empty, dateText(since), until,
                            random.chance(20) ? u"Reported at intake."_s : Empty, random.pick(practitionerNames),
                            timeText(recorded, random.below(600))});
                        !r)
                        return r;
                    ++counts.findings;
                }
            }
            // Series: nine patients in ten have one to three.
            if (random.chance(10))
                continue;
            const int seriesCount = random.between(1, 3);
            for (int s = 0; s < seriesCount; ++s) {
                const Modality& m = random.pick(catalogue.modalities);
                QList<const Indication*> suitable;
                for (const Indication& i : catalogue.indications)
                    if (i.modalities.contains(m.code))
                        suitable << &i;
                const QString indication = suitable.isEmpty() ? u"off-label"_s : random.pick(suitable)->code;
                QStringList areas;
                const int areaCount = random.between(1, 3);
                for (int a = 0; a < areaCount; ++a) {
                    const QString& code = random.pick(catalogue.areas).code;
                    if (!areas.contains(code))
                        areas << code;
                }
                const auto severity = static_cast<Severity>(random.below(SeverityCount));
                // Within the protocol's bounds, as series book would have made it (a move re-checks them).
                const int sessions = std::clamp(random.between(3, 8), m.minSessions > 0 ? m.minSessions : 3,
                    m.maxSessions > 0 ? std::max(m.maxSessions, m.minSessions) : 8);
                const int target = m.intervalTarget > 0 ? m.intervalTarget : 28;
                const int early = m.intervalMin > 0 ? target - m.intervalMin : 7;
                const int late = m.intervalMax > 0 ? m.intervalMax - target : 14;
                const QDate start = today.addDays(random.between(-900, 60));
                const QDate created = std::min(today, start.addDays(-random.between(0, 21)));
                const QDate lastDate = start.addDays(static_cast<qint64>(target) * (sessions - 1));
                const QString status = lastDate < today ? u"completed"_s : (start < today ? u"active"_s : u"planned"_s);
                const OptionalText eventDate
                    = random.chance(10) ? OptionalText(dateText(lastDate.addDays(30))) : std::nullopt;
                ++seriesId;
                if (auto r = w.series.exec({seriesId, patientId, m.code, indication, severityCode(severity),
                        areas.join(u','), eventDate, status, random.pick(practitionerNames),
                        timeText(created, random.below(600)), timeText(std::min(today, lastDate), random.below(600))});
                    !r)
                    return r;
                ++counts.series;
                const QString signedAt = timeText(created, random.below(600));
                if (auto r = w.consent.exec({patientId, seriesId, m.code, u"2025-1"_s, signedAt,
                        random.chance(70) ? random.pick(practitionerNames) : Empty, random.pick(practitionerNames),
                        signedAt});
                    !r)
                    return r;
                ++counts.consents;
                for (int n = 1; n <= sessions; ++n) {
                    const QDate planned = start.addDays(static_cast<qint64>(target) * (n - 1));
                    const bool past = planned < today;
                    const bool missed = past && random.chance(4);
                    ++sessionId;
                    if (auto r
                        = w.session.exec({sessionId, seriesId, n, dateText(planned), dateText(planned.addDays(-early)),
                            dateText(planned.addDays(late)), past ? (missed ? u"missed"_s : u"done"_s) : u"planned"_s});
                        !r)
                        return r;
                    ++counts.plannedSessions;
                    if (*clinic)
                        demoSessions.append({sessionId, patientId, planned, m.code, areas, missed});
                    if (!past || missed)
                        continue;
                    // Within the catalogue's usual range for the area: never past a limit, never
                    // deep enough to need a recorded reason.
                    QString depths = u"{"_s;
                    for (qsizetype a = 0; a < areas.size(); ++a) {
                        const Area* area = catalogue.area(areas[a]);
                        const Indication* chosen = catalogue.indication(indication);
                        const DepthRange range = chosen ? catalogue.depthFor(*chosen, *area) : area->depth;
                        const int steps = static_cast<int>((range.maxMm - range.minMm) / 0.05 + 0.5);
                        depths += u"%1\"%2\": %3"_s.arg(a ? u", "_s : QString(), areas[a])
                                      .arg(range.minMm + 0.05 * random.between(0, steps), 0, 'f', 2);
                    }
                    depths += u'}';
                    const int numbingStart = random.below(300);
                    const QString& numbing = random.pick(NumbingAgents);
                    const OptionalText noTime;
                    const QString chartedAt = timeText(planned, numbingStart + 75);
                    if (auto r = w.chart.exec({sessionId, dateText(planned), random.pick(practitionerIds),
                            random.pick(Devices), u"SN-%1"_s.arg(random.between(10000, 99999)),
                            u"LOT%1"_s.arg(random.between(100000, 999999)), dateText(planned.addMonths(18)),
                            random.pick(NeedleCounts), depths, random.between(2, 4), numbing,
                            numbing.isEmpty() ? noTime : OptionalText(timeText(planned, numbingStart)),
                            numbing.isEmpty() ? noTime : OptionalText(timeText(planned, numbingStart + 30)),
                            random.pick(Endpoints),
                            u"[{\"name\": \"%1\", \"lot\": \"P%2\"}]"_s.arg(
                                random.pick(Products), QString::number(random.between(1000, 9999))),
                            random.pick(Reactions), random.chance(2) ? random.pick(AdverseEvents) : Empty, Empty,
                            chartedAt, random.pick(practitionerNames), chartedAt});
                        !r)
                        return r;
                    ++counts.sessionCharts;
                }
            }
        }
        if (!*clinic)
            return {};
        const DemoBookingOptions booking {
            options.appointments < 0 ? 10LL * options.patients : options.appointments, today, options.actor, nowText};
        auto booked
            = writeDemoAppointments(connection, **clinic, catalogue, demoSessions, activePatients, booking, random);
        if (!booked)
            return std::unexpected(booked.error());
        counts.appointments = booked->appointments;
        counts.sessionAppointments = booked->sessionAppointments;
        return {};
    });
    if (!rest)
        return std::unexpected(rest.error());
    return counts;
}

} // namespace np::storage
