#include "common/DirectoryModel.h"

#include "common/CellText.h"
#include "directory/DirectoryLoader.h"
#include "live/ChangeFeed.h"
#include "storage/Workspace.h"

#include <QGuiApplication>
#include <QPalette>

#include <limits>

DirectoryModel::DirectoryModel(const DirectorySource& source, QObject* parent)
    : QAbstractTableModel(parent)
    , m_source(source)
    , m_query(source.checked({}).value())
{
}

DirectoryModel::~DirectoryModel()
{
    // No reset here: a view still attached would ask for the columns of the subclass, which is
    // already gone. The loader, a child, is deleted with the model.
    if (m_loader)
        m_loader->stop();
}

void DirectoryModel::open(const WorkspaceHandle& workspace, const ActingContext& acting)
{
    close();
    m_workspace = workspace;
    m_acting = acting;
    auto* loader = new DirectoryLoader(m_source, m_workspace, m_acting, this);
    connect(loader, &DirectoryLoader::openFailed, this, &DirectoryModel::loadFailed);
    connect(loader, &DirectoryLoader::failed, this,
            [this](quint64 generation, const QString& message) {
                if (generation == m_generation)
                    emit loadFailed(message);
            });
    connect(loader, &DirectoryLoader::firstLoaded, this, &DirectoryModel::onFirst);
    connect(loader, &DirectoryLoader::windowLoaded, this, &DirectoryModel::onWindow);
    connect(loader, &DirectoryLoader::indexLoaded, this, &DirectoryModel::onIndex);
    connect(loader, &DirectoryLoader::windowsDropped, this,
            [this](quint64 generation, const QList<int>& windows) {
                if (generation == m_generation)
                    for (int window : windows)
                        m_pending.remove(window);
            });
    connect(loader, &DirectoryLoader::located, this,
            [this](quint64 generation, const QString& id, qint64 position) {
                if (generation != m_generation)
                    return;
                if ((position >= m_rowCount && !m_indexed) || m_refreshing) {
                    // Found beyond the first window: say so once the rows are counted.
                    m_locatedBeforeIndex = {id, position};
                    return;
                }
                emit located(id, position < 0 || position >= m_rowCount ? -1 : int(position));
            });
    m_loader = loader;
    loader->start();
    start();
    if (ChangeFeed* feed = m_workspace ? ChangeFeed::of(*m_workspace) : nullptr)
        m_feedConnection = connect(feed, &ChangeFeed::changed, this, [this](const QString& table) {
            if (ChangeFeed::concerns(table, m_liveTables))
                emit changedElsewhere();
        });
}

void DirectoryModel::close()
{
    disconnect(m_feedConnection);
    if (m_loader) {
        m_loader->stop();
        delete std::exchange(m_loader, nullptr);
    }
    m_workspace.reset();
    forgetRows();
}

void DirectoryModel::forgetRows()
{
    // A new generation: whatever the loader still sends for the old one is dropped.
    beginResetModel();
    ++m_generation;
    m_rowCount = 0;
    m_totalCount = -1;
    m_index = {};
    m_indexed = false;
    m_locatedBeforeIndex = {};
    m_refreshing = false;
    m_hasRefreshedFirst = false;
    m_refreshedFirst.clear();
    m_shownWindow = -1;
    m_cache.clear();
    m_recent.clear();
    m_pending.clear();
    endResetModel();
}

void DirectoryModel::setQuery(const DirectoryQuery& query)
{
    auto checked = m_source.checked(query);
    if (!checked) {
        emit loadFailed(checked.error().message);
        return;
    }
    m_query = checked.value();
    if (m_loader)
        start();
}

void DirectoryModel::reload()
{
    if (m_loader)
        start();
}

void DirectoryModel::refresh()
{
    if (!m_loader)
        return;
    if (!m_indexed) {
        start();
        return;
    }
    // A new generation whose rows replace the old ones once its index is read.
    ++m_generation;
    m_refreshing = true;
    m_pending.clear();
    m_locatedBeforeIndex = {};
    post();
}

void DirectoryModel::start()
{
    forgetRows();
    emit countChanged(-1);
    post();
}

void DirectoryModel::post()
{
    m_loader->setGeneration(m_generation);
    DirectoryRequest first;
    first.kind = DirectoryRequest::Kind::First;
    first.generation = m_generation;
    first.query = m_query;
    first.limit = windowRows;
    m_loader->post(first);
    DirectoryRequest index = first;
    index.kind = DirectoryRequest::Kind::Index;
    m_loader->post(index);
    m_pending.insert(0);
}

