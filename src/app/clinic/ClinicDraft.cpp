#include "ClinicDraft.h"

#include "core/Catalogue.h"
#include "core/ClinicLoader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::app {

QStringList weekdayKeys()
{
    return {u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s, u"saturday"_s, u"sunday"_s};
}

QStringList rangesFromText(const QString& text)
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

QString codeFor(const QString& name, const QStringList& taken, const QString& fallback)
{
    QString code;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isMark())
            continue; // the accent of a decomposed letter
        if (c.isLetterOrNumber() && c.unicode() < 128)
            code += c.toLower();
        else if (!code.isEmpty() && !code.endsWith(u'-'))
            code += u'-';
    }
    while (code.endsWith(u'-'))
        code.chop(1);
    if (code.isEmpty())
        code = fallback;
    QString unique = code;
    for (int n = 2; taken.contains(unique); ++n)
        unique = code + u'-' + QString::number(n);
    return unique;
}

bool isNewKey(const QString& key)
{
    return key.startsWith(u'+');
}

QString newKey()
{
    // '+' is never in a code (lower-case letters, digits, '_', '.' and '-').
    static int made = 0;
    return u"+"_s + QString::number(++made);
}

ClinicDraft clinicDraftFromJson(const QJsonObject& setup, const QStringList& allModalities)
{
    ClinicDraft draft;
    draft.base = setup;
    const QJsonObject clinic = setup.value(u"clinic"_s).toObject();
    draft.name = clinic.value(u"name"_s).toString();
    draft.address = clinic.value(u"address"_s).toString();
    draft.phone = clinic.value(u"phone"_s).toString();
    draft.afterHoursPhone = clinic.value(u"after_hours_phone"_s).toString();
    draft.email = clinic.value(u"email"_s).toString();
    draft.website = clinic.value(u"website"_s).toString();
    draft.timeZone = clinic.value(u"time_zone"_s).toString();
    draft.language = clinic.value(u"language"_s).toString();
    const QJsonObject hours = setup.value(u"opening_hours"_s).toObject();
    const QStringList days = weekdayKeys();
    for (std::size_t d = 0; d < draft.hours.size(); ++d) {
        QStringList ranges;
        for (const QJsonValue range : hours.value(days[int(d)]).toArray())
            ranges << range.toString();
        draft.hours[d] = ranges.join(u", "_s);
    }
    const auto strings = [](const QJsonValue& value) {
        QStringList out;
        for (const QJsonValue v : value.toArray())
            out << v.toString();
        return out;
    };
    for (const QJsonValue v : setup.value(u"practitioners"_s).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList modalities = strings(o.value(u"modalities"_s));
        const bool every = std::ranges::all_of(allModalities, [&](const QString& m) { return modalities.contains(m); });
        draft.practitioners.append({o.value(u"name"_s).toString(), o.value(u"role"_s).toString(),
            every ? QString() : modalities.join(u','), o.value(u"code"_s).toString()});
    }
    for (const QJsonValue v : setup.value(u"rooms"_s).toArray())
        draft.rooms.append({v[u"name"_s].toString(), v[u"code"_s].toString()});
    for (const QJsonValue v : setup.value(u"devices"_s).toArray())
        draft.devices.append({v[u"name"_s].toString(), v[u"kind"_s].toString(), v[u"serial"_s].toString(),
            v[u"home_room"_s].toString(), v[u"code"_s].toString()});
    for (const QJsonValue v : setup.value(u"closures"_s).toArray())
        draft.closures.append({v[u"from"_s].toString(), v[u"to"_s].toString(), v[u"reason"_s].toString()});
    return draft;
}

namespace {

// The code of each row: its key when it has one from the set-up, else one made from its name,
// unique among every other row's.
template <typename Row>
QStringList codesOf(const QList<Row>& rows, const QString& fallback)
{
    QStringList taken;
    for (const Row& row : rows)
        if (!isNewKey(row.key) && !row.key.isEmpty())
            taken << row.key;
    QStringList codes;
    for (const Row& row : rows) {
        if (!isNewKey(row.key) && !row.key.isEmpty()) {
            codes << row.key;
            continue;
        }
        codes << codeFor(row.name, taken, fallback);
        taken << codes.last();
    }
    return codes;
}

} // namespace

