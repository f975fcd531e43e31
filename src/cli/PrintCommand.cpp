// print post-care | pre-care | consent | appointment-card | day-sheet | recalls: a document (or the
// post-care batch of a day) as one PDF, recorded in each patient's file as given.
#include "Commands.h"
#include "SubCommands.h"

#include "core/JsonReader.h"
#include "print/DocumentJobs.h"
#include "print/DocumentKinds.h"
#include "print/PrintService.h"
#include "services/DocumentService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace np::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)
};

using Kind = print::DocumentKindNames;

const QList<Kind>& kinds()
{
    return print::documentKinds();
}

QStringList kindNames()
{
    QStringList out;
    for (const Kind& k : kinds())
        out << k.command;
    return out;
}

// The request from the options; prints the problem and returns the exit code otherwise.
std::expected<print::DocumentRequest, int> readRequest(CommandContext& ctx, const Kind& kind)
{
    print::DocumentRequest r;
    r.kind = kind.kind;
    r.today = ctx.today;
    r.language = ctx.parser.value(u"language"_s);
    if (!r.language.isEmpty() && r.language != u"en" && r.language != u"es") {
        ctx.printError(Tr::tr("--language: \"%1\" is not en or es").arg(r.language));
        return std::unexpected(BadInput);
    }
    const bool batch = kind.kind == print::DocumentKind::PostCare && ctx.parser.isSet(u"date"_s);
    if (kind.target == u"date" || batch) {
        if (!ctx.parser.isSet(u"date"_s)) {
            ctx.printError(Tr::tr("print %1 needs --date YYYY-MM-DD").arg(kind.command));
            return std::unexpected(Failure);
        }
        const auto date = isoDateOption(ctx, u"date"_s);
        if (!date)
            return std::unexpected(BadInput);
        r.date = *date;
    } else if (!kind.target.isEmpty()) {
        const QString option = kind.target;
        if (!ctx.parser.isSet(option)) {
            ctx.printError(kind.kind == print::DocumentKind::PostCare
                    ? Tr::tr("print post-care needs --appointment ID, or --date YYYY-MM-DD for the day's batch")
                    : Tr::tr("print %1 needs --%2 ID").arg(kind.command, option));
            return std::unexpected(Failure);
        }
        const auto id = recordId(ctx, option, ctx.parser.value(option));
        if (!id)
            return std::unexpected(BadInput);
        r.id = *id;
    }
    if (ctx.parser.isSet(u"card"_s)) {
        const QString card = ctx.parser.value(u"card"_s);
        const auto format = print::cardFormatFromCode(card);
        if (kind.kind != print::DocumentKind::AppointmentCard) {
            ctx.printError(Tr::tr("--card is for print appointment-card only"));
            return std::unexpected(Failure);
        }
        if (!format) {
            ctx.printError(Tr::tr("--card: \"%1\" is not page, wallet or sheet").arg(card));
            return std::unexpected(BadInput);
        }
        r.cards = *format;
    }
    if (ctx.parser.isSet(u"within"_s)) {
        bool ok = false;
        r.withinDays = ctx.parser.value(u"within"_s).toInt(&ok);
        if (!ok || r.withinDays < 0 || r.withinDays > 366) {
            ctx.printError(
                Tr::tr("--within: \"%1\" is not a number of days from 0 to 366").arg(ctx.parser.value(u"within"_s)));
            return std::unexpected(BadInput);
        }
    }
    return r;
}

std::optional<print::PageSetup> pageSetup(CommandContext& ctx, const print::DocumentRequest& request)
{
    const QString paper = ctx.parser.value(u"paper"_s);
    if (paper.isEmpty())
        return print::pageSetupFor(request, print::PaperSize::A4);
    const auto size = print::paperSizeFromCode(paper);
    if (!size) {
        ctx.printError(Tr::tr("--paper: \"%1\" is not a4 or letter").arg(paper.toLower()));
        return std::nullopt;
    }
    return print::pageSetupFor(request, *size);
}

} // namespace

