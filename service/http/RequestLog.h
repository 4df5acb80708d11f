#pragma once

#include <QString>

#include <functional>

/// One line per request: time (UTC), method, path, status and milliseconds, e.g.
/// "2026-12-02T06:40:01.250Z POST /api/v1/leads 201 12.4 ms". Never the query, headers or body:
/// keys, cursors and customers' data stay out of logs.
class RequestLog {
public:
    using Sink = std::function<void(const QString& line)>;

    explicit RequestLog(Sink sink = {});
    void write(const QString& method, const QString& path, int status, double milliseconds) const;

private:
    Sink m_sink;
};
