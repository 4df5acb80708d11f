#include "storage/ConnectionLoss.h"

#include <algorithm>
#include <iterator>
#include <mutex>

namespace {

std::mutex observerMutex;

std::function<void()>& observer()
{
    static std::function<void()> current;
    return current;
}

QString lossText()
{
    return ConnectionLoss::tr("The connection to the team server was lost; nothing was saved. "
                              "Reconnect and try again.");
}

} // namespace

bool ConnectionLoss::isLoss(const QString& sqlState, const QString& message)
{
    const QStringView stateClass = QStringView(sqlState).left(2);
    if (stateClass == QLatin1String("08") || stateClass == QLatin1String("57"))
        return true;
    if (!sqlState.isEmpty())
        return false;
    // libpq reports a connection that broke under a statement without a SQLSTATE.
    static const QLatin1String phrases[] = {QLatin1String("server closed the connection"),
                                            QLatin1String("no connection to the server"),
                                            QLatin1String("could not send data to server"),
                                            QLatin1String("could not receive data from server"),
                                            QLatin1String("terminating connection"),
                                            QLatin1String("connection to server was lost"),
                                            QLatin1String("SSL SYSCALL error")};
    return std::any_of(std::begin(phrases), std::end(phrases),
                       [&](QLatin1String phrase) { return message.contains(phrase); });
}

bool ConnectionLoss::isLoss(const Error& error)
{
    return error.code == ErrorCode::Storage && error.message.startsWith(lossText());
}

Error ConnectionLoss::report(const QString& details)
{
    {
        const std::lock_guard lock(observerMutex);
        if (observer())
            observer()();
    }
    const QString shown = details.trimmed();
    return {ErrorCode::Storage,
            shown.isEmpty() ? lossText() : QStringLiteral("%1 (%2)").arg(lossText(), shown)};
}

void ConnectionLoss::setObserver(std::function<void()> current)
{
    const std::lock_guard lock(observerMutex);
    observer() = std::move(current);
}
