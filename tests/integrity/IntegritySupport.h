#pragma once

// What every integrity test checks after the fact, from the test's own process (no other
// connection open): the database opens, passes PRAGMA integrity_check, and holds exactly the
// patients the processes reported written.

#include "TestSupport.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace np::test {

// The family names of every patient in `database`, by id; fails the test when it does not open
// or fails its integrity check.
QStringList checkedPatientNames(const QString& database);

// A generator seeded from NEEDLEPOINT_TEST_SEED when set, else at random; the seed goes into the
// test's output so a failing round can be run again.
QRandomGenerator seededRandom();

// `needlepoint-cli patients add` input for a patient named `family`.
QByteArray patientJson(const QString& family);

} // namespace np::test