QJsonObject clinicDraftToJson(const ClinicDraft& draft, const QStringList& allModalities)
{
    QJsonObject clinic = draft.base.value(u"clinic"_s).toObject();
    clinic.insert(u"name"_s, draft.name.trimmed());
    clinic.insert(u"phone"_s, draft.phone.trimmed());
    clinic.insert(u"time_zone"_s, draft.timeZone.trimmed());
    const auto optional = [&clinic](const QString& key, const QString& value) {
        if (value.trimmed().isEmpty())
            clinic.remove(key);
        else
            clinic.insert(key, value.trimmed());
    };
    optional(u"address"_s, draft.address);
    optional(u"after_hours_phone"_s, draft.afterHoursPhone);
    optional(u"email"_s, draft.email);
    optional(u"website"_s, draft.website);
    optional(u"language"_s, draft.language);

    QJsonObject hours;
    const QStringList days = weekdayKeys();
    for (std::size_t d = 0; d < draft.hours.size(); ++d)
        if (const QStringList ranges = rangesFromText(draft.hours[d]); !ranges.isEmpty())
            hours.insert(days[int(d)], QJsonArray::fromStringList(ranges));

    const QStringList roomCodes = codesOf(draft.rooms, u"room"_s);
    QJsonArray rooms;
    for (qsizetype r = 0; r < draft.rooms.size(); ++r)
        rooms.append(QJsonObject {{u"code"_s, roomCodes[r]}, {u"name"_s, draft.rooms[r].name.trimmed()}});
    const QStringList deviceCodes = codesOf(draft.devices, u"device"_s);
    QJsonArray devices;
    for (qsizetype i = 0; i < draft.devices.size(); ++i) {
        const ClinicDraft::Device& d = draft.devices[i];
        QJsonObject o {{u"code"_s, deviceCodes[i]}, {u"name"_s, d.name.trimmed()}, {u"kind"_s, d.kind}};
        if (!d.serial.trimmed().isEmpty())
            o.insert(u"serial"_s, d.serial.trimmed());
        const auto room = std::ranges::find(draft.rooms, d.room, &ClinicDraft::Room::key);
        if (!d.room.isEmpty() && room != draft.rooms.end())
            o.insert(u"home_room"_s, roomCodes[room - draft.rooms.begin()]);
        devices.append(o);
    }
    // A practitioner's own hours and time off, which no page edits, stay as the base has them.
    QHash<QString, QJsonObject> basePractitioners;
    for (const QJsonValue v : draft.base.value(u"practitioners"_s).toArray())
        basePractitioners.insert(v[u"code"_s].toString(), v.toObject());
    const QStringList practitionerCodes = codesOf(draft.practitioners, u"practitioner"_s);
    QJsonArray practitioners;
    for (qsizetype i = 0; i < draft.practitioners.size(); ++i) {
        const ClinicDraft::Practitioner& p = draft.practitioners[i];
        QJsonObject o = basePractitioners.value(p.key);
        o.insert(u"code"_s, practitionerCodes[i]);
        o.insert(u"name"_s, p.name.trimmed());
        o.insert(u"modalities"_s,
            QJsonArray::fromStringList(
                p.modalities.isEmpty() ? allModalities : p.modalities.split(u',', Qt::SkipEmptyParts)));
        if (p.role.trimmed().isEmpty())
            o.remove(u"role"_s);
        else
            o.insert(u"role"_s, p.role.trimmed());
        practitioners.append(o);
    }
    QJsonArray closures;
    for (const ClinicDraft::Closure& c : draft.closures) {
        QJsonObject o {{u"from"_s, c.from}, {u"to"_s, c.to.isEmpty() ? c.from : c.to}};
        if (!c.reason.trimmed().isEmpty())
            o.insert(u"reason"_s, c.reason.trimmed());
        closures.append(o);
    }
    QJsonObject setup = draft.base;
    setup.insert(u"format"_s, 1);
    setup.insert(u"clinic"_s, clinic);
    setup.insert(u"opening_hours"_s, hours);
    setup.insert(u"rooms"_s, rooms);
    setup.insert(u"practitioners"_s, practitioners);
    setup.remove(u"devices"_s);
    setup.remove(u"closures"_s);
    if (!devices.isEmpty())
        setup.insert(u"devices"_s, devices);
    if (!closures.isEmpty())
        setup.insert(u"closures"_s, closures);
    return setup;
}

bool isUnder(const Problem& problem, const QString& key)
{
    const QString& path = problem.path;
    return path.startsWith(key) && (path.size() == key.size() || path[key.size()] == u'.' || path[key.size()] == u'[');
}

Problems problemsUnder(const Problems& problems, const QStringList& keys)
{
    Problems out;
    for (const Problem& p : problems)
        if (std::ranges::any_of(keys, [&p](const QString& key) { return isUnder(p, key); }))
            out.append(p);
    return out;
}

int problemRow(const QString& path, const QString& list)
{
    if (!path.startsWith(list + u'['))
        return 0;
    const qsizetype close = path.indexOf(u']', list.size());
    bool ok = false;
    const int index = path.mid(list.size() + 1, close - list.size() - 1).toInt(&ok);
    return ok ? index + 1 : 0;
}

QStringList modalityCodes(const Catalogue& catalogue)
{
    QStringList codes;
    for (const Modality& m : catalogue.modalities)
        codes << m.code;
    return codes;
}

std::expected<ClinicSetup, Problems> parseClinicDraft(const ClinicDraft& draft, const Catalogue& catalogue)
{
    const QJsonObject json = clinicDraftToJson(draft, modalityCodes(catalogue));
    return parseClinicSetup(QJsonDocument(json).toJson(QJsonDocument::Compact), QString(), catalogue);
}

} // namespace np::app
