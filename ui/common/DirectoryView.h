#pragma once

#include <QHash>
#include <QWidget>

#include "common/Result.h"
#include "directory/DirectoryChoice.h"
#include "directory/DirectoryQuery.h"
#include "directory/DirectoryState.h"

#include <functional>

class DirectoryFilterProxy;
class DirectoryModel;
class QPushButton;
class QTimer;
class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

/// A searchable, sortable table with a column chooser (header context menu) whose column
/// order, sizes, visibility and sort are remembered between runs under settingsKey.
class DirectoryView : public QWidget {
    Q_OBJECT

public:
    static constexpr int searchDelayMs = 150;

    /// name is the object name ("leadDirectory"); its children are named after it
    /// ("leadDirectoryTable", "leadDirectorySearch") and its layout is remembered under it.
    DirectoryView(const QString& name, const QString& accessibleName, QWidget* parent = nullptr);
    ~DirectoryView() override;

    /// A small in-memory model: searched, sorted and filtered in memory.
    void setSourceModel(QAbstractItemModel* model);
    /// A directory of any size: search (after a short pause in typing), sort and filters become
    /// the model's query; only sortable columns sort.
    void setDirectoryModel(DirectoryModel* model);
    DirectoryModel* directoryModel() const { return m_directoryModel; }
    /// The values a column filter of a directory model offers ("All" comes first).
    void setFilterChoices(int column, const QList<DirectoryChoice>& choices);
    /// Writes the rows of the directory model as it shows them (query, visible columns in their
    /// order) to a CSV file at path; progress(written, total) returns false to cancel.
    Result<qint64> exportTo(const QString& path,
                            const std::function<bool(qint64, qint64)>& progress = {}) const;
    /// Asks for a file (native dialog) and exports to it with a progress dialog.
    void exportWithDialog();
    QPushButton* exportButton() const { return m_export; }
    /// "1,234 rows", "12 matching", "Counting…".
    QString countText() const;
    /// Rows are this many text lines high (for two-line cells).
    void setLinesPerRow(int lines);
    /// Shown instead of the table when the model has no rows.
    void setEmptyText(const QString& text);
    /// Puts a widget (e.g. a "Create" button) at the right of the search line.
    void addToolWidget(QWidget* widget);
    /// Adds a labelled drop-down under the search line that keeps the rows showing one value of
    /// column; its choices are the column's values, refreshed when the rows change.
    QComboBox* addColumnFilter(const QString& label, int column);
    /// Adds two optional day inputs, "<label> from:" and "to:" (in the one date format of
    /// DisplayFormat, or YYYY-MM-DD; inclusive, local days), under the search line that keep the
    /// directory model's rows whose column columnKey (one that takes a day range) lies within them.
    /// Empty is no limit; a bad day or a range ending before it starts is named under the filters
    /// and not applied.
    void addDateRangeFilter(const QString& columnKey, const QString& label);
    /// Shows range in the column's day inputs and applies it (an empty range clears them).
    void setRange(const QString& columnKey, const DirectoryRange& range);
    /// What the column's day inputs hold: each day as YYYY-MM-DD, or as typed when it is no day.
    DirectoryRange range(const QString& columnKey) const;

    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    QSortFilterProxyModel* proxy() const;
    /// The source row behind the current table row, or -1.
    int currentSourceRow() const;
    /// Makes the row whose IdRole is id current (clearing the search and filters if they hide
    /// it); false if there is no such row.
    bool selectId(const QString& id);

    void saveLayout() const;

    /// Reads the directory model's rows anew keeping the scroll position and the current record
    /// (found again by ID wherever it moved; nothing is current when it is gone). Done by itself
    /// when another user changes the model's live tables.
    void refresh();

    /// What the directory shows as the controls have it: search, filters, ranges, sort, and the
    /// visible columns in their order with their widths (empty without a directory model).
    DirectoryState state() const;
    /// Shows state at once (search, filters, ranges, sort, columns) and reads the rows once.
    /// Columns the table lacks are skipped; a filter value its drop-down does not offer leaves
    /// that filter at "All". Returns a note for each part left out.
    QStringList applyState(const DirectoryState& state);

signals:
    /// Double-click or Enter on a row; sourceRow indexes the source model.
    void rowActivated(int sourceRow);
    void countTextChanged(const QString& text);
    /// The search, a filter, the sort or the columns changed (state() tells how they are now).
    void stateChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// False when nothing was remembered.
    bool restoreLayout();
    void showColumnMenu(const QPoint& position);
    void updateCountAndEmptyState();
    void fitColumns();
    void refreshFilterChoices();
    void applyQuery();
    DirectoryQuery queryFromControls() const;
    /// Shows the ranges of an applied state in the range filters; they are already in the query.
    void showRanges(const QMap<QString, DirectoryRange>& ranges);
    void keepSortIndicatorOnSortable(int column, Qt::SortOrder order);
    void selectLocated(const QString& id, int row);
    /// After refresh(): makes the kept record current again where it is now, not scrolling.
    void keepCurrent(const QString& id, int row);
    /// Names the first bad day range under the filters; when showIncomplete is false, days
    /// still being typed (shorter than any day in the date format) are not named yet.
    void showRangeProblem(bool showIncomplete);
    bool isNarrowed(const DirectoryQuery& query) const;

    QString m_settingsKey;
    QString m_accessibleName;
    QString m_emptyText;
    bool m_userSizedColumns = false; ///< columns fit their contents until the user resizes one
    bool m_fitting = false;
    QLineEdit* m_search;
    QLabel* m_countLabel;
    QLabel* m_emptyLabel;
    QTableView* m_table;
    DirectoryFilterProxy* m_proxy;
    class QHBoxLayout* m_toolLayout;
    class QHBoxLayout* m_filterLayout;
    QHash<int, QComboBox*> m_columnFilters;
    struct DayInputs {
        QLineEdit* from = nullptr;
        QLineEdit* to = nullptr;
    };
    QMap<QString, DayInputs> m_dayRanges; ///< by column key
    QLabel* m_filterProblem;
    DirectoryModel* m_directoryModel = nullptr;
    QTimer* m_searchDelay;
    QPushButton* m_export = nullptr;
    QString m_locating; ///< the ID selectId() is looking for
    QString m_keeping;  ///< the ID of the current record refresh() keeps current
    int m_keepingColumn = 0;
    bool m_locateRetried = false;
};
