#include "Problem.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace np {

QString Problem::toString() const
{
    QStringList parts;
    if (!file.isEmpty())
        parts << file;
    if (!path.isEmpty())
        parts << path;
    parts << message;
    return parts.join(u": "_s);
}

QString joinProblems(const Problems& problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

} // namespace np
