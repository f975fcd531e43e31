#pragma once

#include "Codes.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace np {

// A dated health finding, coded with the catalogue's contraindication codes.
struct Finding {
    QString code;
    QStringList areas; // where it is; empty: not tied to an area
    std::optional<QDate> since; // when it began (or the day of a one-off event)
    std::optional<QDate> until; // the day it ended (last dose, healed); none: ongoing
};

struct PatientProfile {
    QDate birthDate;
    std::optional<int> fitzpatrick; // 1..6
    QList<Finding> findings;
};

struct Treatment {
    QString modality;
    QString indication;
    Severity severity = Severity::Moderate;
    QStringList areas;
    std::optional<int> sessions; // explicit count; none: the catalogue's for the severity
};

} // namespace np