QString DirectoryModel::columnKey(int column) const
{
    return column >= 0 && column < m_source.columns().size() ? m_source.columns()[column].key
                                                             : QString();
}

bool DirectoryModel::isSortable(int column) const
{
    return column >= 0 && column < m_source.columns().size() &&
           m_source.columns()[column].sortable();
}

void DirectoryModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    DirectoryQuery query = m_query;
    query.sortColumn = columnKey(column);
    query.descending = order == Qt::DescendingOrder;
    if (query != m_query)
        setQuery(query);
}

const DirectoryRow* DirectoryModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const auto found = m_cache.constFind(row / windowRows);
    if (found == m_cache.cend() || row % windowRows >= found->size())
        return nullptr;
    return &found->at(row % windowRows);
}

bool DirectoryModel::isRowLoaded(int row) const
{
    return rowAt(row) != nullptr;
}

QString DirectoryModel::idAt(int row) const
{
    const DirectoryRow* found = rowAt(row);
    return found ? found->id : QString();
}

void DirectoryModel::locate(const QString& id)
{
    if (!m_loader)
        return;
    DirectoryRequest request;
    request.kind = DirectoryRequest::Kind::Locate;
    request.generation = m_generation;
    request.query = m_query;
    request.id = id;
    m_loader->post(request);
}

QString DirectoryModel::exportText(const DirectoryRow& row, int column) const
{
    return cell(row, column, Qt::DisplayRole)
        .toString()
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QList<ExportColumn> DirectoryModel::exportColumns(QList<int> columns) const
{
    if (columns.isEmpty())
        for (int column = 0; column < columnCount(); ++column)
            columns << column;
    QList<ExportColumn> result;
    for (const int column : std::as_const(columns))
        result << ExportColumn{
            headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
            [this, column](const DirectoryRow& row) { return exportText(row, column); }};
    return result;
}

int DirectoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int DirectoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(headers().size());
}

QVariant DirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < headers().size())
        return headers().at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant DirectoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int window = index.row() / windowRows;
    const DirectoryRow* row = rowAt(index.row());
    if (row) {
        // Most recently used last; the list is at most maxCachedWindows long.
        if (m_recent.isEmpty() || m_recent.last() != window) {
            m_recent.removeOne(window);
            m_recent << window;
        }
        if (window != m_shownWindow) {
            // The view moved to this window: read its neighbours before they are scrolled to.
            m_shownWindow = window;
            request(window + 1);
            request(window - 1);
        }
        if (role == IdRole)
            return row->id;
        if (role == LoadedRole)
            return true;
        if (role == Qt::DisplayRole)
            return CellText::display(cell(*row, index.column(), role));
        if (role == Qt::ForegroundRole)
            return CellText::foreground(cell(*row, index.column(), Qt::DisplayRole),
                                        cell(*row, index.column(), role));
        return cell(*row, index.column(), role);
    }
    if (role == Qt::DisplayRole || role == LoadedRole)
        request(window);
    if (role == LoadedRole)
        return false;
    if (role == Qt::DisplayRole && index.column() == 0)
        return tr("Loading\u2026");
    if (role == Qt::ForegroundRole)
        return QGuiApplication::palette().brush(QPalette::PlaceholderText);
    return {};
}

QModelIndexList DirectoryModel::match(const QModelIndex& start, int role, const QVariant& value,
                                      int hits, Qt::MatchFlags flags) const
{
    QModelIndexList found;
    if (!start.isValid() || start.model() != this)
        return found;
    const Qt::MatchFlags type = flags & Qt::MatchTypeMask;
    const Qt::CaseSensitivity cs =
        flags.testFlag(Qt::MatchCaseSensitive) ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const QString text = value.toString();
    const auto matches = [&](const QVariant& cellValue) {
        const QString cellText = cellValue.toString();
        switch (type) {
        case Qt::MatchExactly:
            return cellValue == value;
        case Qt::MatchContains:
            return cellText.contains(text, cs);
        case Qt::MatchStartsWith:
            return cellText.startsWith(text, cs);
        case Qt::MatchEndsWith:
            return cellText.endsWith(text, cs);
        default: // MatchFixedString and the pattern types: the whole text
            return cellText.compare(text, cs) == 0;
        }
    };
    const bool wrap = flags.testFlag(Qt::MatchWrap);
    const QList<std::pair<int, int>> ranges =
        wrap ? QList<std::pair<int, int>>{{start.row(), m_rowCount}, {0, start.row()}}
             : QList<std::pair<int, int>>{{start.row(), m_rowCount}};
    for (const auto& [first, end] : ranges) {
        for (int row = first; row < end; ++row) {
            const DirectoryRow* cached = rowAt(row);
            if (!cached) { // skip to the next window
                row = (row / windowRows + 1) * windowRows - 1;
                continue;
            }
            const QVariant cellValue =
                role == IdRole ? QVariant(cached->id) : cell(*cached, start.column(), role);
            if (matches(cellValue)) {
                found << index(row, start.column());
                if (hits != -1 && found.size() >= hits)
                    return found;
            }
        }
    }
    return found;
}

