#include "main/ServerPasswordStore.h"

#include "session/ServerLogin.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace {

const QString service = QStringLiteral("ChannelDesk team server");

/// Runs a keychain job to its end (they are asynchronous; the backends answer quickly or fail).
void runToEnd(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

bool ServerPasswordStore::isDisabled()
{
    return qEnvironmentVariableIntValue("CHANNELDESK_NO_KEYCHAIN") != 0;
}

QString ServerPasswordStore::read(const ServerAddress& address)
{
    if (isDisabled())
        return {};
    QKeychain::ReadPasswordJob job(service);
    job.setKey(ServerLogin::keychainKey(address));
    runToEnd(job);
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}

bool ServerPasswordStore::write(const ServerAddress& address, const QString& password,
                                QString* problem)
{
    if (isDisabled()) {
        if (problem)
            *problem = tr("The system keychain is turned off (CHANNELDESK_NO_KEYCHAIN).");
        return false;
    }
    QKeychain::WritePasswordJob job(service);
    job.setKey(ServerLogin::keychainKey(address));
    job.setTextData(password);
    runToEnd(job);
    if (job.error() == QKeychain::NoError)
        return true;
    if (problem)
        *problem = tr("The password could not be kept in the system keychain (%1); ChannelDesk "
                      "will ask for it next time.")
                       .arg(job.errorString());
    return false;
}

void ServerPasswordStore::remove(const ServerAddress& address)
{
    if (isDisabled())
        return;
    QKeychain::DeletePasswordJob job(service);
    job.setKey(ServerLogin::keychainKey(address));
    runToEnd(job);
}
