#include "ClinicLoader.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace np {
namespace {

const std::array<QString, 8> WeekdayKeys {
    QString(), u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s, u"saturday"_s, u"sunday"_s};

QString timeText(const QTime& t)
{
    return t.toString(u"HH:mm"_s);
}

QString localText(const QDateTime& t)
{
    return t.time() == QTime(0, 0) ? isoDate(t.date()) : t.toString(u"yyyy-MM-ddTHH:mm"_s);
}

class ClinicParser {
    Q_DECLARE_TR_FUNCTIONS(ClinicParser)

public:
    ClinicParser(JsonContext& ctx, const Catalogue& catalogue)
        : m_ctx(ctx)
        , m_catalogue(catalogue)
    { }

    ClinicSetup parse(const QJsonObject& root)
    {
        JsonObjectReader r(root, QString(), m_ctx);
        if (const auto format = r.integer(u"format"); format && *format != 1)
            r.error(u"format", tr("format %1 is not supported (this Needlepoint reads format 1)").arg(*format));
        if (const auto o = r.object(u"clinic")) {
            JsonObjectReader c(*o, r.pathOf(u"clinic"), m_ctx);
            readClinic(c);
            c.finish();
        }
        if (const auto o = r.object(u"opening_hours")) {
            JsonObjectReader h(*o, r.pathOf(u"opening_hours"), m_ctx);
            m_clinic.opening = readWeek(h);
            h.finish();
            if (std::all_of(
                    m_clinic.opening.begin(), m_clinic.opening.end(), [](const auto& d) { return d.isEmpty(); }))
                r.error(u"opening_hours", tr("the clinic is never open: give at least one day's hours"));
        }
        forEach(
            r, u"closures", Need::Optional, [this](JsonObjectReader& o) { m_clinic.closures.append(readClosure(o)); });
        forEach(
            r, u"holidays", Need::Optional, [this](JsonObjectReader& o) { m_clinic.holidays.append(readHoliday(o)); });
        forEach(r, u"rooms", Need::Required, [this](JsonObjectReader& o) {
            m_clinic.rooms.append({readCode(o, u"code"), o.string(u"name").value_or(QString())});
        });
        forEach(r, u"devices", Need::Optional, [this](JsonObjectReader& o) { m_clinic.devices.append(readDevice(o)); });
        forEach(r, u"practitioners", Need::Required,
            [this](JsonObjectReader& o) { m_clinic.practitioners.append(readPractitioner(o)); });
        // A clinic books a practitioner in a room: an empty list is as good as none.
        if (r.has(u"rooms") && m_clinic.rooms.isEmpty())
            r.error(u"rooms", tr("must list at least one room"));
        if (r.has(u"practitioners") && m_clinic.practitioners.isEmpty())
            r.error(u"practitioners", tr("must list at least one practitioner"));
        if (const auto o = r.object(u"scheduling", Need::Optional)) {
            JsonObjectReader s(*o, r.pathOf(u"scheduling"), m_ctx);
            m_clinic.turnoverMinutes = s.integer(u"turnover_minutes", Need::Optional, 0, 240).value_or(15);
            m_clinic.slotStepMinutes = s.integer(u"slot_step_minutes", Need::Optional, 5, 240).value_or(15);
            s.finish();
        }
        r.finish();
        return std::move(m_clinic);
    }

private:
    template <typename F>
    void forEach(JsonObjectReader& r, QStringView key, Need need, F&& read)
    {
        forEachCodedObject(r, key, need, m_ctx, read);
    }

    QString readCode(JsonObjectReader& r, QStringView key)
    {
        static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9_.-]*$"_s);
        const QString code = r.string(key).value_or(QString());
        if (r.has(key) && !pattern.match(code).hasMatch())
            r.error(key, tr("\"%1\" is not a code: use lower-case letters, digits, '_', '.' or '-'").arg(code));
        return code;
    }

