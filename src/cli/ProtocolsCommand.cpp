#include "Commands.h"

#include "core/CatalogueLoader.h"
#include "core/PlanJson.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace np::cli {

QList<QCommandLineOption> protocolsOptions()
{
    return {QCommandLineOption(u"check"_s,
        QCoreApplication::translate("ProtocolsCommand",
            "Check a catalogue file: exit 0 when valid, else 2 with "
            "every problem on stderr."),
        u"FILE"_s)};
}

int runProtocols(CommandContext& ctx, const QStringList& positional)
{
    if (!positional.isEmpty()) {
        ctx.printError(QCoreApplication::translate("ProtocolsCommand", "protocols takes no arguments (got \"%1\")")
                           .arg(positional.join(u' ')));
        return Failure;
    }
    if (ctx.parser.isSet(u"check"_s)) {
        const auto loaded = loadCatalogueFile(ctx.parser.value(u"check"_s));
        if (!loaded) {
            ctx.printProblems(loaded.error());
            return BadInput;
        }
        return Success;
    }
    const Catalogue* catalogue = ctx.catalogue();
    if (!catalogue)
        return BadInput;
    ctx.printJson(catalogueToJson(*catalogue));
    return Success;
}

} // namespace np::cli
