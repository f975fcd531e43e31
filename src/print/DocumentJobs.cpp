#include "DocumentJobs.h"

#include "DocumentSources.h"

#include "storage/DocumentLogRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace np::print {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DocumentJobs)
};

using Prepared = std::expected<QList<PreparedDocument>, DocumentFailure>;

std::unexpected<DocumentFailure> failed(const storage::StorageError& e)
{
    return std::unexpected(DocumentFailure {e, {}});
}

std::unexpected<DocumentFailure> failed(const Problems& problems)
{
    return std::unexpected(DocumentFailure {std::nullopt, problems});
}

// The template's <title>, in the document's language: "Hoja del día".
QString templateTitle(const BuiltDocument& built)
{
    static const QRegularExpression title(u"<title>([^<]*)</title>"_s);
    return title.match(built.html).captured(1).trimmed();
}

// "Hoja del día: 2027-03-09": what the document is, in its own language, then whom or what day it
// concerns (the title is named in the patient's file and suggested as the PDF's file name).
void nameAfterTemplate(PreparedDocument& d)
{
    const QString what = templateTitle(d.built);
    if (!what.isEmpty())
        d.title = what + u": "_s + d.title;
}

// Builds one document from data read by `read`, with `build`, and names it: `name` gives whom or
// what day it is about.
template <typename Data, typename Read, typename Build, typename Name>
Prepared one(Read read, Build build, Name name)
{
    const storage::Result<Data> data = read();
    if (!data)
        return failed(data.error());
    auto built = build(*data);
    if (!built)
        return failed(built.error());
    PreparedDocument out = name(*data);
    out.built = std::move(*built);
    nameAfterTemplate(out);
    return QList<PreparedDocument> {out};
}

QString day(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

PreparedDocument forAppointment(const PatientHeader& p, const AppointmentLine& a)
{
    return {{}, p.id, a.id, std::nullopt, u"%1, %2"_s.arg(p.displayName(), day(a.date))};
}

} // namespace

QString DocumentFailure::message() const
{
    return storage ? storage->message : joinProblems(problems);
}

QStringList documentPages(const QList<PreparedDocument>& documents)
{
    QStringList out;
    out.reserve(documents.size());
    for (const PreparedDocument& d : documents)
        out << d.built.html;
    return out;
}

QString outputTitle(const DocumentRequest& request, const QList<PreparedDocument>& documents)
{
    if (documents.size() == 1)
        return documents.first().title;
    // Sheets in each patient's language: the batch is named in the desk's.
    return Tr::tr("Post-care sheets: %1").arg(day(request.date));
}

Prepared prepareDocuments(
    storage::Database& db, const Catalogue& catalogue, const DocumentResources& resources, const DocumentRequest& r)
{
    const QString& lang = r.language;
    switch (r.kind) {
    case DocumentKind::PostCare:
        if (r.id == 0) {
            auto batch = postCareBatch(db, catalogue, r.date);
            if (!batch)
                return failed(batch.error());
            QList<PreparedDocument> out;
            for (const PostCareData& data : *batch) {
                auto built = buildPostCare(data, resources, lang);
                if (!built)
                    return failed(built.error());
                PreparedDocument d = forAppointment(data.patient, data.appointment);
                d.built = std::move(*built);
                nameAfterTemplate(d);
                out.append(std::move(d));
            }
            return out;
        }
        return one<PostCareData>([&] { return postCareData(db, catalogue, r.id); },
            [&](const PostCareData& d) { return buildPostCare(d, resources, lang); },
            [](const PostCareData& d) { return forAppointment(d.patient, d.appointment); });
    case DocumentKind::PreCare:
        return one<PreCareData>(
            [&] {
                auto data = preCareData(db, catalogue, r.id);
                if (data)
                    data->issuedOn = r.today;
                return data;
            },
            [&](const PreCareData& d) { return buildPreCare(d, resources, lang); },
            [](const PreCareData& d) { return forAppointment(d.patient, d.appointment); });
    case DocumentKind::Consent:
        return one<ConsentData>([&] { return consentData(db, catalogue, r.id); },
            [&](const ConsentData& d) { return buildConsent(d, resources, lang); },
            [](const ConsentData& d) {
                return PreparedDocument {{}, d.patient.id, std::nullopt, d.seriesId, d.patient.displayName()};
            });
    case DocumentKind::AppointmentCard:
        return one<AppointmentCardData>([&] { return appointmentCardData(db, catalogue, r.id, r.today); },
            [&](const AppointmentCardData& d) { return buildAppointmentCard(d, resources, lang, r.cards); },
            [](const AppointmentCardData& d) {
                return PreparedDocument {{}, d.patient.id, std::nullopt, d.seriesId, d.patient.displayName()};
            });
    case DocumentKind::DaySheet:
        return one<DaySheetData>([&] { return daySheetData(db, catalogue, r.date); },
            [&](const DaySheetData& d) { return buildDaySheet(d, resources, lang); },
            [](const DaySheetData& d) {
                return PreparedDocument {{}, std::nullopt, std::nullopt, std::nullopt, day(d.date)};
            });
    case DocumentKind::RecallList:
        return one<RecallListData>([&] { return recallListData(db, catalogue, r.today, r.withinDays); },
            [&](const RecallListData& d) { return buildRecallList(d, resources, lang); },
            [](const RecallListData& d) {
                return PreparedDocument {{}, std::nullopt, std::nullopt, std::nullopt, day(d.today)};
            });
    }
    return QList<PreparedDocument> {};
}

PageSetup pageSetupFor(const DocumentRequest& request, PaperSize paper)
{
    PageSetup setup;
    setup.paper = paper;
    if (request.kind == DocumentKind::AppointmentCard)
        setup.cards = request.cards;
    return setup;
}

storage::Result<void> recordGiven(storage::Database& db, const QList<PreparedDocument>& documents,
    const QString& output, const QString& actor, const storage::Clock& clock)
{
    storage::DocumentLogRepository log(db);
    log.setClock(clock);
    return db.transaction([&]() -> storage::Result<void> {
        for (const PreparedDocument& d : documents) {
            storage::DocumentGivenRecord record;
            record.patientId = d.patientId;
            record.kind = documentKindCode(d.built.kind);
            record.appointmentId = d.appointmentId;
            record.seriesId = d.seriesId;
            record.templateName = d.built.templateName;
            record.templateVersion = QString::number(d.built.templateVersion);
            record.language = d.built.language;
            record.output = output;
            if (auto id = log.record(record, actor); !id)
                return std::unexpected(id.error());
        }
        return {};
    });
}

} // namespace np::print
