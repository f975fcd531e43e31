#include "Workspace.h"

#include "storage/Database.h"

namespace np::app {

Workspace::Workspace(std::unique_ptr<storage::Database> database, const Catalogue& catalogue, QString actor, Now now)
    : m_database(std::move(database))
    , m_catalogue(&catalogue)
    , m_actor(std::move(actor))
    , m_now(std::move(now))
{ }

Workspace::~Workspace() = default;

services::UseCaseContext Workspace::context() const
{
    return {*m_database, *m_catalogue, services::Actor {m_actor}, today(), [now = m_now] { return now().toUTC(); }};
}

} // namespace np::app
