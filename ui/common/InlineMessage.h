#pragma once

#include "common/ToneColors.h"

#include <QLabel>

/// The one inline message of the app: an error, a warning or an information shown in a window
/// (under a field, above buttons), hidden while it has nothing to say. Its colours come from the
/// palette (a tint of the window colour, the palette's text colour), so a dark theme reads as
/// well as a light one; its text is what a screen reader reads, its kind the description.
class InlineMessage : public QLabel {
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Information };

    explicit InlineMessage(QWidget* parent = nullptr, Kind kind = Kind::Error);
    /// A hidden message named objectName (tests and the accessibility tree find it by the name).
    static InlineMessage* create(QWidget* parent, const QString& objectName,
                                 Kind kind = Kind::Error);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    /// Shows text as a message of kind and announces it; an empty text hides the message.
    void showMessage(const QString& text, Kind kind = Kind::Error);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    ToneColors::Tone tone() const;

    Kind m_kind;
};
