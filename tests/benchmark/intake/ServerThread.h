#pragma once

#include "common/Result.h"
#include "http/ServeOptions.h"

#include <QThread>

#include <future>

class Workspace;

/// The intake service on a thread of its own, as `channeldesk serve` runs it: its own event
/// loop, its own connection to the workspace, each request's key checked by
/// ApiKeyService::authenticate, no request log.
class ServerThread : public QThread {
public:
    ServerThread(const Workspace& workspace, ServeOptions options);
    ~ServerThread() override;

    /// Starts the thread; returns the port once the server listens, or why it cannot.
    Result<quint16> listen();

protected:
    void run() override;

private:
    const Workspace& m_workspace;
    ServeOptions m_options;
    std::promise<Result<quint16>> m_listening;
};
