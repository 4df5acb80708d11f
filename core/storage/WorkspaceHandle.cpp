#include "storage/WorkspaceHandle.h"

#include "storage/Workspace.h"

WorkspaceHandle::WorkspaceHandle(std::unique_ptr<Workspace>&& workspace)
    : m_workspace(std::move(workspace))
{
}

WorkspaceHandle::operator QSqlDatabase() const
{
    return m_workspace ? m_workspace->connection() : QSqlDatabase();
}

bool WorkspaceHandle::isOpen() const
{
    return m_workspace && !m_workspace->isClosed();
}
