#pragma once

#include "Clock.h"
#include "Database.h"
#include "StorageError.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace np::storage {

struct PatientRecord {
    qint64 id = 0; // 0 until stored
    int version = 0; // optimistic lock: the version this copy was read at
    QString familyName;
    QString givenNames;
    QString preferredName;
    QDate birthDate;
    QString sex; // free text as the clinic records it ("F", "M", "X", "")
    QString phone; // as entered
    QString email;
    // The postal address in its parts. `address` is the street lines (may span lines; a database
    // from before schema 6 holds the whole address there).
    QString address;
    QString town;
    QString region; // state, county or province
    QString postcode;
    QString country;
    QString preferredLanguage = QStringLiteral("en"); // ISO 639-1: chooses printed documents
    std::optional<int> fitzpatrick; // 1..6
    QString notes;
    bool archived = false;
    QString externalRef; // the patient's number in the clinic's old system; unique when set
    QDateTime createdAt; // UTC
    QDateTime updatedAt;
};

struct PatientMatch {
    qint64 id = 0;
    QString familyName;
    QString givenNames;
    QString preferredName;
    QDate birthDate;
    QString phone;
    QString email;
    bool archived = false;
    QString externalRef;
};

// Patients: archived, never deleted. Every write checks the record, keeps the search index in
// step and writes the audit log, all in one transaction.
// How often (in rows) a long import tells its progress and may be cancelled.
inline constexpr qsizetype ImportProgressEvery = 500;

class PatientRepository {
public:
    explicit PatientRepository(Database& db)
        : m_db(db)
    { }

    // Invalid input (no name, no or future birth date, bad Fitzpatrick, bad email) is refused
    // with Kind::Invalid and a message naming the field.
    Result<qint64> add(const PatientRecord& patient, const QString& actor);
    // All or nothing, in one transaction (import). `checkFirst`, when given, runs inside that
    // transaction (BEGIN IMMEDIATE: the write lock is held) before any row is written, so what it
    // reads cannot change before the rows go in; returning false adds nothing (and no ids).
    // `written`, when given, is told how many rows are in every ImportProgressEvery rows; returning
    // false stops: nothing is added, and the error is Kind::Cancelled.
    using CheckFirst = std::function<Result<bool>()>;
    using Written = std::function<bool(qsizetype written)>;
    Result<QList<qint64>> addMany(const QList<PatientRecord>& patients, const QString& actor,
        const CheckFirst& checkFirst = {}, const Written& written = {});
    Result<PatientRecord> get(qint64 id);
    // Fails with Kind::Conflict, naming the patient, when the stored version is not patient.version.
    // Leaves `archived` as stored: archiving is setArchived(), audited as such.
    Result<void> update(const PatientRecord& patient, const QString& actor);
    Result<void> setArchived(qint64 id, int version, bool archived, const QString& actor);

    // As-you-type: name parts in any order, prefix matching, accent- and case-insensitive; phone
    // by digits whatever the formatting; email; birth date (YYYY-MM-DD, or DD/MM/YYYY). Ranked.
    Result<QList<PatientMatch>> search(const QString& text, int limit, bool includeArchived = false);
    // The patient with this external reference (compared ignoring case), if any.
    Result<std::optional<qint64>> findByExternalRef(const QString& externalRef);
    // Same name and birth date, or same email (case-insensitive): the existing patient's id.
    // (CSV import refuses the first as a duplicate; a shared email is only a warning there.)
    Result<std::optional<qint64>> findDuplicate(const PatientRecord& patient);
    // Each of findDuplicate's two rules on its own: another patient with the same email; with the
    // same name (ignoring case, accents and repeated spaces) and birth date.
    Result<std::optional<qint64>> findSameEmail(const PatientRecord& patient);
    Result<std::optional<qint64>> findSameNameAndBirthDate(const PatientRecord& patient);
    // Another patient (not patient.id) with the same phone number, compared by its digits; none
    // when the number has fewer than MinPhoneDigits digits.
    Result<std::optional<qint64>> findSamePhone(const PatientRecord& patient);
    // Every patient, by id (export).
    Result<QList<PatientRecord>> all(bool includeArchived = true);

    // Where "now" comes from (audit times, created/updated times, and "today" for birth dates
    // unless setToday() pinned it).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // The day birth dates are checked against (a birth date after it is refused), as a pinned
    // clock gives it (the CLI's --today); invalid: the clock's local date.
    void setToday(QDate today) { m_today = today; }

private:
    // Kind::Invalid, naming the holder, when another patient already has p's external reference.
    Result<void> externalRefFree(const PatientRecord& p);

    [[nodiscard]] QDate today() const;

    Database& m_db;
    Clock m_clock = systemUtcNow;
    QDate m_today;
};

} // namespace np::storage