    void readClinic(JsonObjectReader& c)
    {
        m_clinic.name = c.string(u"name").value_or(QString());
        m_clinic.address = c.string(u"address", Need::Optional).value_or(QString());
        m_clinic.phone = c.string(u"phone").value_or(QString());
        m_clinic.afterHoursPhone = c.string(u"after_hours_phone", Need::Optional).value_or(QString());
        m_clinic.email = c.string(u"email", Need::Optional).value_or(QString());
        m_clinic.website = c.string(u"website", Need::Optional).value_or(QString());
        m_clinic.logo = c.string(u"logo", Need::Optional).value_or(QString());
        m_clinic.language = c.string(u"language", Need::Optional).value_or(QString());
        static const QRegularExpression language(u"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"_s);
        if (!m_clinic.language.isEmpty() && !language.match(m_clinic.language).hasMatch())
            c.error(u"language", tr("\"%1\" is not a language code such as \"en\" or \"es\"").arg(m_clinic.language));
        if (const auto zone = c.string(u"time_zone")) {
            if (QTimeZone::isTimeZoneIdAvailable(zone->toUtf8()))
                m_clinic.timeZone = QTimeZone(zone->toUtf8());
            else
                c.error(
                    u"time_zone", tr("unknown time zone \"%1\": use an IANA name such as Europe/London").arg(*zone));
        }
    }

    std::optional<QTime> readTime(const QString& text, const QString& path)
    {
        static const QRegularExpression pattern(u"^([01][0-9]|2[0-3]):[0-5][0-9]$"_s);
        if (text == u"24:00")
            return QTime(23, 59, 59, 999);
        if (!pattern.match(text).hasMatch()) {
            m_ctx.add(path, tr("\"%1\" is not a time of day (HH:MM, 24-hour)").arg(text));
            return std::nullopt;
        }
        return QTime::fromString(text, u"HH:mm"_s);
    }

