#pragma once

#include <QJsonObject>
#include <QString>

/// An element of the page a WebDriverSession shows, as WebDriver names it (its web element
/// reference); valid until the page changes.
struct WebElement {
    /// The key of a web element reference in WebDriver's JSON (W3C WebDriver, 12.1).
    static constexpr const char* referenceKey = "element-6066-11e4-a52e-4f735466cecf";

    QString id;

    /// The element as a WebDriver argument, e.g. for WebDriverSession::executeScript.
    QJsonObject reference() const { return {{QString::fromLatin1(referenceKey), id}}; }
};
