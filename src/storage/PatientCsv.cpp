#include "PatientCsv.h"

#include "CsvReader.h"
#include "PatientValidation.h"
#include "SearchText.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PatientCsv)
};

struct ColumnInfo {
    PatientColumn column;
    QString canonical;
    QStringList aliases; // as documented; matched after normalizeHeader()
};

const std::array<ColumnInfo, PatientColumnCount>& columnTable()
{
    static const std::array<ColumnInfo, PatientColumnCount> table {{
        {PatientColumn::FamilyName, u"family_name"_s,
            {u"Last Name"_s, u"Surname"_s, u"Family name"_s, u"Last"_s, u"Apellidos"_s, u"Apellido"_s}},
        {PatientColumn::GivenNames, u"given_names"_s,
            {u"First Name"_s, u"Given name"_s, u"Given names"_s, u"Forename"_s, u"Forenames"_s, u"First"_s,
                u"Nombre"_s}},
        {PatientColumn::PreferredName, u"preferred_name"_s, {u"Preferred name"_s, u"Known as"_s, u"Nickname"_s}},
        {PatientColumn::BirthDate, u"birth_date"_s,
            {u"DOB"_s, u"Date of Birth"_s, u"Birth date"_s, u"Birthdate"_s, u"Birthday"_s, u"Fecha de nacimiento"_s}},
        {PatientColumn::Sex, u"sex"_s, {u"Sex"_s, u"Gender"_s, u"Sexo"_s}},
        {PatientColumn::Phone, u"phone"_s,
            {u"Phone"_s, u"Mobile"_s, u"Telephone"_s, u"Tel"_s, u"Phone number"_s, u"Mobile number"_s,
                u"Mobile phone"_s, u"Cell"_s, u"Cell phone"_s, u"Teléfono"_s, u"Móvil"_s}},
        {PatientColumn::Email, u"email"_s,
            {u"E-mail"_s, u"Email"_s, u"Email address"_s, u"E-mail address"_s, u"Correo electrónico"_s, u"Correo"_s}},
        {PatientColumn::Address, u"address"_s,
            {u"Address"_s, u"Postal address"_s, u"Street"_s, u"Street address"_s, u"Address line 1"_s, u"Address 1"_s,
                u"Street 1"_s, u"Dirección"_s, u"Domicilio"_s}},
        {PatientColumn::Town, u"town"_s,
            {u"Town"_s, u"City"_s, u"Town/City"_s, u"City/Town"_s, u"Locality"_s, u"Suburb"_s, u"Municipality"_s,
                u"Ciudad"_s, u"Localidad"_s, u"Población"_s, u"Municipio"_s}},
        {PatientColumn::Region, u"region"_s,
            {u"Region"_s, u"State"_s, u"County"_s, u"Province"_s, u"State/Province"_s, u"Province/State"_s,
                u"Provincia"_s}},
        {PatientColumn::Postcode, u"postcode"_s,
            {u"Postcode"_s, u"Post code"_s, u"Postal code"_s, u"ZIP"_s, u"ZIP code"_s, u"Zipcode"_s,
                u"ZIP/Postal code"_s, u"Postal/ZIP code"_s, u"Código postal"_s, u"CP"_s}},
        {PatientColumn::Country, u"country"_s, {u"Country"_s, u"Country/Region"_s, u"País"_s}},
        {PatientColumn::PreferredLanguage, u"preferred_language"_s,
            {u"Language"_s, u"Preferred language"_s, u"Idioma"_s}},
        {PatientColumn::Fitzpatrick, u"fitzpatrick"_s,
            {u"Fitzpatrick"_s, u"Skin type"_s, u"Fitzpatrick type"_s, u"Fitzpatrick skin type"_s, u"Fototipo"_s}},
        {PatientColumn::Notes, u"notes"_s, {u"Notes"_s, u"Note"_s, u"Notas"_s, u"Observaciones"_s}},
        {PatientColumn::Archived, u"archived"_s, {u"Archived"_s, u"Inactive"_s, u"Archivado"_s}},
        {PatientColumn::ExternalRef, u"external_ref"_s,
            {u"External reference"_s, u"External ID"_s, u"Patient number"_s, u"Patient no"_s, u"Patient #"_s,
                u"Patient ID"_s, u"Client number"_s, u"Client ID"_s, u"Chart number"_s, u"Record number"_s,
                u"Medical record number"_s, u"MRN"_s, u"Legacy ID"_s, u"ID"_s, u"Número de paciente"_s,
                u"Nº paciente"_s, u"Número de historia"_s, u"Nº historia"_s}},
        {PatientColumn::AddressLine2, u"address_line_2"_s,
            {u"Address line 2"_s, u"Address 2"_s, u"Street 2"_s, u"Dirección 2"_s}},
        {PatientColumn::AddressLine3, u"address_line_3"_s, {u"Address line 3"_s, u"Address 3"_s, u"Street 3"_s}},
    }};
    return table;
}