    // ["09:00-13:00", "14:00-18:00"]: ordered, not overlapping.
    QList<TimeRange> readRanges(const QStringList& texts, const QString& path)
    {
        QList<TimeRange> out;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QString at = jsonPath(path, i);
            const QStringList parts = texts[i].split(u'-');
            if (parts.size() != 2) {
                m_ctx.add(at, tr("\"%1\" is not a range of hours (HH:MM-HH:MM)").arg(texts[i]));
                continue;
            }
            const auto start = readTime(parts[0].trimmed(), at);
            const auto end = readTime(parts[1].trimmed(), at);
            if (!start || !end)
                continue;
            if (*start >= *end) {
                m_ctx.add(at, tr("\"%1\" ends before it starts").arg(texts[i]));
                continue;
            }
            if (!out.isEmpty() && *start < out.last().end) {
                m_ctx.add(at, tr("\"%1\" overlaps or comes before the range before it").arg(texts[i]));
                continue;
            }
            out.append({*start, *end});
        }
        return out;
    }

    WeeklyHours readWeek(JsonObjectReader& h)
    {
        WeeklyHours week;
        for (std::size_t d = 1; d < WeekdayKeys.size(); ++d)
            if (const auto list = h.stringList(WeekdayKeys[d], Need::Optional))
                week[d] = readRanges(*list, h.pathOf(WeekdayKeys[d]));
        return week;
    }

    Closure readClosure(JsonObjectReader& o)
    {
        Closure c;
        c.from = o.date(u"from").value_or(QDate());
        c.to = o.date(u"to", Need::Optional).value_or(c.from);
        if (c.from.isValid() && c.to < c.from)
            o.error(u"to", tr("%1 is before from (%2)").arg(isoDate(c.to), isoDate(c.from)));
        c.reason = o.string(u"reason", Need::Optional).value_or(QString());
        return c;
    }

    Holiday readHoliday(JsonObjectReader& o)
    {
        Holiday h;
        const QString date = o.string(u"date").value_or(QString());
        static const QRegularExpression pattern(u"^(\\d\\d)-(\\d\\d)$"_s);
        const auto m = pattern.match(date);
        // 2000 is a leap year: 29 February is a valid yearly holiday.
        if (o.has(u"date") && (!m.hasMatch() || !QDate(2000, m.captured(1).toInt(), m.captured(2).toInt()).isValid()))
            o.error(u"date", tr("\"%1\" is not a day of the year (MM-DD)").arg(date));
        else if (m.hasMatch()) {
            h.month = m.captured(1).toInt();
            h.day = m.captured(2).toInt();
        }
        h.name = o.string(u"name", Need::Optional).value_or(QString());
        return h;
    }

    // "2026-08-01" (the whole day) or "2026-08-01T13:00".
    std::optional<QDateTime> readLocal(JsonObjectReader& o, QStringView key, bool end)
    {
        const auto text = o.string(key);
        if (!text)
            return std::nullopt;
        if (const auto day = parseIsoDate(*text))
            return QDateTime(end ? day->addDays(1) : *day, QTime(0, 0));
        const QDateTime t = QDateTime::fromString(*text, u"yyyy-MM-ddTHH:mm"_s);
        if (!t.isValid()) {
            o.error(key, tr("\"%1\" is neither a date (YYYY-MM-DD) nor a local time (YYYY-MM-DDTHH:MM)").arg(*text));
            return std::nullopt;
        }
        return t;
    }

    ClinicPractitioner readPractitioner(JsonObjectReader& o)
    {
        ClinicPractitioner p;
        p.code = readCode(o, u"code");
        p.name = o.string(u"name").value_or(QString());
        p.role = o.string(u"role", Need::Optional).value_or(QString());
        p.modalities = o.stringList(u"modalities").value_or(QStringList());
        for (qsizetype i = 0; i < p.modalities.size(); ++i)
            if (!m_catalogue.modality(p.modalities[i]))
                m_ctx.add(jsonPath(o.pathOf(u"modalities"), i),
                    tr("unknown modality \"%1\" (not in the protocol catalogue)").arg(p.modalities[i]));
        if (const auto h = o.object(u"hours", Need::Optional)) {
            JsonObjectReader hr(*h, o.pathOf(u"hours"), m_ctx);
            p.hours = readWeek(hr);
            hr.finish();
        }
        if (const auto list = o.array(u"time_off", Need::Optional)) {
            for (qsizetype i = 0; i < list->size(); ++i) {
                const QString path = jsonPath(o.pathOf(u"time_off"), i);
                if (!list->at(i).isObject()) {
                    m_ctx.add(path, tr("must be an object"));
                    continue;
                }
                JsonObjectReader t(list->at(i).toObject(), path, m_ctx);
                const auto from = readLocal(t, u"from", false);
                const auto to = readLocal(t, u"to", true);
                const QString reason = t.string(u"reason", Need::Optional).value_or(QString());
                t.finish();
                if (from && to && *to <= *from)
                    m_ctx.add(jsonPath(path, u"to"), tr("ends before it starts"));
                else if (from && to)
                    p.timeOff.append({*from, *to, reason});
            }
        }
        return p;
    }

    Device readDevice(JsonObjectReader& o)
    {
        Device d;
        d.code = readCode(o, u"code");
        d.name = o.string(u"name").value_or(QString());
        d.kind = o.string(u"kind").value_or(QString());
        QStringList kinds;
        for (const Modality& m : m_catalogue.modalities)
            if (!kinds.contains(m.deviceKind))
                kinds << m.deviceKind;
        if (o.has(u"kind") && !kinds.contains(d.kind))
            o.error(
                u"kind", tr("unknown device kind \"%1\" (the catalogue's kinds: %2)").arg(d.kind, kinds.join(u", "_s)));
        d.serial = o.string(u"serial", Need::Optional).value_or(QString());
        d.homeRoom = o.string(u"home_room", Need::Optional).value_or(QString());
        if (!d.homeRoom.isEmpty() && !m_clinic.room(d.homeRoom))
            o.error(u"home_room", tr("no room \"%1\" in rooms").arg(d.homeRoom));
        return d;
    }

    JsonContext& m_ctx;
    const Catalogue& m_catalogue;
    ClinicSetup m_clinic;
};

