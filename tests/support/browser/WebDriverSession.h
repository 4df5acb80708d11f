#pragma once

#include "WebElement.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

/// A real browser for tests: Debian's headless Chromium driven over W3C WebDriver by Debian's
/// chromedriver (packages chromium and chromium-driver), which this object starts on a free
/// local port and ends with itself.
///
/// Every call waits on a local event loop, so a server on the test's own thread (IntakeServer)
/// answers the browser meanwhile. A call that fails, or gets no answer within callTimeoutMs, is a
/// Catch2 FAIL that names the WebDriver command and its error: never a hang. The destructor
/// deletes the session and kills chromedriver's whole process group (Chromium with it), also when
/// the test failed; a watchdog child kills them when the test process dies without its
/// destructors (a crash, kill -9, a CTest timeout).
class WebDriverSession {
public:
    static constexpr int callTimeoutMs = 30'000;
    static constexpr int startTimeoutMs = 20'000;

    /// Starts chromedriver and a Chromium session (headless, an empty profile in a temporary
    /// folder, a window of windowWidth × windowHeight CSS pixels).
    explicit WebDriverSession(int windowWidth = 1000, int windowHeight = 1400);
    ~WebDriverSession();
    WebDriverSession(const WebDriverSession&) = delete;
    WebDriverSession& operator=(const WebDriverSession&) = delete;

    /// Whether Debian's chromium and chromedriver are installed where this class looks.
    static bool available();

    /// Opens url and waits until it has loaded.
    void navigate(const QUrl& url);
    QString currentUrl();
    QString title();
    /// The page's DOM as HTML (as the browser holds it now, not the bytes it received).
    QString pageSource();

    /// The first element matching a CSS selector; FAILs when there is none.
    WebElement findElement(const QString& css);
    /// Every element matching a CSS selector (none is no failure).
    QList<WebElement> findElements(const QString& css);
    /// Types text into element as a user would, key by key (after focusing it).
    void sendKeys(const WebElement& element, const QString& text);
    /// Clicks element as a user would (scrolled into view; an <option> is chosen); waits for a
    /// page load it starts.
    void click(const WebElement& element);
    /// Clicks element, which sends a form, and waits until the page the server answers with has
    /// loaded. chromedriver's click alone may return before a slow answer (a loaded machine, a
    /// sanitizer build) has even started the new page.
    void submitWith(const WebElement& element);
    void clear(const WebElement& element);
    /// The element's attribute as written in the page; a null QString when it has none.
    QString attribute(const WebElement& element, const QString& name);
    /// The element's DOM property (e.g. "value", "checked").
    QJsonValue property(const WebElement& element, const QString& name);
    /// The element's rendered text.
    QString text(const WebElement& element);

    /// Runs script as a function body with args (WebElement::reference() for elements) and
    /// returns what it returns. For checks only (element.validity…), never to fill in a form.
    QJsonValue executeScript(const QString& script, const QJsonArray& args = {});
    /// Saves a PNG of the whole page to path (the window grows to the page's height first).
    void screenshot(const QString& path);

private:
    /// One WebDriver command; its "value" on success. FAILs on an error answer, a network error
    /// or no answer within timeoutMs.
    QJsonValue command(const QByteArray& method, const QString& path, const QJsonObject& body = {},
                       int timeoutMs = callTimeoutMs);
    /// As command, without failing: whether it succeeded, with the value or the error text.
    bool tryCommand(const QByteArray& method, const QString& path, const QJsonObject& body,
                    int timeoutMs, QJsonValue* value, QString* error);
    QString sessionPath(const QString& rest) const;
    static WebElement elementOf(const QJsonValue& value, const QString& what);
    void startDriver();
    void createSession(int windowWidth, int windowHeight);
    void endDriver();

    QTemporaryDir m_profile; ///< Chromium's --user-data-dir, removed after the driver ended
    QProcess m_driver;
    QNetworkAccessManager m_network;
    int m_group = 0;    ///< chromedriver's process group (its pid), Chromium's too
    int m_watchdog = 0; ///< the pid of the child that kills the driver's group if we die
    quint16 m_port = 0;
    QString m_sessionId;
};