const ColumnInfo& info(PatientColumn column)
{
    return columnTable()[static_cast<std::size_t>(column)];
}

// "First Name", "first_name", "FIRST-NAME" -> "firstname"; "Código postal" -> "codigopostal";
// "Nº" -> "no" (compatibility decomposition, marks dropped).
QString normalizeHeader(QStringView header)
{
    const QString decomposed = header.toString().normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (!c.isSpace() && c != u'_' && c != u'-' && c != u'.' && !c.isMark())
            key.append(c);
    return key.toCaseFolded();
}

const QHash<QString, PatientColumn>& headerLookup()
{
    static const QHash<QString, PatientColumn> lookup = [] {
        QHash<QString, PatientColumn> h;
        for (const ColumnInfo& c : columnTable()) {
            h.insert(normalizeHeader(c.canonical), c.column);
            for (const QString& alias : c.aliases)
                h.insert(normalizeHeader(alias), c.column);
        }
        return h;
    }();
    return lookup;
}

// Needlepoint's duplicate rule: the same family name, given names (case-, accent- and
// spacing-insensitive) and birth date. A shared email (case-insensitive) is only a warning:
// families share one, and `patients add` stores them, so an export must import back.
// Appends foldName(name) to `out`. Plain ASCII (most names) has no accents to drop: lower-cased,
// whitespace runs collapsed to one space and trimmed, as foldName() does, in one pass.
void appendFoldedName(QString& out, const QString& name)
{
    if (!std::ranges::all_of(name, [](QChar c) { return c.unicode() < 0x80; })) {
        out += foldName(name);
        return;
    }
    const qsizetype start = out.size();
    bool space = false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u == u' ' || (u >= u'\t' && u <= u'\r')) {
            space = out.size() > start;
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += (u >= u'A' && u <= u'Z') ? QChar(u + 32) : c;
    }
}

// date.toString(Qt::ISODate), without QString::asprintf for the common years.
void appendIsoDate(QString& out, QDate date)
{
    const int year = date.year();
    if (year < 0 || year > 9999) {
        out += date.toString(Qt::ISODate);
        return;
    }
    const auto digit = [](int d) { return QChar(u'0' + d); };
    const int month = date.month();
    const int day = date.day();
    const QChar text[] {digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10), u'-',
        digit(month / 10), digit(month % 10), u'-', digit(day / 10), digit(day % 10)};
    out.append(text, 10);
}

QString nameKey(const PatientRecord& p)
{
    if (p.familyName.trimmed().isEmpty() || !p.birthDate.isValid())
        return {};
    QString key;
    key.reserve(p.familyName.size() + p.givenNames.size() + 12);
    appendFoldedName(key, p.familyName);
    key += u'\x1f';
    appendFoldedName(key, p.givenNames);
    key += u'\x1f';
    appendIsoDate(key, p.birthDate);
    return key;
}

QString emailKey(const PatientRecord& p)
{
    return p.email.trimmed().toCaseFolded();
}

bool allDigits(QStringView s)
{
    return !s.isEmpty() && std::ranges::all_of(s, [](QChar c) { return c >= u'0' && c <= u'9'; });
}

std::optional<bool> parseFlag(const QString& text)
{
    const QString t = text.toCaseFolded();
    if (t.isEmpty() || t == u"no" || t == u"false" || t == u"0" || t == u"n")
        return false;
    if (t == u"yes" || t == u"true" || t == u"1" || t == u"y")
        return true;
    return std::nullopt;
}

