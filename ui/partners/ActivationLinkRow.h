#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

/// An invitation's activation link, read-only with a Copy button, and the date it expires.
class ActivationLinkRow : public QWidget {
    Q_OBJECT

public:
    explicit ActivationLinkRow(QWidget* parent = nullptr);

    void setLink(const QString& link, qint64 expiresAt);

    QLineEdit* linkEdit() const { return m_link; }
    QPushButton* copyButton() const { return m_copy; }
    QLabel* expiryLabel() const { return m_expiry; }

private:
    QLineEdit* m_link;
    QPushButton* m_copy;
    QLabel* m_expiry;
};
