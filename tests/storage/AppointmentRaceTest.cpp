// Two processes race to book the same 500 slots: every slot goes to exactly one of them, nothing
// overlaps, and every loser is told why.
#include "SchedulingTestSupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr int Slots = 500;

QProcess* startRacer(const QString& database, qint64 patientId)
{
    auto* p = new QProcess;
    p->setProgram(QStringLiteral(BOOKING_RACER));
    p->setArguments({database, QString::number(patientId), QString::number(Slots)});
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start();
    return p;
}

} // namespace

TEST_CASE("two processes racing for the same slots never double-book, and every loser is told why")
{
    np::test::SchedulingFixture f;
    const QString path = f.base.db.path();
    std::unique_ptr<QProcess> a(startRacer(path, f.jose));
    std::unique_ptr<QProcess> b(startRacer(path, f.siobhan));
    REQUIRE(a->waitForFinished(600'000));
    REQUIRE(b->waitForFinished(600'000));
    REQUIRE(a->exitCode() == 0);
    REQUIRE(b->exitCode() == 0);

    QHash<int, int> winners;
    int losses = 0;
    static const QRegularExpression line(u"^(won|lost) (\\d+) (.+)$"_s);
    for (QProcess* p : {a.get(), b.get()}) {
        const QStringList lines = QString::fromUtf8(p->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        REQUIRE(lines.size() == Slots);
        for (const QString& text : lines) {
            const auto m = line.match(text);
            REQUIRE(m.hasMatch());
            if (m.captured(1) == u"won") {
                winners[m.captured(2).toInt()] += 1;
            } else {
                ++losses;
                INFO(text.toStdString());
                // The loser hears which resource was taken and by which appointment.
                CHECK(m.captured(3).contains(
                    QRegularExpression(u"already (booked|in use)|already has an appointment"_s)));
            }
        }
    }
    CHECK(losses == Slots);
    CHECK(winners.size() == Slots);
    for (int slot = 0; slot < Slots; ++slot)
        CHECK(winners.value(slot) == 1);

    QSqlQuery q(f.db().connection());
    REQUIRE(
        q.exec(u"SELECT count(*) FROM appointments x JOIN appointments y ON x.id < y.id "
               "AND x.start_minute < y.end_minute AND y.start_minute < x.end_minute "
               "AND (x.practitioner_id = y.practitioner_id OR x.room_id = y.room_id OR x.device_id = y.device_id)"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    REQUIRE(q.exec(u"SELECT count(*) FROM appointments"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == Slots);
}
