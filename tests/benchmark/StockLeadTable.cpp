#include "StockLeadTable.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>

#include <atomic>

namespace {

/// A literal for SQL text: the stock model filters with plain strings.
QString quoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

QString escapedForLike(QString text)
{
    return text.replace(QLatin1Char('%'), QString()).replace(QLatin1Char('_'), QString());
}

} // namespace

StockLeadTable::StockLeadTable(QString accountId)
    : m_accountId(std::move(accountId))
{
    static std::atomic<int> connections{0};
    m_connectionName = QStringLiteral("stock-benchmark-%1").arg(++connections);
}

StockLeadTable::~StockLeadTable()
{
    m_model.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString StockLeadTable::visibility() const
{
    return QStringLiteral("(vendor_account_id = %1 OR distributor_account_id = %1)")
        .arg(quoted(m_accountId));
}

Result<void> StockLeadTable::open(const QString& path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{ErrorCode::Storage, db.lastError().text()};
    m_model = std::make_unique<QSqlTableModel>(nullptr, db);
    m_model->setEditStrategy(QSqlTableModel::OnManualSubmit);
    m_model->setTable(QStringLiteral("leads"));
    if (m_model->lastError().isValid())
        return Error{ErrorCode::Storage, m_model->lastError().text()};
    setSearch(QString());
    sortByCreated();
    return {};
}

Result<void> StockLeadTable::select()
{
    if (!m_model->select())
        return Error{ErrorCode::Storage, m_model->lastError().text()};
    firstCell(0);
    return {};
}

void StockLeadTable::sortByCreated()
{
    m_model->setSort(m_model->fieldIndex(QStringLiteral("created_at")), Qt::DescendingOrder);
}

void StockLeadTable::sortByName()
{
    m_model->setSort(m_model->fieldIndex(QStringLiteral("name")), Qt::AscendingOrder);
}

void StockLeadTable::setSearch(const QString& word)
{
    if (word.isEmpty())
        m_model->setFilter(visibility());
    else
        m_model->setFilter(visibility() + QStringLiteral(" AND name LIKE ") +
                           quoted(QLatin1Char('%') + escapedForLike(word) + QLatin1Char('%')));
}

int StockLeadTable::rowCount() const
{
    return m_model->rowCount();
}

QVariant StockLeadTable::firstCell(int row) const
{
    const int target = row < 0 ? m_model->rowCount() - 1 : row;
    return m_model->data(m_model->index(target, 0));
}

int StockLeadTable::fetchAll()
{
    while (m_model->canFetchMore())
        m_model->fetchMore();
    return m_model->rowCount();
}

Result<void> StockLeadTable::insertCopy(const QString& sourceId, const QString& newId)
{
    QSqlQuery source(m_model->database());
    source.prepare(QStringLiteral("SELECT * FROM leads WHERE id = ?"));
    source.addBindValue(sourceId);
    if (!source.exec() || !source.next())
        return Error{ErrorCode::NotFound,
                     QStringLiteral("lead %1: %2").arg(sourceId, source.lastError().text())};
    QSqlRecord record = source.record();
    record.setValue(QStringLiteral("id"), newId);
    if (!m_model->insertRecord(-1, record))
        return Error{ErrorCode::Storage, m_model->lastError().text()};
    if (!m_model->submitAll()) {
        const QString message = m_model->lastError().text();
        m_model->revertAll();
        return Error{ErrorCode::Storage, message};
    }
    return {};
}
