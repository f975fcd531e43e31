#pragma once

#include "Clock.h"
#include "Database.h"
#include "StorageError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace np::storage {

// The kinds of document given out: "post_care", "pre_care", "consent", "appointment_card",
// "day_sheet", "recall_list". The last two concern many patients and name none.
[[nodiscard]] const QStringList& documentKindCodes();
[[nodiscard]] bool documentNamesPatient(QStringView kind);

// A document printed or saved as PDF: what, for whom, from which template, when, by whom, where to.
struct DocumentGivenRecord {
    qint64 id = 0; // 0 until stored
    std::optional<qint64> patientId; // none for the day sheet and the recall list
    QString kind; // documentKindCodes()
    std::optional<qint64> appointmentId;
    std::optional<qint64> seriesId;
    QString templateName; // "post_care.es.html"
    QString templateVersion;
    QString language; // ISO 639-1, as printed
    QDateTime givenAt; // set by the repository: UTC now
    QString givenBy; // set by the repository: the actor
    QString output; // "pdf:/path/to/file.pdf" or "printer:NAME"
};

// The log of documents given (table documents_given, migration 0004). Rows are only added, each in
// one transaction with its audit row.
class DocumentLogRepository {
public:
    explicit DocumentLogRepository(Database& db)
        : m_db(db)
    { }

    // Kind::Invalid naming the field (kind, patient_id, template, template_version, language,
    // output, appointment_id and series_id of another patient); Kind::NotFound when the patient,
    // appointment or series is missing.
    Result<qint64> record(const DocumentGivenRecord& document, const QString& actor);

    Result<DocumentGivenRecord> get(qint64 id);
    // Newest first (by given_at, then by id).
    Result<QList<DocumentGivenRecord>> forPatient(qint64 patientId);

    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    Database& m_db;
    Clock m_clock = systemUtcNow;
};

// As JSON keyed by column name: text for the audit log, an object for the patient file.
[[nodiscard]] QString documentGivenJsonText(const DocumentGivenRecord& document);
[[nodiscard]] QJsonObject documentGivenToJson(const DocumentGivenRecord& document);

} // namespace np::storage
