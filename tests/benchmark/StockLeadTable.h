#pragma once

#include "common/Result.h"

#include <QString>
#include <QVariant>

#include <memory>

class QSqlTableModel;

/// What a plain Qt application does: a QSqlTableModel on the leads table of its own
/// connection, filtered to the leads an account may see and sorted newest first.
class StockLeadTable {
public:
    explicit StockLeadTable(QString accountId);
    ~StockLeadTable();
    StockLeadTable(const StockLeadTable&) = delete;
    StockLeadTable& operator=(const StockLeadTable&) = delete;

    /// Opens a connection to path and sets the table, filter and sort; nothing is selected yet.
    Result<void> open(const QString& path);
    /// select(): runs the query and fetches the first rows; reads the first cell as a view
    /// showing them would.
    Result<void> select();

    void sortByCreated();
    void sortByName();
    /// Only the visible leads whose name contains word (LIKE '%word%'), or all with an empty word.
    void setSearch(const QString& word);

    int rowCount() const;
    /// The first cell of row (-1: the last row fetched so far).
    QVariant firstCell(int row) const;
    /// fetchMore() until nothing is left; returns the number of rows.
    int fetchAll();
    /// A copy of lead sourceId with the ID newId, through insertRecord() and submitAll().
    Result<void> insertCopy(const QString& sourceId, const QString& newId);

    QSqlTableModel* model() const { return m_model.get(); }

private:
    QString visibility() const;

    QString m_accountId;
    QString m_connectionName;
    std::unique_ptr<QSqlTableModel> m_model;
};