// A spreadsheet's name for a column: 0 -> "A", 26 -> "AA".
QString columnLetter(int index)
{
    QString letters;
    for (int i = index + 1; i > 0; i = (i - 1) / 26)
        letters.prepend(QChar(u'A' + (i - 1) % 26));
    return letters;
}

std::optional<int> twoDigits(QStringView s)
{
    if (!allDigits(s) || s.size() > 2)
        return std::nullopt;
    return s.toInt();
}

} // namespace

std::optional<DateOrder> dateOrderFromName(QStringView name)
{
    if (name == u"iso")
        return DateOrder::Iso;
    if (name == u"us")
        return DateOrder::Us;
    if (name == u"eu")
        return DateOrder::Eu;
    return std::nullopt;
}

std::expected<QDate, QString> parseCsvDate(QStringView text, DateOrder order, const CsvOptionHints& hints)
{
    const QString shown = text.toString();
    // YYYY-MM-DD
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-' && allDigits(text.first(4))
        && allDigits(text.sliced(5, 2)) && allDigits(text.sliced(8, 2))) {
        const QDate d(text.first(4).toInt(), text.sliced(5, 2).toInt(), text.sliced(8, 2).toInt());
        if (!d.isValid())
            return std::unexpected(Tr::tr("\"%1\" is not a real date").arg(shown));
        return d;
    }
    // A/B/YYYY, A.B.YYYY or A-B-YYYY, the same separator twice.
    qsizetype sep1 = -1;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i] == u'/' || text[i] == u'.' || text[i] == u'-') {
            sep1 = i;
            break;
        }
    const QChar separator = sep1 >= 0 ? text[sep1] : QChar();
    const qsizetype sep2 = sep1 >= 0 ? text.indexOf(separator, sep1 + 1) : -1;
    if (sep1 > 0 && sep2 > sep1 + 1 && text.indexOf(separator, sep2 + 1) < 0) {
        const auto a = twoDigits(text.first(sep1));
        const auto b = twoDigits(text.sliced(sep1 + 1, sep2 - sep1 - 1));
        const QStringView yearText = text.sliced(sep2 + 1);
        if (a && b && allDigits(yearText)) {
            if (yearText.size() != 4)
                return std::unexpected(
                    Tr::tr("\"%1\": write the year with four digits; a two-digit year is never guessed").arg(shown));
            const int year = yearText.toInt();
            switch (order) {
            case DateOrder::Iso:
                return std::unexpected(Tr::tr("\"%1\" could be day-first or month-first; say which with "
                                              "%2 (MM/DD/YYYY) or %3 (DD/MM/YYYY), or write YYYY-MM-DD")
                                           .arg(shown, hints.usDates, hints.euDates));
            case DateOrder::Us: {
                const QDate d(year, *a, *b);
                if (!d.isValid())
                    return std::unexpected(
                        Tr::tr("\"%1\" is not a real date read as month/day/year (%2)").arg(shown, hints.usDates));
                return d;
            }
            case DateOrder::Eu: {
                const QDate d(year, *b, *a);
                if (!d.isValid())
                    return std::unexpected(
                        Tr::tr("\"%1\" is not a real date read as day/month/year (%2)").arg(shown, hints.euDates));
                return d;
            }
            }
        }
    }
    switch (order) {
    case DateOrder::Iso:
        return std::unexpected(Tr::tr("\"%1\" is not a date: write YYYY-MM-DD").arg(shown));
    case DateOrder::Us:
        return std::unexpected(Tr::tr("\"%1\" is not a date: write MM/DD/YYYY or YYYY-MM-DD").arg(shown));
    case DateOrder::Eu:
        break;
    }
    return std::unexpected(Tr::tr("\"%1\" is not a date: write DD/MM/YYYY, DD.MM.YYYY or YYYY-MM-DD").arg(shown));
}

QString canonicalColumnName(PatientColumn column)
{
    return info(column).canonical;
}

std::optional<PatientColumn> columnForHeader(QStringView header)
{
    const auto it = headerLookup().constFind(normalizeHeader(header));
    if (it == headerLookup().constEnd())
        return std::nullopt;
    return *it;
}

QStringList columnAliases(PatientColumn column)
{
    return info(column).aliases;
}

QString externalRefKey(const QString& externalRef)
{
    QString key = externalRef.trimmed();
    for (QChar& c : key)
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
    return key;
}

