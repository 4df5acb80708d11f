#pragma once

#include <QCoreApplication>
#include <QString>

#include <QList>

class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;
class QWidget;

/// Building blocks shared by the details windows (lead, partner): forms, notes, the content
/// that reload() replaces, and bringing a window to the front.
class DetailsParts {
    Q_DECLARE_TR_FUNCTIONS(DetailsParts)

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
    /// The record's name at the top of the window: larger (by scale), bold, selectable.
    static QLabel* title(const QString& text, const QString& name, qreal scale, QWidget* parent);
    /// A muted, selectable identifier under the title.
    static QLabel* identifier(const QString& text, const QString& name, QWidget* parent);
    /// Gives every caption (a label with a buddy) below page one width, so that the values of
    /// all its forms line up.
    static void alignCaptions(QWidget* page);
    /// A link (href as ObjectWindow::link makes it) that Tab reaches and Enter opens, whose
    /// accessible name is its text.
    static QLabel* linkLabel(const QString& text, const QString& href, const QString& name,
                             QWidget* parent);
    /// Shows label as an empty field: CellText::empty() in the placeholder colour, as an empty
    /// directory cell shows.
    static void showEmpty(QLabel* label);
    /// A plain, selectable text.
    static QLabel* textLabel(const QString& text, const QString& name, QWidget* parent);
    /// parts side by side, from the left, in a widget of their own: each part stays a node of
    /// its own for a screen reader.
    static QWidget* row(const QList<QLabel*>& parts, QWidget* parent);
    /// A Close button at the bottom right of content that closes window.
    static QPushButton* addCloseButton(QWidget* window, QVBoxLayout* content, const QString& name);
};