void DirectoryModel::request(int window) const
{
    if (!m_loader || m_refreshing || window < 0 || m_cache.contains(window) ||
        m_pending.contains(window) || (!m_indexed && window > 0) ||
        (m_indexed && window >= m_index.anchors.size()))
        return;
    m_pending.insert(window);
    DirectoryRequest request;
    request.kind = DirectoryRequest::Kind::Window;
    request.generation = m_generation;
    request.query = m_query;
    request.window = window;
    request.limit = windowRows;
    request.from = m_index.anchors.value(window);
    m_loader->post(request);
}

void DirectoryModel::storeWindow(int window, const QList<DirectoryRow>& rows)
{
    m_pending.remove(window);
    m_cache.insert(window, rows);
    m_recent.removeOne(window);
    m_recent << window;
    while (m_recent.size() > maxCachedWindows)
        m_cache.remove(m_recent.takeFirst());
}

void DirectoryModel::resizeTo(int rows)
{
    if (rows > m_rowCount) {
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows({}, rows, m_rowCount - 1);
        m_rowCount = rows;
        endRemoveRows();
    }
}

void DirectoryModel::onFirst(quint64 generation, const QList<DirectoryRow>& rows)
{
    if (generation != m_generation)
        return;
    if (m_refreshing) {
        // Kept for the new index; the old window 0 stays shown until then.
        m_refreshedFirst = rows;
        m_hasRefreshedFirst = true;
        return;
    }
    storeWindow(0, rows);
    if (!m_indexed)
        resizeTo(static_cast<int>(rows.size()));
    else if (m_rowCount > 0)
        emit dataChanged(index(0, 0),
                         index(qMin<int>(m_rowCount, rows.size()) - 1, columnCount() - 1));
    if (rows.size() < windowRows && m_totalCount != rows.size()) {
        m_totalCount = rows.size();
        emit countChanged(m_totalCount);
    }
    emit firstWindowLoaded();
}

void DirectoryModel::onWindow(quint64 generation, int window, const QList<DirectoryRow>& rows)
{
    if (generation != m_generation)
        return;
    storeWindow(window, rows);
    const int first = window * windowRows;
    const int last = qMin(m_rowCount - 1, first + static_cast<int>(rows.size()) - 1);
    if (last >= first) {
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
        emit windowLoaded(first, last);
    }
}

void DirectoryModel::onIndex(quint64 generation, const DirectoryIndex& directoryIndex)
{
    if (generation != m_generation)
        return;
    const bool refreshing = std::exchange(m_refreshing, false);
    if (refreshing) {
        m_cache.clear();
        m_recent.clear();
        m_pending.clear();
        m_shownWindow = -1;
        if (std::exchange(m_hasRefreshedFirst, false))
            storeWindow(0, std::exchange(m_refreshedFirst, {}));
    }
    m_index = directoryIndex;
    m_indexed = true;
    // A view shows at most INT_MAX rows; the count says the whole truth.
    resizeTo(static_cast<int>(qMin<qint64>(directoryIndex.count, std::numeric_limits<int>::max())));
    m_totalCount = directoryIndex.count;
    emit countChanged(m_totalCount);
    if (!m_locatedBeforeIndex.first.isEmpty()) {
        const auto [id, position] = std::exchange(m_locatedBeforeIndex, {});
        emit located(id, position < m_rowCount ? int(position) : -1);
    }
    if (refreshing) {
        // Every row may have changed: the view asks again for the ones it shows.
        if (m_rowCount > 0)
            emit dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1));
        emit refreshed();
    }
}