bool isDuplicatePatient(const PatientRecord& a, const PatientRecord& b)
{
    const QString nameA = nameKey(a);
    return !nameA.isEmpty() && nameA == nameKey(b);
}

ParsedPatients parsePatientCsv(QByteArrayView bytes, const CsvImportOptions& options)
{
    ParsedPatients parsed;
    CsvTable table = readCsv(bytes, options.separator);

    if (table.records.isEmpty()) {
        for (const CsvSyntaxProblem& p : table.problems)
            parsed.problems.append({p.row, QString(), p.problem});
        if (parsed.problems.isEmpty())
            parsed.problems.append({1, QString(), Tr::tr("the file is empty: its first row must name the columns")});
        return parsed;
    }

    // The header: which field each column holds.
    const CsvRecord& header = table.records.first();
    const int headerRow = header.row;
    QStringList headers;
    std::array<int, PatientColumnCount> indexOf {};
    indexOf.fill(-1);
    QList<bool> unnamedColumns;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].text.trimmed();
        headers.append(name.isEmpty() ? Tr::tr("column %1").arg(columnLetter(int(i))) : name);
        unnamedColumns.append(name.isEmpty());
        std::optional<PatientColumn> column = columnForHeader(name);
        if (column && indexOf[std::size_t(*column)] >= 0) {
            parsed.problems.append({headerRow, headers.last(),
                Tr::tr("means the same as column \"%1\" (both are %2); keep one of them")
                    .arg(headers[indexOf[std::size_t(*column)]], canonicalColumnName(*column))});
            column.reset();
        } else if (column) {
            indexOf[std::size_t(*column)] = int(i);
        } else if (!name.isEmpty()) {
            const QString problem = Tr::tr("unknown column; rename it to one Needlepoint knows (%1), remove it, or %2")
                                        .arg(options.hints.knownColumns, options.hints.ignoreUnknownColumns);
            if (options.ignoreUnknownColumns)
                parsed.warnings.append({headerRow, name, Tr::tr("unknown column, left out")});
            else if (header.fields.size() == 1 && (name.contains(u';') || name.contains(u'\t')))
                parsed.problems.append({headerRow, name,
                    Tr::tr("the columns are not separated by \"%1\"; %2")
                        .arg(QString(QLatin1Char(options.separator)), options.hints.chooseSeparator)});
            else
                parsed.problems.append({headerRow, name, problem});
        }
    }
    bool headerUsable = true;
    for (PatientColumn required : {PatientColumn::FamilyName, PatientColumn::GivenNames, PatientColumn::BirthDate})
        if (indexOf[std::size_t(required)] < 0) {
            headerUsable = false;
            parsed.problems.append({headerRow, canonicalColumnName(required),
                Tr::tr("required column is missing (accepted headers: %1)")
                    .arg(QStringList(QStringList {canonicalColumnName(required)} + columnAliases(required))
                             .join(u", "_s))});
        }
    const auto headerOf = [&](PatientColumn c) {
        const int i = indexOf[std::size_t(c)];
        return i >= 0 ? headers[i] : canonicalColumnName(c);
    };
    parsed.emailColumn = headerOf(PatientColumn::Email);
    parsed.familyNameColumn = headerOf(PatientColumn::FamilyName);
    parsed.externalRefColumn = headerOf(PatientColumn::ExternalRef);
    for (int c = 0; c < PatientColumnCount; ++c)
        parsed.hasColumn[std::size_t(c)] = indexOf[std::size_t(c)] >= 0;
    if (indexOf[std::size_t(PatientColumn::AddressLine2)] >= 0
        || indexOf[std::size_t(PatientColumn::AddressLine3)] >= 0)
        parsed.hasColumn[std::size_t(PatientColumn::Address)] = true;

    // Syntax and encoding problems, named by column where there is one.
    for (const CsvSyntaxProblem& p : table.problems) {
        QString column;
        if (p.field >= 0)
            column = p.field < headers.size() ? headers[p.field] : Tr::tr("column %1").arg(columnLetter(p.field));
        parsed.problems.append({p.row, column, p.problem});
    }
    if (!headerUsable)
        return parsed;

    // The rows.
    QHash<QString, int> rowByName;
    QHash<QString, int> rowByEmail;
    QHash<QString, int> rowByRef;
    rowByName.reserve(table.records.size());
    rowByEmail.reserve(table.records.size());
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        if (options.progress && r % ImportProgressEvery == 0
            && !options.progress(CsvStage::Reading, r - 1, table.records.size() - 1)) {
            parsed.cancelled = true;
            return parsed;
        }
        const CsvRecord& record = table.records[r];
        const int row = record.row;
        const auto problem = [&](PatientColumn c, const QString& text) {
            parsed.problems.append({row, headerOf(c), text});
        };

        if (record.fields.size() < headers.size()) {
            parsed.problems.append({row, QString(),
                Tr::tr("has %n value(s) but the header names %1 columns; a value is missing or two were "
                       "joined",
                    nullptr, int(record.fields.size()))
                    .arg(headers.size())});
        }
        for (qsizetype i = headers.size(); i < record.fields.size(); ++i)
            if (record.fields[i].quoted || !record.fields[i].text.trimmed().isEmpty()) {
                parsed.problems.append({row, Tr::tr("column %1").arg(columnLetter(int(i))),
                    Tr::tr("a value in a column the header does not name; a separator inside a value must be "
                           "quoted")});
                break;
            }
        for (qsizetype i = 0; i < headers.size() && i < record.fields.size(); ++i)
            if (unnamedColumns[i] && !options.ignoreUnknownColumns
                && (record.fields[i].quoted || !record.fields[i].text.trimmed().isEmpty())) {
                parsed.problems.append({row, headers[i],
                    Tr::tr("a value in a column with no header; name the column or remove the value")});
            }

        std::array<QString, PatientColumnCount> values;
        values.fill(u""_s); // empty, never null: a null QString would be stored as NULL
        for (int c = 0; c < PatientColumnCount; ++c) {
            const int i = indexOf[std::size_t(c)];
            if (i < 0 || i >= record.fields.size())
                continue;
            const CsvField& field = record.fields[i];
            values[std::size_t(c)] = field.quoted ? field.text : field.text.trimmed();
        }
        const auto value = [&](PatientColumn c) -> const QString& { return values[std::size_t(c)]; };

        PatientRecord p;
        p.familyName = value(PatientColumn::FamilyName);
        p.givenNames = value(PatientColumn::GivenNames);
        p.preferredName = value(PatientColumn::PreferredName);
        p.sex = value(PatientColumn::Sex);
        p.phone = value(PatientColumn::Phone);
        p.email = value(PatientColumn::Email);
        p.address = value(PatientColumn::Address);
        for (const PatientColumn line : {PatientColumn::AddressLine2, PatientColumn::AddressLine3})
            if (const QString& more = value(line); !more.trimmed().isEmpty())
                p.address += (p.address.trimmed().isEmpty() ? QString() : u"\n"_s) + more;
        p.town = value(PatientColumn::Town);
        p.region = value(PatientColumn::Region);
        p.postcode = value(PatientColumn::Postcode);
        p.country = value(PatientColumn::Country);
        p.externalRef = value(PatientColumn::ExternalRef);
        p.notes = value(PatientColumn::Notes);
        bool birthDateReported = false;
        if (const QString& text = value(PatientColumn::BirthDate); !text.isEmpty()) {
            if (auto d = parseCsvDate(text, options.dateOrder, options.hints)) {
                p.birthDate = *d;
            } else {
                problem(PatientColumn::BirthDate, d.error());
                birthDateReported = true;
            }
        }
        if (const QString& fitz = value(PatientColumn::Fitzpatrick); !fitz.isEmpty()) {
            if (const auto type = parseFitzpatrick(fitz))
                p.fitzpatrick = type;
            else
                problem(PatientColumn::Fitzpatrick,
                    Tr::tr("\"%1\" is not a Fitzpatrick type (1 to 6, or I to VI)").arg(fitz));
        }
        if (const QString& language = value(PatientColumn::PreferredLanguage); !language.isEmpty())
            p.preferredLanguage = language; // normalized with the rest of the record
        if (const auto archived = parseFlag(value(PatientColumn::Archived)))
            p.archived = *archived;
        else
            problem(PatientColumn::Archived,
                Tr::tr("\"%1\" is not yes or no (also accepted: true/false, 1/0, or empty for no)")
                    .arg(value(PatientColumn::Archived)));

        // The repository's own checks, so that addMany() never refuses what passed here.
        bool emailValid = true;
        for (const Problem& invalid : validatePatient(p, options.today)) {
            const auto column = columnForHeader(invalid.path);
            if (column == PatientColumn::BirthDate && birthDateReported)
                continue;
            if (column == PatientColumn::Email)
                emailValid = false;
            parsed.problems.append({row, column ? headerOf(*column) : invalid.path, invalid.message});
        }

        // Twice in the file: checked even on a row with other problems, so every problem is listed.
        if (const QString key = nameKey(p); !key.isEmpty()) {
            if (const auto it = rowByName.constFind(key); it != rowByName.constEnd())
                parsed.problems.append({row, parsed.familyNameColumn,
                    Tr::tr("same name and birth date as row %1 (%2, %3, %4)")
                        .arg(*it)
                        .arg(p.familyName, p.givenNames, p.birthDate.toString(Qt::ISODate))});
            else
                rowByName.insert(key, row);
        }
        if (const QString key = externalRefKey(p.externalRef); !key.isEmpty()) {
            if (const auto it = rowByRef.constFind(key); it != rowByRef.constEnd())
                parsed.problems.append({row, parsed.externalRefColumn,
                    Tr::tr("\"%1\" is also the number of row %2: one number, one patient")
                        .arg(p.externalRef)
                        .arg(*it)});
            else
                rowByRef.insert(key, row);
        }
        if (const QString key = emailKey(p); !key.isEmpty() && emailValid) {
            if (const auto it = rowByEmail.constFind(key); it != rowByEmail.constEnd())
                parsed.warnings.append(
                    {row, parsed.emailColumn, Tr::tr("same email as row %1 (%2)").arg(*it).arg(p.email)});
            else
                rowByEmail.insert(key, row);
        }

        // Rows with problems too: they are checked against the database as well, so that every
        // problem is listed. The file is imported only when there is none.
        parsed.patients.append(std::move(p));
        parsed.rows.append(row);
    }
    std::ranges::stable_sort(parsed.problems, {}, &CsvIssue::row);
    return parsed;
}

