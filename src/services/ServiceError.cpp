#include "ServiceError.h"

using namespace Qt::StringLiterals;

namespace np::services {

ServiceError ServiceError::fromStorage(storage::StorageError error)
{
    ServiceError e;
    e.kind = Kind::Storage;
    e.message = error.message;
    e.storage = std::move(error);
    return e;
}

ServiceError ServiceError::invalid(Problems problems)
{
    ServiceError e;
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    e.message = lines.join(u'\n');
    e.problems = std::move(problems);
    return e;
}

ServiceError ServiceError::invalid(const QString& message)
{
    ServiceError e;
    e.message = message;
    return e;
}

ServiceError ServiceError::invalidAt(const QString& path, const QString& message)
{
    return invalid(Problems {{QString(), path, message}});
}

ServiceError ServiceError::refused(const QString& reason)
{
    ServiceError e;
    e.kind = Kind::Refused;
    e.message = reason;
    return e;
}

} // namespace np::services
