#pragma once

#include "directory/DirectoryChoice.h"
#include "directory/DirectoryIndex.h"
#include "directory/DirectoryQuery.h"
#include "directory/DirectoryRow.h"
#include "directory/DirectorySource.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"
#include "transfer/DirectoryExport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

class DirectoryLoader;

/// A directory table that stays instant at millions of rows: the first window shows before any
/// count, then only windows around what the view shows are read, by key, on a loader thread
/// (core's DirectoryLoader), and kept in a bounded cache. Sort, filters and search become SQL.
/// Rows not read yet show "Loading…". Subclasses say what each cell shows.
class DirectoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int LoadedRole = Qt::UserRole + 2;
    static constexpr int windowRows = 128;
    static constexpr int maxCachedWindows = 64;

    explicit DirectoryModel(const DirectorySource& source, QObject* parent = nullptr);
    ~DirectoryModel() override;

    const DirectorySource& source() const { return m_source; }
    /// Starts reading workspace for acting (on the loader thread's own connection).
    void open(const WorkspaceHandle& workspace, const ActingContext& acting);
    void close();
    bool isOpen() const { return m_loader != nullptr; }
    WorkspaceHandle workspace() const { return m_workspace; }
    ActingContext acting() const { return m_acting; }
    /// A cell as plain text for a CSV export (one line).
    virtual QString exportText(const DirectoryRow& row, int column) const;
    /// Export columns for the given view columns, in that order (all columns when empty).
    QList<ExportColumn> exportColumns(QList<int> columns = {}) const;

    DirectoryQuery query() const { return m_query; }
    /// Reads the rows anew for query (sort and filter keys must be the source's).
    void setQuery(const DirectoryQuery& query);
    /// Reads the rows anew: after a write, the current query shows the new state.
    void reload();
    /// Reads the rows anew while the old ones stay shown (no reset: the view keeps its scroll
    /// position); refreshed() says when the new rows are counted and placed.
    void refresh();
    /// The workspace tables whose changes by other users refresh the directory (ChangeFeed).
    void setLiveTables(const QStringList& tables) { m_liveTables = tables; }
    /// The column keys the view may sort and filter by, by view column.
    QString columnKey(int column) const;
    bool isSortable(int column) const;

    /// The number of rows of the current query, or -1 while it is being counted.
    qint64 totalCount() const { return m_totalCount; }
    bool isRowLoaded(int row) const;
    QString idAt(int row) const;
    /// Finds the row of object id (emitted by located()).
    void locate(const QString& id);
    const DirectoryRow* rowAt(int row) const;
    int cachedWindowCount() const { return static_cast<int>(m_cache.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
    /// Searches the rows already read only (type-ahead in the view): reading every window to
    /// find a match would load the whole directory, and unread rows say "Loading…".
    QModelIndexList match(const QModelIndex& start, int role, const QVariant& value, int hits,
                          Qt::MatchFlags flags) const override;

signals:
    void firstWindowLoaded();
    void countChanged(qint64 count);
    void windowLoaded(int firstRow, int lastRow);
    /// row is -1 when the current query does not show the object.
    void located(const QString& id, int row);
    void loadFailed(const QString& message);
    /// Another user or program changed one of the live tables.
    void changedElsewhere();
    /// refresh() has read the new count and first rows.
    void refreshed();

protected:
    virtual QStringList headers() const = 0;
    virtual QVariant cell(const DirectoryRow& row, int column, int role) const = 0;

private:
    void start();
    /// Asks the loader for the first window and the index of the current generation.
    void post();
    void forgetRows();
    void request(int window) const;
    void storeWindow(int window, const QList<DirectoryRow>& rows);
    void resizeTo(int rows);
    void onFirst(quint64 generation, const QList<DirectoryRow>& rows);
    void onWindow(quint64 generation, int window, const QList<DirectoryRow>& rows);
    void onIndex(quint64 generation, const DirectoryIndex& index);

    const DirectorySource& m_source;
    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    DirectoryQuery m_query;
    DirectoryLoader* m_loader = nullptr; ///< a child, so deleted with the model
    quint64 m_generation = 0;
    int m_rowCount = 0;
    qint64 m_totalCount = -1;
    DirectoryIndex m_index;
    bool m_indexed = false;
    QHash<int, QList<DirectoryRow>> m_cache;
    mutable QList<int> m_recent;    ///< cached windows, least recently used first
    mutable QSet<int> m_pending;    ///< windows asked for and not yet read
    mutable int m_shownWindow = -1; ///< the window of the row last shown
    QPair<QString, qint64> m_locatedBeforeIndex;
    QStringList m_liveTables;
    bool m_refreshing = false; ///< the rows shown are the old ones until the new index is read
    bool m_hasRefreshedFirst = false;
    QList<DirectoryRow> m_refreshedFirst; ///< the new window 0, read before the new index
    QMetaObject::Connection m_feedConnection;
};