void checkAgainstExisting(ParsedPatients& parsed, const QList<PatientRecord>& existing, const QList<qint64>& updating)
{
    if (parsed.patients.isEmpty() || existing.isEmpty())
        return;
    QHash<QString, const PatientRecord*> byName;
    QHash<QString, const PatientRecord*> byEmail;
    byName.reserve(existing.size());
    byEmail.reserve(existing.size());
    for (const PatientRecord& e : existing) {
        if (const QString key = nameKey(e); !key.isEmpty() && !byName.contains(key))
            byName.insert(key, &e);
        if (const QString key = emailKey(e); !key.isEmpty() && !byEmail.contains(key))
            byEmail.insert(key, &e);
    }
    const auto describe = [](const PatientRecord& e) {
        return Tr::tr("patient %1 (%2, %3, born %4%5)")
            .arg(e.id)
            .arg(e.familyName, e.givenNames, e.birthDate.toString(Qt::ISODate),
                e.archived ? Tr::tr(", archived") : QString());
    };
    for (qsizetype i = 0; i < parsed.patients.size(); ++i) {
        const PatientRecord& p = parsed.patients[i];
        const qint64 self = updating.value(i, 0);
        if (const auto it = byName.constFind(nameKey(p)); it != byName.constEnd() && (*it)->id != self)
            parsed.problems.append({parsed.rows[i], parsed.familyNameColumn,
                Tr::tr("same name and birth date as %1, already in the database%2")
                    .arg(describe(**it),
                        p.externalRef.isEmpty() || !(*it)->externalRef.isEmpty()
                            ? QString()
                            : Tr::tr("; give that patient the number %1 in Needlepoint first and the row will "
                                     "update it")
                                  .arg(p.externalRef))});
        if (const QString key = emailKey(p); !key.isEmpty())
            if (const auto it = byEmail.constFind(key); it != byEmail.constEnd() && (*it)->id != self)
                parsed.warnings.append({parsed.rows[i], parsed.emailColumn,
                    Tr::tr("same email as %1, already in the database").arg(describe(**it))});
    }
}

