#pragma once

#include "services/UseCaseContext.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

namespace np {
class Catalogue;
}

namespace np::storage {
class Database;
}

namespace np::app {

// The open database as the app's use cases see it: the connection, the catalogue in use, who is
// at the desk, and the clock. The windows ask it for a UseCaseContext for each thing they do, so
// every change is audited with the desk's name and checked against the clinic's today.
class Workspace {
public:
    // Local date and time now (pinned in tests).
    using Now = std::function<QDateTime()>;

    Workspace(std::unique_ptr<storage::Database> database, const Catalogue& catalogue, QString actor,
        Now now = &QDateTime::currentDateTime);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // Today by the clock, the actor, and UTC now for the audit log.
    [[nodiscard]] services::UseCaseContext context() const;

    [[nodiscard]] storage::Database& database() const { return *m_database; }
    [[nodiscard]] const Catalogue& catalogue() const { return *m_catalogue; }
    // The catalogue planned with from now on (Settings > Protocols…); `catalogue` outlives the
    // workspace and every task started on it.
    void setCatalogue(const Catalogue& catalogue) { m_catalogue = &catalogue; }
    [[nodiscard]] QString actor() const { return m_actor; }
    void setActor(const QString& actor) { m_actor = actor; }
    [[nodiscard]] QDate today() const { return m_now().date(); }
    [[nodiscard]] const Now& now() const { return m_now; }

private:
    std::unique_ptr<storage::Database> m_database;
    const Catalogue* m_catalogue;
    QString m_actor;
    Now m_now;
};

} // namespace np::app
