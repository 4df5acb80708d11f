#include "WebDriverSession.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

const QString chromium = QStringLiteral("/usr/bin/chromium");
const QString chromedriver = QStringLiteral("/usr/bin/chromedriver");

/// As root in CI with no display and a closed network: without the background-networking flags
/// Chromium keeps trying to reach Google's hosts and misbehaves.
QStringList chromiumArguments(const QString& profile, int width, int height)
{
    return {QStringLiteral("--headless"),
            QStringLiteral("--no-sandbox"),
            QStringLiteral("--disable-gpu"),
            QStringLiteral("--disable-quic"),
            QStringLiteral("--no-first-run"),
            QStringLiteral("--disable-background-networking"),
            QStringLiteral("--disable-component-update"),
            QStringLiteral("--disable-sync"),
            QStringLiteral("--disable-dev-shm-usage"),
            QStringLiteral("--no-proxy-server"),
            QStringLiteral("--lang=en-US"),
            QStringLiteral("--window-size=%1,%2").arg(width).arg(height),
            QStringLiteral("--user-data-dir=") + profile + QStringLiteral("/profile")};
}

/// A local TCP port that was free a moment ago.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

/// A forked child that kills process group when this process ends, however it ends (a crash,
/// kill -9, a CTest timeout): chromedriver dies with its parent (PR_SET_PDEATHSIG), but Chromium,
/// chromedriver's child, would live on. Between fork and _exit it calls only async-signal-safe
/// system calls.
pid_t startWatchdog(pid_t group)
{
    const pid_t parent = ::getpid();
    const pid_t child = ::fork();
    if (child != 0)
        return child;
    if (::close_range(3, ~0U, 0) != 0) // no copy of the test's sockets and files stays open
        for (int fd = 3; fd < 4096; ++fd)
            ::close(fd);
    sigset_t endings;
    ::sigemptyset(&endings);
    ::sigaddset(&endings, SIGUSR1);
    ::sigaddset(&endings, SIGTERM);
    ::sigaddset(&endings, SIGINT);
    ::sigaddset(&endings, SIGHUP);
    ::sigprocmask(SIG_BLOCK, &endings, nullptr);
    ::prctl(PR_SET_PDEATHSIG, SIGUSR1);
    if (::getppid() == parent) {
        int received = 0;
        ::sigwait(&endings, &received);
    }
    ::kill(-group, SIGKILL);
    ::_exit(0);
}

/// The processes (but this one) whose command line mentions text.
QList<pid_t> processesMentioning(const QString& text)
{
    QList<pid_t> found;
    const QByteArray needle = QFile::encodeName(text);
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& entry : entries) {
        bool isPid = false;
        const auto pid = static_cast<pid_t>(entry.toInt(&isPid));
        if (!isPid || pid == ::getpid())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle))
            found << pid;
    }
    return found;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

WebDriverSession::WebDriverSession(int windowWidth, int windowHeight)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    if (!available())
        FAIL("Chromium or chromedriver is missing (" << chromium.toStdString() << ", "
                                                     << chromedriver.toStdString()
                                                     << "): scripts/prepare installs them");
    if (!m_profile.isValid())
        FAIL("no temporary folder for Chromium's profile: "
             << m_profile.errorString().toStdString());
    startDriver();
    try {
        createSession(windowWidth, windowHeight);
    } catch (...) { // a FAIL: no destructor runs for a half-made object
        endDriver();
        throw;
    }
}

