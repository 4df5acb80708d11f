#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QVBoxLayout;
class QWidget;

/// Building blocks shared by the details windows (lead, partner): forms, notes, the content
/// that reload() replaces, and bringing a window to the front.
class DetailsParts {
public:
    /// A top-aligned form whose fields grow.
    static QFormLayout* newForm();
    /// A muted, word-wrapped explanation (empty states).
    static QLabel* note(const QString& text, const QString& name, QWidget* parent);
    /// Retires content (later: it may be the sender of the reload) and puts a new, empty
    /// content widget named name in its place; returns its layout.
    static QVBoxLayout* replaceContent(QWidget* window, QWidget*& content, const QString& name);
    /// The message a window shows instead of its fields when loading failed.
    static void showLoadError(QVBoxLayout* content, const QString& message, const QString& name);
    static void bringToFront(QWidget* window);
};