PatientRecord mergedForUpdate(
    const PatientRecord& stored, const PatientRecord& row, const std::array<bool, PatientColumnCount>& hasColumn)
{
    PatientRecord m = stored;
    const auto has = [&](PatientColumn c) { return hasColumn[std::size_t(c)]; };
    const auto take = [&](PatientColumn c, QString& field, const QString& value) {
        if (has(c) && !value.trimmed().isEmpty())
            field = value;
    };
    take(PatientColumn::FamilyName, m.familyName, row.familyName);
    take(PatientColumn::GivenNames, m.givenNames, row.givenNames);
    take(PatientColumn::PreferredName, m.preferredName, row.preferredName);
    if (has(PatientColumn::BirthDate) && row.birthDate.isValid())
        m.birthDate = row.birthDate;
    take(PatientColumn::Sex, m.sex, row.sex);
    take(PatientColumn::Phone, m.phone, row.phone);
    take(PatientColumn::Email, m.email, row.email);
    take(PatientColumn::Address, m.address, row.address);
    take(PatientColumn::Town, m.town, row.town);
    take(PatientColumn::Region, m.region, row.region);
    take(PatientColumn::Postcode, m.postcode, row.postcode);
    take(PatientColumn::Country, m.country, row.country);
    take(PatientColumn::PreferredLanguage, m.preferredLanguage, row.preferredLanguage);
    if (has(PatientColumn::Fitzpatrick) && row.fitzpatrick)
        m.fitzpatrick = row.fitzpatrick;
    take(PatientColumn::Notes, m.notes, row.notes);
    // The external reference is how the row found the patient: the same, whatever its case.
    return m;
}

