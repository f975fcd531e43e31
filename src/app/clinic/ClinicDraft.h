#pragma once

#include "core/Problem.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace np::app {

// A clinic's set-up as the set-up wizard's pages hold it: plain texts, as typed. It becomes a
// set-up file (docs/clinic-format.md) that core's parseClinicSetup checks exactly as
// `needlepoint-cli clinic load` does; its problems come back to the page and row they concern.
struct ClinicDraft {
    QString name, address, phone, afterHoursPhone, email, website, timeZone;
    // Monday first: each day's ranges as typed ("09:00-13:00, 14:00-18:00"); empty: closed.
    std::array<QString, 7> hours;
    struct Practitioner {
        QString name, role;
        QString modality; // a catalogue modality code; empty: every modality of the catalogue
    };
    QList<Practitioner> practitioners;
    QStringList rooms; // names
    struct Device {
        QString name, kind, serial;
        int room = -1; // index in `rooms`; -1: mobile
    };
    QList<Device> devices;
    struct Closure {
        QString from, to, reason; // ISO dates
    };
    QList<Closure> closures;
};

// The JSON keys of the weekdays, Monday first ("monday").
[[nodiscard]] QStringList weekdayKeys();

// A day's ranges as typed, split at commas, semicolons and spaces ("09:00-13:00, 14:00-18:00").
[[nodiscard]] QStringList rangesFromText(const QString& text);

// A stable code for `name` ("Treatment Room 1" -> "treatment-room-1": lower-case letters, digits
// and hyphens, accents dropped), unique among `taken` (a number added), `fallback` when the name
// has no letter or digit.
[[nodiscard]] QString codeFor(const QString& name, const QStringList& taken, const QString& fallback);

// The set-up file for `draft`. Every modality of `allModalities` for a practitioner without one.
[[nodiscard]] QJsonObject clinicDraftToJson(const ClinicDraft& draft, const QStringList& allModalities);

// The problems of `problems` whose JSON path starts with one of `prefixes` ("clinic.",
// "opening_hours", "practitioners"): those a page shows.
[[nodiscard]] Problems problemsUnder(const Problems& problems, const QStringList& prefixes);

// The row a table's problem concerns: 1 for "practitioners[0].name" under "practitioners"; 0 when
// the path is not of a row of that list (the list itself: "practitioners").
[[nodiscard]] int problemRow(const QString& path, const QString& list);

} // namespace np::app
