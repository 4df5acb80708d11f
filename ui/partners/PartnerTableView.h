#pragma once

#include <QTableView>

/// The read-only, row-selecting table of the Partner details tabs: arrows move within it, Tab
/// moves on, columns fit their contents up to a width.
class PartnerTableView : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerTableView)

public:
    PartnerTableView(const QString& name, const QString& accessibleName, QWidget* parent);

    /// Fits the columns to their contents, each but the last at most maxWidth wide.
    void fitColumns(int maxWidth);
};