QStringList changedFields(const PatientRecord& a, const PatientRecord& b)
{
    const PatientRecord x = normalizedPatient(a);
    const PatientRecord y = normalizedPatient(b);
    QStringList out;
    const auto differs = [&](PatientColumn c, bool different) {
        if (different)
            out << canonicalColumnName(c);
    };
    differs(PatientColumn::FamilyName, x.familyName != y.familyName);
    differs(PatientColumn::GivenNames, x.givenNames != y.givenNames);
    differs(PatientColumn::PreferredName, x.preferredName != y.preferredName);
    differs(PatientColumn::BirthDate, x.birthDate != y.birthDate);
    differs(PatientColumn::Sex, x.sex != y.sex);
    differs(PatientColumn::Phone, x.phone != y.phone);
    differs(PatientColumn::Email, x.email != y.email);
    differs(PatientColumn::Address, x.address != y.address);
    differs(PatientColumn::Town, x.town != y.town);
    differs(PatientColumn::Region, x.region != y.region);
    differs(PatientColumn::Postcode, x.postcode != y.postcode);
    differs(PatientColumn::Country, x.country != y.country);
    differs(PatientColumn::PreferredLanguage, x.preferredLanguage != y.preferredLanguage);
    differs(PatientColumn::Fitzpatrick, x.fitzpatrick != y.fitzpatrick);
    differs(PatientColumn::Notes, x.notes != y.notes);
    differs(PatientColumn::Archived, x.archived != y.archived);
    differs(PatientColumn::ExternalRef, x.externalRef != y.externalRef);
    return out;
}

QByteArray patientsToCsv(const QList<PatientRecord>& patients)
{
    QByteArray out;
    out.reserve(64 + patients.size() * 160);
    out.append("\xEF\xBB\xBF");
    QStringList fields;
    for (int c = 0; c < ExportedColumnCount; ++c)
        fields.append(columnTable()[std::size_t(c)].canonical);
    appendCsvRecord(out, fields);
    for (const PatientRecord& p : patients) {
        fields = {
            p.familyName,
            p.givenNames,
            p.preferredName,
            p.birthDate.toString(Qt::ISODate),
            p.sex,
            p.phone,
            p.email,
            p.address,
            p.town,
            p.region,
            p.postcode,
            p.country,
            p.preferredLanguage,
            p.fitzpatrick ? QString::number(*p.fitzpatrick) : QString(),
            p.notes,
            p.archived ? u"yes"_s : u"no"_s,
            p.externalRef,
        };
        appendCsvRecord(out, fields);
    }
    return out;
}

} // namespace np::storage
