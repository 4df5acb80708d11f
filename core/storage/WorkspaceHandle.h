#pragma once

#include <memory>

class QSqlDatabase;
class Workspace;

/// The open workspace as windows, dialogs and loaders hold it: shared, so each keeps it as long
/// as it needs. Passed where a core function takes a connection, it stands for the calling
/// thread's connection to the workspace (Workspace::connection(); none when empty or closed), so
/// ui calls core with it and never holds a connection itself.
class WorkspaceHandle {
public:
    WorkspaceHandle() = default;
    WorkspaceHandle(std::shared_ptr<Workspace> workspace) // NOLINT: a handle is a shared pointer
        : m_workspace(std::move(workspace))
    {
    }
    WorkspaceHandle(
        std::unique_ptr<Workspace>&& workspace); // NOLINT: as Workspace::open() gives it

    operator QSqlDatabase() const; // NOLINT: see above
    Workspace* get() const { return m_workspace.get(); }
    Workspace* operator->() const { return m_workspace.get(); }
    Workspace& operator*() const { return *m_workspace; }
    explicit operator bool() const { return m_workspace != nullptr; }
    /// Whether it holds a workspace that is not closed.
    bool isOpen() const;
    void reset() { m_workspace.reset(); }
    friend bool operator==(const WorkspaceHandle& a, const WorkspaceHandle& b)
    {
        return a.m_workspace == b.m_workspace;
    }

private:
    std::shared_ptr<Workspace> m_workspace;
};
