#include "SystemTimeZone.h"

#include <QFileInfo>
#include <QtGlobal>

namespace np {

void readSystemTimeZoneOnce()
{
#if defined(Q_OS_LINUX)
    if (qEnvironmentVariableIsSet("TZ") || !QFileInfo::exists(QStringLiteral("/etc/localtime")))
        return;
    qputenv("TZ", ":/etc/localtime");
#endif
}

} // namespace np