QJsonObject weekToJson(const WeeklyHours& week)
{
    QJsonObject out;
    for (std::size_t d = 1; d < WeekdayKeys.size(); ++d) {
        if (week[d].isEmpty())
            continue;
        QJsonArray ranges;
        for (const TimeRange& r : week[d])
            ranges.append(
                QString(timeText(r.start) + u'-' + (r.end == QTime(23, 59, 59, 999) ? u"24:00"_s : timeText(r.end))));
        out.insert(WeekdayKeys[d], ranges);
    }
    return out;
}

} // namespace

std::expected<ClinicSetup, Problems> parseClinicSetup(
    const QByteArray& json, const QString& fileName, const Catalogue& catalogue)
{
    JsonContext ctx {fileName, {}};
    const auto root = parseJsonObject(json, ctx);
    if (!root)
        return std::unexpected(ctx.problems);
    ClinicSetup clinic = ClinicParser(ctx, catalogue).parse(*root);
    if (!ctx.ok())
        return std::unexpected(ctx.problems);
    return clinic;
}

QJsonObject clinicSetupToJson(const ClinicSetup& c)
{
    QJsonObject clinic {
        {u"name"_s, c.name}, {u"phone"_s, c.phone}, {u"time_zone"_s, QString::fromUtf8(c.timeZone.id())}};
    for (const auto& [key, value] : {std::pair {u"address"_s, c.address}, {u"after_hours_phone"_s, c.afterHoursPhone},
             {u"email"_s, c.email}, {u"website"_s, c.website}, {u"logo"_s, c.logo}, {u"language"_s, c.language}})
        if (!value.isEmpty())
            clinic.insert(key, value);
    QJsonArray closures;
    for (const Closure& x : c.closures)
        closures.append(QJsonObject {{u"from"_s, isoDate(x.from)}, {u"to"_s, isoDate(x.to)}, {u"reason"_s, x.reason}});
    QJsonArray holidays;
    for (const Holiday& h : c.holidays)
        holidays.append(
            QJsonObject {{u"date"_s, u"%1-%2"_s.arg(h.month, 2, 10, QChar(u'0')).arg(h.day, 2, 10, QChar(u'0'))},
                {u"name"_s, h.name}});
    QJsonArray rooms;
    for (const Room& r : c.rooms)
        rooms.append(QJsonObject {{u"code"_s, r.code}, {u"name"_s, r.name}});
    QJsonArray devices;
    for (const Device& d : c.devices) {
        QJsonObject o {{u"code"_s, d.code}, {u"name"_s, d.name}, {u"kind"_s, d.kind}, {u"serial"_s, d.serial}};
        if (!d.homeRoom.isEmpty())
            o.insert(u"home_room"_s, d.homeRoom);
        devices.append(o);
    }
    QJsonArray practitioners;
    for (const ClinicPractitioner& p : c.practitioners) {
        QJsonObject o {{u"code"_s, p.code}, {u"name"_s, p.name}, {u"role"_s, p.role},
            {u"modalities"_s, QJsonArray::fromStringList(p.modalities)}};
        if (p.hours)
            o.insert(u"hours"_s, weekToJson(*p.hours));
        QJsonArray off;
        for (const TimeOff& t : p.timeOff) {
            const bool wholeDays = t.from.time() == QTime(0, 0) && t.to.time() == QTime(0, 0);
            off.append(QJsonObject {{u"from"_s, localText(t.from)},
                {u"to"_s, wholeDays ? isoDate(t.to.date().addDays(-1)) : t.to.toString(u"yyyy-MM-ddTHH:mm"_s)},
                {u"reason"_s, t.reason}});
        }
        if (!off.isEmpty())
            o.insert(u"time_off"_s, off);
        practitioners.append(o);
    }
    return {{u"format"_s, 1}, {u"clinic"_s, clinic}, {u"opening_hours"_s, weekToJson(c.opening)},
        {u"closures"_s, closures}, {u"holidays"_s, holidays}, {u"rooms"_s, rooms}, {u"devices"_s, devices},
        {u"practitioners"_s, practitioners},
        {u"scheduling"_s,
            QJsonObject {{u"turnover_minutes"_s, c.turnoverMinutes}, {u"slot_step_minutes"_s, c.slotStepMinutes}}}};
}

} // namespace np
