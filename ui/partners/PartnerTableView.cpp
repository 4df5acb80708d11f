#include "partners/PartnerTableView.h"

#include <QHeaderView>

PartnerTableView::PartnerTableView(const QString& name, const QString& accessibleName,
                                   QWidget* parent)
    : QTableView(parent)
{
    setObjectName(name);
    setAccessibleName(accessibleName);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Arrows move within the table; Tab moves on to the next control.
    setTabKeyNavigation(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setStretchLastSection(true);
}

void PartnerTableView::fitColumns(int maxWidth)
{
    resizeColumnsToContents();
    const int columns = model() ? model()->columnCount() : 0;
    for (int column = 0; column + 1 < columns; ++column)
        setColumnWidth(column, qMin(columnWidth(column) + 12, maxWidth));
}
