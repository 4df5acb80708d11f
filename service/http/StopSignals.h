#pragma once

#include <QObject>

class QSocketNotifier;

/// SIGTERM and SIGINT as a Qt signal on the event loop (the self-pipe trick: the handler only
/// writes a byte), so the service stops gracefully instead of dying mid-request.
class StopSignals : public QObject {
    Q_OBJECT

public:
    /// Installs the handlers; one object per process.
    explicit StopSignals(QObject* parent = nullptr);
    ~StopSignals() override;

    /// Whether the handlers are installed (a socketpair could be made).
    bool isInstalled() const { return m_notifier != nullptr; }

signals:
    /// SIGTERM or SIGINT arrived (signalNumber says which).
    void stopRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};
