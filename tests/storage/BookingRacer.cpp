// One side of the double-booking race (AppointmentRaceTest.cpp): books `count` back-to-back
// half-hour slots for one patient, with the practitioner, room and device the other side wants
// too, and prints "won SLOT ID" or "lost SLOT MESSAGE" for each.
#include "core/CatalogueLoader.h"
#include "storage/AppointmentRepository.h"
#include "storage/ClinicRepository.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() != 4) {
        out << "usage: booking_racer DATABASE PATIENT_ID COUNT\n";
        return 1;
    }
    auto catalogue = np::loadBuiltInCatalogue();
    auto db = np::storage::Database::open(args[1]);
    if (!catalogue || !db) {
        out << "cannot open " << args[1] << '\n';
        return 2;
    }
    auto clinic = np::storage::ClinicRepository(**db, *catalogue).current();
    if (!clinic || !*clinic) {
        out << "no clinic set-up\n";
        return 2;
    }
    const np::storage::StoredClinic& c = **clinic;
    np::storage::AppointmentRepository repo(**db, c.setup.timeZone);
    const int count = args[3].toInt();
    for (int slot = 0; slot < count; ++slot) {
        np::storage::BookingRequest r;
        r.patientId = args[2].toLongLong();
        r.practitionerId = c.practitionerIds.value(u"ana"_s);
        r.roomId = c.roomIds.value(u"room-1"_s);
        r.deviceId = c.deviceIds.value(u"pen-1"_s);
        r.localStart = QDateTime(QDate(2027, 2, 1).addDays(slot / 16), QTime(9, 0)).addSecs(1800LL * (slot % 16));
        r.durationMinutes = 30;
        r.modality = u"automated_pen"_s;
        const auto id = repo.book(r, u"racer-%1"_s.arg(args[2]));
        if (id)
            out << "won " << slot << ' ' << *id << '\n';
        else
            out << "lost " << slot << ' ' << id.error().message << '\n';
        out.flush();
    }
    return 0;
}