QList<QCommandLineOption> printOptions()
{
    return {
        QCommandLineOption(u"appointment"_s, Tr::tr("The appointment (post-care, pre-care)."), u"ID"_s),
        QCommandLineOption(u"series"_s, Tr::tr("The series (consent, appointment-card)."), u"ID"_s),
        QCommandLineOption(u"date"_s, Tr::tr("The day (day-sheet; post-care: the day's batch)."), u"YYYY-MM-DD"_s),
        QCommandLineOption(u"within"_s, Tr::tr("recalls: the days ahead to list (default 30)."), u"DAYS"_s),
        QCommandLineOption(u"out"_s, Tr::tr("The PDF file to write."), u"FILE.pdf"_s),
        QCommandLineOption(u"language"_s, Tr::tr("en or es, instead of the patient's preferred language."), u"LANG"_s),
        QCommandLineOption(u"paper"_s, Tr::tr("a4 (default) or letter."), u"SIZE"_s),
        QCommandLineOption(u"card"_s,
            Tr::tr("appointment-card: page (default, a full page), wallet (85 x 55 mm cards, one per page) or "
                   "sheet (wallet cards on the paper, with cut marks)."),
            u"FORMAT"_s),
        QCommandLineOption(u"templates"_s, Tr::tr("A folder of the clinic's own templates."), u"DIR"_s),
    };
}

int runPrint(CommandContext& ctx, const QStringList& positional)
{
    const QStringList names = kindNames();
    if (positional.size() != 1 || !names.contains(positional.first())) {
        ctx.printError(Tr::tr("print needs one document: %1").arg(names.join(u", "_s)));
        return Failure;
    }
    const Kind& kind = kinds()[names.indexOf(positional.first())];
    const QString out = ctx.parser.value(u"out"_s);
    if (out.isEmpty()) {
        ctx.printError(Tr::tr("print %1 needs --out FILE.pdf").arg(kind.command));
        return Failure;
    }
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        ctx.printError(Tr::tr("print needs the graphical part of Qt: run needlepoint-cli, not a library caller "
                              "without a QGuiApplication"));
        return Failure;
    }
    const auto request = readRequest(ctx, kind);
    if (!request)
        return request.error();
    const auto setup = pageSetup(ctx, *request);
    if (!setup || !ctx.catalogue())
        return BadInput;
    const auto useCases = ctx.useCases();
    if (!useCases)
        return useCases.error();
    auto resources = print::loadDocumentResources(ctx.parser.value(u"templates"_s));
    if (!resources) {
        ctx.printProblems(resources.error());
        return BadInput;
    }
    auto documents = services::prepareDocuments(*useCases, *resources, *request);
    if (!documents)
        return ctx.fail(documents.error());
    if (documents->isEmpty()) {
        ctx.printError(Tr::tr("nothing to print: no session was completed on %1").arg(isoDate(request->date)));
        return BadInput;
    }
    const QString title = print::outputTitle(*request, *documents);
    const auto pages = print::writePdf(out, print::documentPages(*documents), *setup, title);
    if (!pages) {
        ctx.printError(pages.error());
        return BadInput;
    }
    const QString path = QFileInfo(out).absoluteFilePath();
    if (auto recorded = services::recordDocumentsGiven(*useCases, *documents, u"pdf:"_s + path); !recorded)
        return ctx.fail(recorded.error());
    QJsonArray list;
    for (qsizetype i = 0; i < documents->size(); ++i) {
        const print::PreparedDocument& d = documents->at(i);
        QJsonObject o {{u"title"_s, d.title}, {u"template"_s, d.built.templateName},
            {u"template_version"_s, d.built.templateVersion}, {u"language"_s, d.built.language},
            {u"pages"_s, pages->perDocument.value(i)}};
        if (d.patientId)
            o.insert(u"patient_id"_s, *d.patientId);
        list.append(o);
    }
    ctx.printJson({{u"out"_s, path}, {u"pages"_s, pages->total()}, {u"documents"_s, list}});
    return Success;
}

} // namespace np::cli
