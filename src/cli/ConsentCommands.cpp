// consents add | withdraw | list: signed consent forms, withdrawn but never deleted.
#include "Commands.h"
#include "RecordSubCommands.h"
#include "SubCommands.h"

#include "core/JsonReader.h"
#include "services/ConsentService.h"
#include "storage/ClinicalRecordJson.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConsentCommands)
};

// "2026-11-22T09:30:00Z" or with an offset; a time without its zone is refused (whose clock?).
std::optional<QDateTime> readTime(JsonObjectReader& r, QStringView key)
{
    const auto text = r.string(key);
    if (!text)
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime) {
        r.error(key, Tr::tr("\"%1\" is not a date and time with its zone (2026-11-22T09:30:00Z)").arg(*text));
        return std::nullopt;
    }
    return time.toUTC();
}

// {"series_id", "modality", "form_version", "signed_at", "witnessed_by"}: strict, unknown keys
// refused; the modality is checked against the catalogue by the repository.
std::optional<storage::ConsentRecord> readConsent(const QByteArray& bytes, const QString& file, Problems& problems)
{
    return readJsonObject(bytes, file, problems, [&](JsonObjectReader& r, JsonContext&, const QJsonObject&) {
        storage::ConsentRecord c;
        if (const auto series = r.integer(u"series_id", Need::Optional, 1))
            c.seriesId = *series;
        c.modality = r.string(u"modality", Need::Optional).value_or(QString());
        c.formVersion = r.string(u"form_version").value_or(QString());
        c.signedAt = readTime(r, u"signed_at").value_or(QDateTime());
        c.witnessedBy = r.string(u"witnessed_by", Need::Optional).value_or(QString());
        return c;
    });
}

int runAdd(CommandContext& ctx, const QStringList& positional)
{
    int exitCode = Failure;
    const auto input = readRecordInput(ctx, u"consents add"_s, Tr::tr("patient"), positional, exitCode);
    if (!input)
        return exitCode;
    Problems problems;
    auto consent = readConsent(input->bytes, input->name, problems);
    if (!consent) {
        ctx.printProblems(problems);
        return BadInput;
    }
    consent->patientId = input->id;
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    auto id = services::addConsent(*useCases, *consent);
    if (!id)
        return ctx.fail(id.error());
    ctx.printJson({{u"id"_s, *id}});
    return Success;
}

QList<QCommandLineOption> withdrawOptions()
{
    return {readVersionOption(), reasonOption(Tr::tr("Why the consent is withdrawn (kept with the consent)."))};
}

int runWithdraw(CommandContext& ctx, const QStringList& positional)
{
    return runRecordChange(ctx, u"consents withdraw"_s, Tr::tr("consent"), positional, NeedReason::Yes,
        [](const services::UseCaseContext& useCases, const RecordChange& change) {
            return services::withdrawConsent(useCases, change.id, change.version, change.reason);
        },
        {{u"withdrawn"_s, true}});
}

int runList(CommandContext& ctx, const QStringList& positional)
{
    return runReadOne(ctx, u"consents list"_s, Tr::tr("patient"), positional,
        [](const services::UseCaseContext& useCases, qint64 patientId) -> services::Outcome<QJsonValue> {
            auto list = services::consentsOf(useCases, patientId);
            if (!list)
                return std::unexpected(list.error());
            QJsonArray out;
            for (const storage::ConsentRecord& c : *list)
                out.append(storage::consentToJson(c));
            return out;
        });
}

} // namespace

const QList<SubCommand>& consentCommands()
{
    static const QList<SubCommand> table {
        {u"add"_s, u"PATIENT_ID [FILE]"_s, &noOptions, &runAdd},
        {u"withdraw"_s, u"ID --version V --reason TEXT"_s, &withdrawOptions, &runWithdraw},
        {u"list"_s, u"PATIENT_ID"_s, &noOptions, &runList},
    };
    return table;
}

} // namespace np::cli
