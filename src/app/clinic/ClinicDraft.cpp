#include "ClinicDraft.h"

#include <QJsonArray>
#include <QRegularExpression>

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

QJsonObject clinicDraftToJson(const ClinicDraft& draft, const QStringList& allModalities)
{
    QJsonObject clinic {{u"name"_s, draft.name.trimmed()}, {u"phone"_s, draft.phone.trimmed()},
        {u"time_zone"_s, draft.timeZone.trimmed()}};
    const auto optional = [&clinic](const QString& key, const QString& value) {
        if (!value.trimmed().isEmpty())
            clinic.insert(key, value.trimmed());
    };
    optional(u"address"_s, draft.address);
    optional(u"after_hours_phone"_s, draft.afterHoursPhone);
    optional(u"email"_s, draft.email);
    optional(u"website"_s, draft.website);

    QJsonObject hours;
    const QStringList days = weekdayKeys();
    for (std::size_t d = 0; d < draft.hours.size(); ++d)
        if (const QStringList ranges = rangesFromText(draft.hours[d]); !ranges.isEmpty())
            hours.insert(days[int(d)], QJsonArray::fromStringList(ranges));

    QStringList roomCodes;
    QJsonArray rooms;
    for (const QString& room : draft.rooms) {
        roomCodes << codeFor(room, roomCodes, u"room"_s);
        rooms.append(QJsonObject {{u"code"_s, roomCodes.last()}, {u"name"_s, room.trimmed()}});
    }
    QStringList deviceCodes;
    QJsonArray devices;
    for (const ClinicDraft::Device& d : draft.devices) {
        deviceCodes << codeFor(d.name, deviceCodes, u"device"_s);
        QJsonObject o {{u"code"_s, deviceCodes.last()}, {u"name"_s, d.name.trimmed()}, {u"kind"_s, d.kind}};
        if (!d.serial.trimmed().isEmpty())
            o.insert(u"serial"_s, d.serial.trimmed());
        if (d.room >= 0 && d.room < roomCodes.size())
            o.insert(u"home_room"_s, roomCodes[d.room]);
        devices.append(o);
    }
    QStringList practitionerCodes;
    QJsonArray practitioners;
    for (const ClinicDraft::Practitioner& p : draft.practitioners) {
        practitionerCodes << codeFor(p.name, practitionerCodes, u"practitioner"_s);
        QJsonObject o {{u"code"_s, practitionerCodes.last()}, {u"name"_s, p.name.trimmed()},
            {u"modalities"_s,
                QJsonArray::fromStringList(p.modality.isEmpty() ? allModalities : QStringList {p.modality})}};
        if (!p.role.trimmed().isEmpty())
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
    QJsonObject setup {{u"format"_s, 1}, {u"clinic"_s, clinic}, {u"opening_hours"_s, hours}, {u"rooms"_s, rooms},
        {u"practitioners"_s, practitioners}};
    if (!devices.isEmpty())
        setup.insert(u"devices"_s, devices);
    if (!closures.isEmpty())
        setup.insert(u"closures"_s, closures);
    return setup;
}

Problems problemsUnder(const Problems& problems, const QStringList& prefixes)
{
    Problems out;
    for (const Problem& p : problems)
        for (const QString& prefix : prefixes)
            if (p.path.startsWith(prefix)) {
                out.append(p);
                break;
            }
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

} // namespace np::app
