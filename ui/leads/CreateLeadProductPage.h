#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;

/// Step 1: the products listed on the acting account's marketplaces, with a filter box.
class CreateLeadProductPage : public QWizardPage {
    Q_OBJECT

public:
    explicit CreateLeadProductPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    QString productId() const;
    QListWidget* list() const { return m_list; }
    QLineEdit* filter() const { return m_filter; }

private:
    void applyFilter(const QString& text);

    QLineEdit* m_filter;
    QListWidget* m_list;
    QLabel* m_empty;
};
