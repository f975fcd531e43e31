#include "RecordSubCommands.h"

#include "SubCommands.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RecordSubCommands)
};

// Prints the problem and sets `exitCode` (1 usage, 2 bad value) when it returns nullopt.
std::optional<RecordChange> readRecordChange(CommandContext& ctx, const QString& command, const QString& what,
    const QStringList& positional, NeedReason needReason, int& exitCode)
{
    exitCode = Failure;
    if (positional.size() != 1) {
        ctx.printError(Tr::tr("%1 needs one %2 ID").arg(command, what));
        return std::nullopt;
    }
    const auto id = recordId(ctx, what, positional.first());
    if (!id) {
        exitCode = BadInput;
        return std::nullopt;
    }
    const auto version = readVersion(ctx, command);
    if (!version) {
        exitCode = ctx.parser.isSet(u"version"_s) ? BadInput : Failure;
        return std::nullopt;
    }
    RecordChange change {*id, *version, QString()};
    if (needReason == NeedReason::Yes) {
        if (!ctx.parser.isSet(u"reason"_s)) {
            ctx.printError(Tr::tr("%1 needs --reason TEXT").arg(command));
            return std::nullopt;
        }
        change.reason = ctx.parser.value(u"reason"_s);
    }
    return change;
}

} // namespace

QCommandLineOption reasonOption(const QString& description)
{
    return QCommandLineOption(u"reason"_s, description, u"TEXT"_s);
}

int runRecordChange(CommandContext& ctx, const QString& command, const QString& what, const QStringList& positional,
    NeedReason needReason,
    const std::function<services::Outcome<void>(const services::UseCaseContext&, const RecordChange&)>& apply,
    const QJsonObject& done)
{
    int exitCode = Failure;
    const auto change = readRecordChange(ctx, command, what, positional, needReason, exitCode);
    if (!change)
        return exitCode;
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    if (auto applied = apply(*useCases, *change); !applied)
        return ctx.fail(applied.error());
    QJsonObject out = done;
    out.insert(u"id"_s, change->id);
    out.insert(u"version"_s, change->version + 1);
    ctx.printJson(out);
    return Success;
}

std::optional<RecordInput> readRecordInput(
    CommandContext& ctx, const QString& command, const QString& what, const QStringList& positional, int& exitCode)
{
    exitCode = Failure;
    if (positional.isEmpty() || positional.size() > 2) {
        ctx.printError(Tr::tr("%1 needs a %2 ID and at most one JSON file").arg(command, what));
        return std::nullopt;
    }
    exitCode = BadInput;
    RecordInput in;
    const auto id = recordId(ctx, what, positional.first());
    if (!id)
        return std::nullopt;
    in.id = *id;
    in.catalogue = ctx.catalogue();
    if (!in.catalogue)
        return std::nullopt;
    auto bytes = ctx.readInput(positional.value(1), &in.name);
    if (!bytes)
        return std::nullopt;
    in.bytes = std::move(*bytes);
    return in;
}

int runReadOne(CommandContext& ctx, const QString& command, const QString& what, const QStringList& positional,
    const std::function<services::Outcome<QJsonValue>(const services::UseCaseContext&, qint64)>& read)
{
    if (positional.size() != 1) {
        ctx.printError(Tr::tr("%1 needs one %2 ID").arg(command, what));
        return Failure;
    }
    const auto id = recordId(ctx, what, positional.first());
    if (!id)
        return BadInput;
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    auto value = read(*useCases, *id);
    if (!value)
        return ctx.fail(value.error());
    const QJsonDocument doc = value->isArray() ? QJsonDocument(value->toArray()) : QJsonDocument(value->toObject());
    ctx.io.out.write(doc.toJson(QJsonDocument::Indented));
    return Success;
}

} // namespace np::cli