void WebDriverSession::createSession(int windowWidth, int windowHeight)
{
    QJsonObject options{{QStringLiteral("binary"), chromium},
                        {QStringLiteral("args"),
                         QJsonArray::fromStringList(
                             chromiumArguments(m_profile.path(), windowWidth, windowHeight))}};
    QJsonObject capabilities{
        {QStringLiteral("browserName"), QStringLiteral("chrome")},
        {QStringLiteral("pageLoadStrategy"), QStringLiteral("normal")},
        {QStringLiteral("timeouts"), QJsonObject{{QStringLiteral("pageLoad"), 20'000},
                                                 {QStringLiteral("script"), 10'000},
                                                 {QStringLiteral("implicit"), 0}}},
        {QStringLiteral("goog:chromeOptions"), options}};
    const QJsonValue created =
        command("POST", QStringLiteral("/session"),
                {{QStringLiteral("capabilities"),
                  QJsonObject{{QStringLiteral("alwaysMatch"), capabilities}}}},
                startTimeoutMs * 2);
    m_sessionId = created.toObject().value(QStringLiteral("sessionId")).toString();
    if (m_sessionId.isEmpty())
        FAIL("chromedriver answered a new session without its ID: "
             << QJsonDocument(created.toObject()).toJson(QJsonDocument::Compact).toStdString());
}

WebDriverSession::~WebDriverSession()
{
    if (!m_sessionId.isEmpty()) {
        QJsonValue ignored;
        QString error;
        if (!tryCommand("DELETE", sessionPath({}), {}, 10'000, &ignored, &error))
            WARN("WebDriver: the session was not deleted (" << error.toStdString()
                                                            << "); killing the browser");
    }
    endDriver();
}

bool WebDriverSession::available()
{
    return QFileInfo(chromium).isExecutable() && QFileInfo(chromedriver).isExecutable();
}

void WebDriverSession::startDriver()
{
    // chromedriver leads a process group of its own (Chromium and its helpers join it), so the
    // destructor ends them all; it dies with the test process even when that is killed.
    m_driver.setChildProcessModifier([] {
        ::setsid();
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    m_driver.setProcessChannelMode(QProcess::MergedChannels);
    // Chromium's settings and crash reports go into the temporary folder, never the user's.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_profile.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"),
                       m_profile.filePath(QStringLiteral("cache")));
    m_driver.setProcessEnvironment(environment);
    QString lastProblem;
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        if (m_port == 0)
            FAIL("no free local port for chromedriver");
        m_driver.start(chromedriver, {QStringLiteral("--port=%1").arg(m_port)});
        if (!m_driver.waitForStarted(5000))
            FAIL("chromedriver did not start: " << m_driver.errorString().toStdString());
        m_group = static_cast<int>(m_driver.processId());
        m_watchdog = startWatchdog(m_group);
        const QDeadlineTimer deadline(startTimeoutMs);
        while (!deadline.hasExpired() && m_driver.state() == QProcess::Running) {
            QJsonValue status;
            QString error;
            if (tryCommand("GET", QStringLiteral("/status"), {}, 2000, &status, &error) &&
                status.toObject().value(QStringLiteral("ready")).toBool())
                return;
            lastProblem = error;
            pause(100);
        }
        // Another program may have taken the port in between: try another one.
        lastProblem += QStringLiteral(" [chromedriver said: %1]")
                           .arg(QString::fromLocal8Bit(m_driver.readAll()).trimmed());
        endDriver();
    }
    FAIL("chromedriver never reported ready on /status: " << lastProblem.toStdString());
}

void WebDriverSession::endDriver()
{
    if (m_group > 0) {
        // SIGTERM lets chromedriver end first; then the group goes as a whole, Chromium and its
        // helpers included, even if chromedriver left them behind.
        ::kill(-m_group, SIGTERM);
        m_driver.waitForFinished(3000);
        ::kill(-m_group, SIGKILL);
        m_group = 0;
    }
    m_driver.kill();
    m_driver.waitForFinished(5000);
    // Chromium's crash handlers lead sessions of their own and leave when Chromium has gone;
    // they name the temporary folder (their database is under its XDG_CONFIG_HOME).
    const QDeadlineTimer deadline(5000);
    QList<pid_t> left = processesMentioning(m_profile.path());
    while (!left.isEmpty() && !deadline.hasExpired()) {
        ::usleep(50'000);
        left = processesMentioning(m_profile.path());
    }
    for (const pid_t pid : left)
        ::kill(pid, SIGKILL);
    if (m_watchdog > 0) {
        ::kill(m_watchdog, SIGKILL);
        ::waitpid(m_watchdog, nullptr, 0);
        m_watchdog = 0;
    }
}

QString WebDriverSession::sessionPath(const QString& rest) const
{
    return QStringLiteral("/session/") + m_sessionId + rest;
}

bool WebDriverSession::tryCommand(const QByteArray& method, const QString& path,
                                  const QJsonObject& body, int timeoutMs, QJsonValue* value,
                                  QString* error)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json; charset=utf-8"));
    request.setTransferTimeout(0);
    const QByteArray payload =
        method == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray();
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    bool timedOut = false;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (timedOut) {
        reply->abort();
        reply->deleteLater();
        *error = QStringLiteral("no answer within %1 s").arg(timeoutMs / 1000.0);
        return false;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    const QString networkError = reply->errorString();
    reply->deleteLater();
    if (status == 0) {
        *error = QStringLiteral("no HTTP answer (%1)").arg(networkError);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("HTTP %1 with a body that is no JSON object: %2")
                     .arg(status)
                     .arg(QString::fromUtf8(answer.left(300)));
        return false;
    }
    *value = document.object().value(QStringLiteral("value"));
    if (status != 200) {
        const QJsonObject problem = value->toObject();
        // chromedriver's message ends with its session and system details: the first line says it
        const QString message =
            problem.value(QStringLiteral("message")).toString().section(QLatin1Char('\n'), 0, 0);
        *error = QStringLiteral("HTTP %1, %2: %3")
                     .arg(status)
                     .arg(problem.value(QStringLiteral("error")).toString(), message);
        return false;
    }
    return true;
}

QJsonValue WebDriverSession::command(const QByteArray& method, const QString& path,
                                     const QJsonObject& body, int timeoutMs)
{
    QJsonValue value;
    QString error;
    if (!tryCommand(method, path, body, timeoutMs, &value, &error)) {
        QString command = QString::fromLatin1(method) + QLatin1Char(' ') + path;
        if (!body.isEmpty())
            command +=
                QLatin1Char(' ') +
                QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)).left(300);
        FAIL("WebDriver " << command.toStdString() << " failed: " << error.toStdString());
    }
    return value;
}

WebElement WebDriverSession::elementOf(const QJsonValue& value, const QString& what)
{
    const QString id =
        value.toObject().value(QString::fromLatin1(WebElement::referenceKey)).toString();
    if (id.isEmpty())
        FAIL("WebDriver answered " << what.toStdString() << " with no element reference");
    return WebElement{id};
}

void WebDriverSession::navigate(const QUrl& url)
{
    command("POST", sessionPath(QStringLiteral("/url")), {{QStringLiteral("url"), url.toString()}});
}

QString WebDriverSession::currentUrl()
{
    return command("GET", sessionPath(QStringLiteral("/url"))).toString();
}

QString WebDriverSession::title()
{
    return command("GET", sessionPath(QStringLiteral("/title"))).toString();
}

QString WebDriverSession::pageSource()
{
    return command("GET", sessionPath(QStringLiteral("/source"))).toString();
}

WebElement WebDriverSession::findElement(const QString& css)
{
    return elementOf(command("POST", sessionPath(QStringLiteral("/element")),
                             {{QStringLiteral("using"), QStringLiteral("css selector")},
                              {QStringLiteral("value"), css}}),
                     css);
}

QList<WebElement> WebDriverSession::findElements(const QString& css)
{
    QList<WebElement> elements;
    const QJsonValue found = command("POST", sessionPath(QStringLiteral("/elements")),
                                     {{QStringLiteral("using"), QStringLiteral("css selector")},
                                      {QStringLiteral("value"), css}});
    for (const QJsonValue& element : found.toArray())
        elements << elementOf(element, css);
    return elements;
}

void WebDriverSession::sendKeys(const WebElement& element, const QString& text)
{
    command("POST", sessionPath(QStringLiteral("/element/%1/value").arg(element.id)),
            {{QStringLiteral("text"), text}});
}

void WebDriverSession::click(const WebElement& element)
{
    command("POST", sessionPath(QStringLiteral("/element/%1/click").arg(element.id)));
}

void WebDriverSession::submitWith(const WebElement& element)
{
    // Every document has its own performance.timeOrigin: a new one is the answer's page.
    const QString origin = QStringLiteral("return String(performance.timeOrigin);");
    const QString before = executeScript(origin).toString();
    click(element);
    const QDeadlineTimer deadline(callTimeoutMs);
    QString lastProblem;
    while (!deadline.hasExpired()) {
        QJsonValue now;
        QJsonValue ready;
        // Between the two pages the browser may answer a script with an error: try again.
        if (tryCommand("POST", sessionPath(QStringLiteral("/execute/sync")),
                       {{QStringLiteral("script"), origin}, {QStringLiteral("args"), QJsonArray()}},
                       callTimeoutMs, &now, &lastProblem) &&
            now.toString() != before &&
            tryCommand("POST", sessionPath(QStringLiteral("/execute/sync")),
                       {{QStringLiteral("script"), QStringLiteral("return document.readyState;")},
                        {QStringLiteral("args"), QJsonArray()}},
                       callTimeoutMs, &ready, &lastProblem) &&
            ready.toString() == QLatin1String("complete"))
            return;
        pause(50);
    }
    FAIL("the page a form sent did not load within " << callTimeoutMs / 1000 << " s "
                                                     << lastProblem.toStdString());
}

void WebDriverSession::clear(const WebElement& element)
{
    command("POST", sessionPath(QStringLiteral("/element/%1/clear").arg(element.id)));
}

QString WebDriverSession::attribute(const WebElement& element, const QString& name)
{
    const QJsonValue value = command(
        "GET", sessionPath(QStringLiteral("/element/%1/attribute/%2").arg(element.id, name)));
    return value.isNull() ? QString() : value.toString(QStringLiteral(""));
}

QJsonValue WebDriverSession::property(const WebElement& element, const QString& name)
{
    return command("GET",
                   sessionPath(QStringLiteral("/element/%1/property/%2").arg(element.id, name)));
}

QString WebDriverSession::text(const WebElement& element)
{
    return command("GET", sessionPath(QStringLiteral("/element/%1/text").arg(element.id)))
        .toString();
}

QJsonValue WebDriverSession::executeScript(const QString& script, const QJsonArray& args)
{
    return command("POST", sessionPath(QStringLiteral("/execute/sync")),
                   {{QStringLiteral("script"), script}, {QStringLiteral("args"), args}});
}

void WebDriverSession::screenshot(const QString& path)
{
    // The window as tall as the page (and its own frame), so the picture shows all of it.
    const QJsonArray sizes =
        executeScript(
            QStringLiteral("return [document.documentElement.scrollHeight, "
                           "window.outerHeight - window.innerHeight, window.outerWidth];"))
            .toArray();
    const int height = sizes.at(0).toInt() + sizes.at(1).toInt();
    if (height > 0)
        command("POST", sessionPath(QStringLiteral("/window/rect")),
                {{QStringLiteral("width"), sizes.at(2).toInt()},
                 {QStringLiteral("height"), std::min(height, 8000)}});
    const QByteArray png = QByteArray::fromBase64(
        command("GET", sessionPath(QStringLiteral("/screenshot"))).toString().toLatin1());
    if (!png.startsWith("\x89PNG"))
        FAIL("WebDriver's screenshot is no PNG (" << png.size() << " bytes)");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size())
        FAIL("cannot write the screenshot " << path.toStdString() << ": "
                                            << file.errorString().toStdString());
}
