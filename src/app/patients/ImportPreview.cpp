#include "ImportPreview.h"

#include "PatientText.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::app {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportPreview)
};

QString patientText(const storage::PatientRecord& p)
{
    const QString name = patientDisplayName(p.familyName, p.givenNames);
    return p.birthDate.isValid() ? Tr::tr("%1, born %2").arg(name, displayDate(p.birthDate)) : name;
}

} // namespace

QStringList importPreviewHeaders()
{
    return {Tr::tr("Row"), Tr::tr("Outcome"), Tr::tr("Patient"), Tr::tr("Details")};
}

QString patientFieldText(const QString& canonicalColumn)
{
    using storage::PatientColumn;
    if (const auto column = storage::columnForHeader(canonicalColumn)) {
        switch (*column) {
        case PatientColumn::FamilyName:
            return Tr::tr("family name");
        case PatientColumn::GivenNames:
            return Tr::tr("given names");
        case PatientColumn::PreferredName:
            return Tr::tr("preferred name");
        case PatientColumn::BirthDate:
            return Tr::tr("birth date");
        case PatientColumn::Sex:
            return Tr::tr("sex");
        case PatientColumn::Phone:
            return Tr::tr("phone");
        case PatientColumn::Email:
            return Tr::tr("email");
        case PatientColumn::Address:
        case PatientColumn::AddressLine2:
        case PatientColumn::AddressLine3:
            return Tr::tr("address");
        case PatientColumn::Town:
            return Tr::tr("town");
        case PatientColumn::Region:
            return Tr::tr("region");
        case PatientColumn::Postcode:
            return Tr::tr("postcode");
        case PatientColumn::Country:
            return Tr::tr("country");
        case PatientColumn::PreferredLanguage:
            return Tr::tr("language");
        case PatientColumn::Fitzpatrick:
            return Tr::tr("skin type");
        case PatientColumn::Notes:
            return Tr::tr("notes");
        case PatientColumn::Archived:
            return Tr::tr("archived");
        case PatientColumn::ExternalRef:
            return Tr::tr("number in the previous system");
        }
    }
    return canonicalColumn;
}

storage::CsvOptionHints importWindowHints()
{
    storage::CsvOptionHints hints;
    // Spelled out: lupdate does not see Tr::tr in a function returning a struct of another namespace.
    hints.usDates = QCoreApplication::translate("ImportPreview", "Month/day/year under Dates");
    hints.euDates = QCoreApplication::translate("ImportPreview", "Day/month/year under Dates");
    hints.chooseSeparator
        = QCoreApplication::translate("ImportPreview", "choose the right one under Columns separated by");
    hints.knownColumns = QCoreApplication::translate("ImportPreview", "see Accepted Columns");
    hints.ignoreUnknownColumns
        = QCoreApplication::translate("ImportPreview", "tick Leave out columns Needlepoint does not know");
    return hints;
}

QString acceptedColumnsText()
{
    QStringList lines;
    for (int i = 0; i < storage::PatientColumnCount; ++i) {
        const auto column = static_cast<storage::PatientColumn>(i);
        const QString name = storage::canonicalColumnName(column);
        const QStringList aliases = storage::columnAliases(column);
        lines << (aliases.isEmpty() ? name : Tr::tr("%1 (also: %2)").arg(name, aliases.join(u", "_s)));
    }
    return Tr::tr("The first row of the file names the columns. Family name, given names and birth date are "
                  "required; the others are optional. Case, spaces and accents in the headers do not matter.")
        + u"\n\n"_s + lines.join(u'\n');
}

ImportPreview importPreview(const storage::CsvImportReport& report)
{
    ImportPreview out;
    if (report.cancelled) {
        out.summary = report.dryRun ? Tr::tr("Checking stopped before the end of the file: nothing was imported.")
                                    : Tr::tr("Import stopped: no patient was added or changed.");
        return out;
    }
    // A problem or warning, with the patient its row names (none for the header's).
    const auto issueRow = [&report](const storage::CsvIssue& issue, const QString& outcome) -> TextTableModel::Row {
        const auto patient = report.rowPatients.constFind(issue.row);
        const QString detail
            = issue.column.isEmpty() ? issue.problem : Tr::tr("%1: %2").arg(issue.column, issue.problem);
        return {issue.row,
            {QString::number(issue.row), outcome,
                patient == report.rowPatients.cend() ? QString() : patientText(*patient), detail},
            {}, false};
    };
    for (const storage::CsvIssue& issue : report.problems)
        out.rows.append(issueRow(issue, Tr::tr("Refused")));
    for (const storage::CsvIssue& issue : report.warnings)
        out.rows.append(issueRow(issue, Tr::tr("Warning")));
    const QString addOutcome = report.dryRun ? Tr::tr("To add") : Tr::tr("Added");
    for (qsizetype i = 0; i < report.patients.size(); ++i) {
        const storage::PatientRecord& p = report.patients[i];
        const QString contact = !p.phone.isEmpty() ? p.phone : p.email;
        out.rows.append({report.rows.value(i),
            {QString::number(report.rows.value(i)), addOutcome, patientText(p), contact}, {}, false});
    }
    int changing = 0;
    for (const storage::CsvUpdate& update : report.updates) {
        QStringList fields;
        for (const QString& field : update.fields)
            if (const QString text = patientFieldText(field); !fields.contains(text))
                fields << text;
        const bool changes = !fields.isEmpty();
        changing += changes ? 1 : 0;
        const QString outcome = !changes ? Tr::tr("No change")
            : report.dryRun              ? Tr::tr("To update")
                                         : Tr::tr("Updated");
        out.rows.append({update.row,
            {QString::number(update.row), outcome, patientText(update.patient),
                changes ? Tr::tr("Changes %1").arg(fields.join(u", "_s)) : Tr::tr("Already as in the file")},
            changes ? QString() : Tr::tr("This row matches the patient's record: nothing to change"), !changes});
    }
    std::ranges::stable_sort(out.rows, {}, &TextTableModel::Row::id);

    const int added = static_cast<int>(report.patients.size());
    const int unchanged = static_cast<int>(report.updates.size()) - changing;
    if (!report.ok()) {
        out.summary = Tr::tr("%n problem(s) in the file: nothing can be imported until every one is corrected. "
                             "Correct the file in your spreadsheet, save it, and choose Check Again.",
            nullptr, static_cast<int>(report.problems.size()));
        return out;
    }
    QStringList parts;
    if (report.dryRun) {
        parts << Tr::tr("%n new patient(s) to add", nullptr, added) << Tr::tr("%n to update", nullptr, changing);
        if (unchanged > 0)
            parts << Tr::tr("%n already up to date", nullptr, unchanged);
        out.summary = added + changing == 0 ? Tr::tr("The file holds no patient to add or change.")
                                            : Tr::tr("Ready to import: %1.").arg(parts.join(u", "_s));
    } else {
        out.summary = Tr::tr("Imported: %1, %2.")
                          .arg(Tr::tr("%n patient(s) added", nullptr, added), Tr::tr("%n updated", nullptr, changing));
    }
    if (!report.warnings.isEmpty())
        out.summary += u' ' + Tr::tr("%n warning(s) listed below.", nullptr, static_cast<int>(report.warnings.size()));
    out.importable = report.dryRun && added + changing > 0;
    return out;
}

} // namespace np::app
