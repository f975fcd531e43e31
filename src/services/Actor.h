#pragma once

#include <QString>

namespace np::services {

// Who is acting: every use case is told, and writes it to the audit log itself. The login name of
// the workstation's user for now; a user and a role when accounts come.
struct Actor {
    QString name;
};

} // namespace np::services
