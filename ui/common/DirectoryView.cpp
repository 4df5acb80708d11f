#include "common/DirectoryView.h"

#include "common/DirectoryFilterProxy.h"
#include "common/DirectoryModel.h"
#include "common/DisplayFormat.h"
#include "common/RowListModel.h"
#include "directory/DayRange.h"
#include "storage/Workspace.h"
#include "transfer/DirectoryExport.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <tuple>

namespace {

/// A stored day (YYYY-MM-DD) as a day input shows it: in the one date format.
QString shownDay(const QString& storedDay)
{
    const QDate day = QDate::fromString(storedDay, Qt::ISODate);
    return day.isValid() ? DisplayFormat::date(day) : storedDay;
}

/// A typed day as ranges store it (YYYY-MM-DD); what was typed when it is no day.
QString storedDay(const QString& typed)
{
    const QDate day = DisplayFormat::parseDate(typed);
    return day.isValid() ? day.toString(Qt::ISODate) : typed.trimmed();
}

/// How a day is written in the one date format, in the language's letters: "MM/DD/YYYY",
/// "TT.MM.JJJJ", "ДД.ММ.ГГГГ".
QString dayPattern()
{
    QString pattern;
    for (const QChar c : DisplayFormat::dateFormat()) {
        if (c == QLatin1Char('d'))
            pattern +=
                DirectoryView::tr("D", "letter for the day in a date pattern such as DD.MM.YYYY");
        else if (c == QLatin1Char('M'))
            pattern +=
                DirectoryView::tr("M", "letter for the month in a date pattern such as DD.MM.YYYY");
        else if (c == QLatin1Char('y'))
            pattern +=
                DirectoryView::tr("Y", "letter for the year in a date pattern such as DD.MM.YYYY");
        else
            pattern += c;
    }
    return pattern;
}

QString exampleDay()
{
    return DisplayFormat::date(QDate(2026, 3, 31));
}

} // namespace

DirectoryView::DirectoryView(const QString& name, const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
    , m_settingsKey(QStringLiteral("directories/%1/header").arg(name))
    , m_accessibleName(accessibleName)
    , m_search(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_proxy(new DirectoryFilterProxy(this))
    , m_toolLayout(new QHBoxLayout)
    , m_filterLayout(new QHBoxLayout)
    , m_filterProblem(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(name);
    m_search->setObjectName(name + QStringLiteral("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Type to filter the rows"));
    // Long button labels (German, Russian) must not squeeze it to a few letters.
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 18);
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setAccessibleName(tr("Search %1").arg(accessibleName));
    m_countLabel->setObjectName(name + QStringLiteral("Count"));
    m_emptyLabel->setObjectName(name + QStringLiteral("Empty"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->hide();
    m_filterProblem->setObjectName(name + QStringLiteral("FilterProblem"));
    m_filterProblem->setWordWrap(true);
    m_filterProblem->hide();

    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(RowListModel<int>::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setAccessibleName(accessibleName);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));
    m_table->horizontalHeader()->setAccessibleName(tr("%1 columns").arg(accessibleName));
    m_table->installEventFilter(this);
    setLinesPerRow(1);

    auto* top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    top->addWidget(m_countLabel);
    top->addLayout(m_toolLayout);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    m_filterLayout->addStretch(1);
    layout->addLayout(m_filterLayout);
    layout->addWidget(m_filterProblem);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_table, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &DirectoryView::applyQuery);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_directoryModel)
            m_searchDelay->start();
        else
            m_proxy->setFilterFixedString(text);
        emit stateChanged();
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionMoved, this,
            &DirectoryView::stateChanged);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &DirectoryView::stateChanged);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int, int oldSize, int newSize) {
                if (oldSize == 0 || newSize == 0) // shown or hidden
                    emit stateChanged();
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit rowActivated(m_directoryModel ? index.row() : m_proxy->mapToSource(index).row());
    });
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &DirectoryView::showColumnMenu);
    connect(m_proxy, &QAbstractItemModel::modelReset, this,
            &DirectoryView::updateCountAndEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DirectoryView::fitColumns);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DirectoryView::refreshFilterChoices);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
        // The stretched last column follows the window; only the user's own resizes count.
        const QHeaderView* header = m_table->horizontalHeader();
        int last = header->count() - 1;
        while (last > 0 && header->isSectionHidden(header->logicalIndex(last)))
            --last;
        if (!m_fitting && m_table->isVisible() && header->visualIndex(logical) != last)
            m_userSizedColumns = true;
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            &DirectoryView::updateCountAndEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this,
            &DirectoryView::updateCountAndEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this,
            &DirectoryView::updateCountAndEmptyState);
    updateCountAndEmptyState();
}

DirectoryView::~DirectoryView()
{
    saveLayout();
    // Closing the window (in ~QWidget, after this view's members are gone) moves the focus out
    // of a day input, whose editingFinished would then read those members.
    for (const DayInputs& inputs : std::as_const(m_dayRanges))
        for (QLineEdit* line : {inputs.from, inputs.to})
            line->disconnect(this);
}

void DirectoryView::setSourceModel(QAbstractItemModel* model)
{
    m_proxy->setSourceModel(model);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    refreshFilterChoices();
    restoreLayout();
    updateCountAndEmptyState();
}

QComboBox* DirectoryView::addColumnFilter(const QString& label, int column)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName() + QStringLiteral("Filter%1").arg(column));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(combo);
    // Before the trailing stretch.
    m_filterLayout->insertWidget(m_filterLayout->count() - 1, caption);
    m_filterLayout->insertWidget(m_filterLayout->count() - 1, combo);
    m_filterLayout->insertSpacing(m_filterLayout->count() - 1, 8);
    m_columnFilters.insert(column, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column] {
        if (m_directoryModel)
            applyQuery();
        else
            m_proxy->setColumnFilter(column, combo->currentData().toString());
        emit stateChanged();
    });
    refreshFilterChoices();
    return combo;
}

void DirectoryView::addDateRangeFilter(const QString& columnKey, const QString& label)
{
    QString name = columnKey;
    name[0] = name[0].toUpper();
    const QString plain = QString(label).remove(QLatin1Char('&'));
    DayInputs inputs;
    int spot = m_filterLayout->count() - 1; // before the trailing stretch
    for (auto [edit, caption, accessible, end] :
         {std::tuple{&inputs.from, tr("%1 from:").arg(label), tr("%1 from").arg(plain),
                     QStringLiteral("From")},
          std::tuple{&inputs.to, tr("to:"), tr("%1 to").arg(plain), QStringLiteral("To")}}) {
        auto* line = new QLineEdit(this);
        line->setObjectName(objectName() + name + end);
        line->setAccessibleName(accessible);
        line->setPlaceholderText(dayPattern());
        line->setClearButtonEnabled(true);
        line->setMaxLength(24);
        line->setToolTip(tr("A day such as %1 (included); empty for no limit").arg(exampleDay()));
        const QFontMetrics metrics = line->fontMetrics();
        line->setMinimumWidth(
            qMax(metrics.horizontalAdvance(dayPattern()),
                 metrics.horizontalAdvance(DisplayFormat::date(QDate(2026, 12, 28)))) +
            metrics.height() * 2 + 8);
        line->setMaximumWidth(line->minimumWidth());
        auto* buddy = new QLabel(caption, this);
        buddy->setBuddy(line);
        m_filterLayout->insertWidget(spot++, buddy);
        m_filterLayout->insertWidget(spot++, line);
        *edit = line;
        connect(line, &QLineEdit::textChanged, this, [this] {
            showRangeProblem(false);
            applyQuery();
        });
        connect(line, &QLineEdit::editingFinished, this, [this] { showRangeProblem(true); });
    }
    m_filterLayout->insertSpacing(spot, 8);
    m_dayRanges.insert(columnKey, inputs);
}

void DirectoryView::setRange(const QString& columnKey, const DirectoryRange& range)
{
    const auto inputs = m_dayRanges.find(columnKey);
    if (inputs == m_dayRanges.end()) {
        if (!m_directoryModel)
            return;
        DirectoryQuery query = m_directoryModel->query();
        if (range.isEmpty())
            query.ranges.remove(columnKey);
        else
            query.ranges.insert(columnKey, range);
        m_directoryModel->setQuery(query);
        return;
    }
    {
        const QSignalBlocker fromBlocker(inputs->from);
        const QSignalBlocker toBlocker(inputs->to);
        inputs->from->setText(shownDay(range.from));
        inputs->to->setText(shownDay(range.to));
    }
    showRangeProblem(true);
    applyQuery();
}

DirectoryRange DirectoryView::range(const QString& columnKey) const
{
    const DayInputs inputs = m_dayRanges.value(columnKey);
    if (!inputs.from)
        return m_directoryModel ? m_directoryModel->query().ranges.value(columnKey)
                                : DirectoryRange();
    return {storedDay(inputs.from->text()), storedDay(inputs.to->text())};
}

void DirectoryView::showRangeProblem(bool showIncomplete)
{
    QString problem;
    bool typing = false;
    // A day is complete once it is as long as the shortest day the format writes.
    const qsizetype shortest = DisplayFormat::date(QDate(2026, 1, 1)).size();
    for (auto it = m_dayRanges.cbegin(); it != m_dayRanges.cend() && problem.isEmpty(); ++it) {
        QList<QDate> days;
        for (const QLineEdit* line : {it->from, it->to}) {
            const QString typed = line->text().trimmed();
            days << DisplayFormat::parseDate(typed);
            if (typed.isEmpty() || days.last().isValid() || !problem.isEmpty())
                continue;
            if (typed.size() >= shortest || showIncomplete)
                problem = tr("\u201c%1\u201d is not a date: write the day as %2, for example %3.")
                              .arg(typed, dayPattern(), exampleDay());
            else
                typing = true;
        }
        if (problem.isEmpty() && days.first().isValid() && days.last().isValid() &&
            days.first() > days.last())
            problem = tr("The first day, %1, comes after the last day, %2.")
                          .arg(DisplayFormat::date(days.first()), DisplayFormat::date(days.last()));
    }
    if (problem.isEmpty() && typing)
        return; // a day is being typed: what is shown stays until it is complete
    m_filterProblem->setText(problem);
    m_filterProblem->setVisible(!problem.isEmpty());
    for (const DayInputs& inputs : std::as_const(m_dayRanges))
        for (QLineEdit* line : {inputs.from, inputs.to})
            line->setAccessibleDescription(problem);
}

bool DirectoryView::isNarrowed(const DirectoryQuery& query) const
{
    return !query.search.trimmed().isEmpty() || !query.filters.isEmpty() || !query.ranges.isEmpty();
}

void DirectoryView::refreshFilterChoices()
{
    if (m_directoryModel)
        return; // the module sets them with setFilterChoices()
    QAbstractItemModel* source = m_proxy->sourceModel();
    for (auto it = m_columnFilters.cbegin(); it != m_columnFilters.cend(); ++it) {
        QComboBox* combo = it.value();
        const QString current = combo->currentData().toString();
        QStringList values;
        for (int row = 0; source && row < source->rowCount(); ++row) {
            const QString value = source->index(row, it.key()).data().toString();
            if (!value.isEmpty() && !values.contains(value))
                values << value;
        }
        values.sort(Qt::CaseInsensitive);
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("All"), QString());
        for (const QString& value : std::as_const(values))
            combo->addItem(value, value);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index < 0 ? 0 : index);
        m_proxy->setColumnFilter(it.key(), combo->currentData().toString());
    }
}

void DirectoryView::setLinesPerRow(int lines)
{
    const int height = m_table->fontMetrics().lineSpacing() * lines + 8;
    m_table->verticalHeader()->setDefaultSectionSize(height);
    m_table->verticalHeader()->setMinimumSectionSize(height);
}

void DirectoryView::setEmptyText(const QString& text)
{
    m_emptyText = text;
    updateCountAndEmptyState();
}

void DirectoryView::addToolWidget(QWidget* widget)
{
    m_toolLayout->addWidget(widget);
}

bool DirectoryView::selectId(const QString& id)
{
    if (m_directoryModel) {
        m_locating = id;
        m_locateRetried = false;
        m_directoryModel->locate(id);
        return true;
    }
    QAbstractItemModel* source = m_proxy->sourceModel();
    for (int row = 0; source && row < source->rowCount(); ++row) {
        const QModelIndex sourceIndex = source->index(row, 0);
        if (sourceIndex.data(RowListModel<int>::IdRole).toString() != id)
            continue;
        if (!m_proxy->mapFromSource(sourceIndex).isValid()) {
            m_search->clear();
            for (QComboBox* combo : std::as_const(m_columnFilters))
                combo->setCurrentIndex(0);
        }
        const QModelIndex index = m_proxy->mapFromSource(sourceIndex);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
        return true;
    }
    return false;
}

QSortFilterProxyModel* DirectoryView::proxy() const
{
    return m_proxy;
}

int DirectoryView::currentSourceRow() const
{
    const QModelIndex current = m_table->currentIndex();
    if (m_directoryModel)
        return current.isValid() ? current.row() : -1;
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void DirectoryView::saveLayout() const
{
    if (!m_proxy->sourceModel() && !m_directoryModel)
        return;
    QSettings settings;
    settings.setValue(m_settingsKey, m_table->horizontalHeader()->saveState());
    settings.setValue(m_settingsKey + QStringLiteral("/userSized"), m_userSizedColumns);
}

bool DirectoryView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_table->currentIndex().isValid()) {
            emit rowActivated(currentSourceRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool DirectoryView::restoreLayout()
{
    QSettings settings;
    const QByteArray state = settings.value(m_settingsKey).toByteArray();
    m_fitting = true;
    const bool restored = !state.isEmpty() && m_table->horizontalHeader()->restoreState(state);
    if (restored)
        m_userSizedColumns = settings.value(m_settingsKey + QStringLiteral("/userSized")).toBool();
    m_fitting = false;
    fitColumns();
    return restored;
}

void DirectoryView::fitColumns()
{
    constexpr int maxWidth = 280;
    if (m_userSizedColumns || m_table->model()->rowCount() == 0)
        return;
    m_fitting = true;
    m_table->resizeColumnsToContents();
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, qMin(header->sectionSize(column) + 8, maxWidth));
    m_fitting = false;
}

void DirectoryView::showColumnMenu(const QPoint& position)
{
    QHeaderView* header = m_table->horizontalHeader();
    QAbstractItemModel* model = m_table->model();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    int visible = 0;
    for (int column = 0; column < model->columnCount(); ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction* action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(header->isSectionHidden(column) || visible > 1);
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset columns")), &QAction::triggered, this, [this, header] {
        for (int column = 0; column < header->count(); ++column) {
            header->setSectionHidden(column, false);
            header->moveSection(header->visualIndex(column), column);
        }
        m_userSizedColumns = false;
        fitColumns();
    });
    menu.exec(header->mapToGlobal(position));
}

void DirectoryView::updateCountAndEmptyState()
{
    const QString before = m_countLabel->text();
    m_countLabel->setText(countText());
    if (m_directoryModel) {
        const qint64 total = m_directoryModel->totalCount();
        const bool narrowed = isNarrowed(m_directoryModel->query());
        m_emptyLabel->setText(narrowed ? tr("No row matches the search and filters.")
                                       : m_emptyText);
        m_emptyLabel->setVisible(total == 0 && !m_emptyLabel->text().isEmpty());
    } else {
        const int shown = m_proxy->rowCount();
        const int total = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
        if (total == 0)
            m_emptyLabel->setText(m_emptyText);
        else
            m_emptyLabel->setText(tr("No row matches \u201c%1\u201d.").arg(m_search->text()));
        m_emptyLabel->setVisible(shown == 0 && !m_emptyLabel->text().isEmpty());
    }
    if (m_countLabel->text() != before)
        emit countTextChanged(m_countLabel->text());
}

QString DirectoryView::countText() const
{
    // Counted outside tr(): lupdate 6.4 hangs on a template argument inside it.
    const auto rows = [](qint64 count) {
        const int shownCount = int(qMin<qint64>(count, INT_MAX));
        return tr("%Ln rows", nullptr, shownCount);
    };
    if (m_directoryModel) {
        const qint64 total = m_directoryModel->totalCount();
        if (total < 0)
            return tr("Counting\u2026");
        const int matching = int(qMin<qint64>(total, INT_MAX));
        return isNarrowed(m_directoryModel->query()) ? tr("%Ln matching", nullptr, matching)
                                                     : rows(total);
    }
    const int shown = m_proxy->rowCount();
    const int total = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    return shown == total ? rows(total)
                          : tr("%1 of %2").arg(DisplayFormat::number(shown), rows(total));
}

void DirectoryView::setDirectoryModel(DirectoryModel* model)
{
    m_directoryModel = model;
    m_table->setModel(model);
    // Fitting columns looks at the first window only, never at a million rows.
    m_table->horizontalHeader()->setResizeContentsPrecision(DirectoryModel::windowRows);
    connect(model, &DirectoryModel::countChanged, this, &DirectoryView::updateCountAndEmptyState);
    connect(model, &QAbstractItemModel::modelReset, this, &DirectoryView::updateCountAndEmptyState);
    connect(model, &DirectoryModel::firstWindowLoaded, this, &DirectoryView::fitColumns);
    connect(model, &DirectoryModel::located, this, &DirectoryView::selectLocated);
    connect(model, &DirectoryModel::located, this, &DirectoryView::keepCurrent);
    connect(model, &DirectoryModel::changedElsewhere, this, &DirectoryView::refresh);
    connect(model, &DirectoryModel::refreshed, this, [this] {
        updateCountAndEmptyState();
        if (!m_keeping.isEmpty())
            m_directoryModel->locate(m_keeping);
        // A selectId() the refresh overtook looks again in the new rows.
        if (!m_locating.isEmpty() && m_locating != m_keeping)
            m_directoryModel->locate(m_locating);
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &DirectoryView::keepSortIndicatorOnSortable);
    m_export = new QPushButton(tr("E&xport\u2026"), this);
    m_export->setObjectName(objectName() + QStringLiteral("Export"));
    m_export->setToolTip(tr("Save the rows as they are shown (search, filters, sort and columns) "
                            "to a CSV file"));
    m_toolLayout->insertWidget(0, m_export);
    connect(m_export, &QPushButton::clicked, this, &DirectoryView::exportWithDialog);
    const bool restored = restoreLayout();
    // The remembered sort, or the model's default.
    const QHeaderView* header = m_table->horizontalHeader();
    if (!restored || !model->isSortable(header->sortIndicatorSection())) {
        const DirectoryQuery query = model->query();
        const int column = model->source().columnIndex(
            query.sortColumn.isEmpty() ? model->source().spec().defaultSortColumn
                                       : query.sortColumn);
        const bool descending = query.sortColumn.isEmpty()
                                    ? model->source().spec().defaultDescending
                                    : query.descending;
        m_table->sortByColumn(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    } else {
        model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    updateCountAndEmptyState();
}

void DirectoryView::keepSortIndicatorOnSortable(int column, Qt::SortOrder order)
{
    if (!m_directoryModel || m_directoryModel->isSortable(column))
        return;
    // Columns without an index behind them do not sort: put the indicator back.
    const DirectoryQuery query = m_directoryModel->query();
    const int sorted = m_directoryModel->source().columnIndex(query.sortColumn);
    Q_UNUSED(order)
    QHeaderView* header = m_table->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(sorted, query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void DirectoryView::setFilterChoices(int column, const QList<DirectoryChoice>& choices)
{
    QComboBox* combo = m_columnFilters.value(column);
    if (!combo)
        return;
    const QString current = combo->currentData().toString();
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("All"), QString());
        for (const DirectoryChoice& choice : choices)
            combo->addItem(choice.label, choice.value);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    }
    if (combo->currentData().toString() != current)
        applyQuery();
}

void DirectoryView::applyQuery()
{
    if (!m_directoryModel)
        return;
    m_searchDelay->stop();
    const DirectoryQuery query = queryFromControls();
    if (query != m_directoryModel->query()) {
        m_directoryModel->setQuery(query);
        emit stateChanged();
    }
}

DirectoryQuery DirectoryView::queryFromControls() const
{
    DirectoryQuery query = m_directoryModel->query();
    query.search = m_search->text().trimmed();
    query.filters.clear();
    for (auto it = m_columnFilters.cbegin(); it != m_columnFilters.cend(); ++it) {
        const QString value = it.value()->currentData().toString();
        if (!value.isEmpty())
            query.filters.insert(m_directoryModel->columnKey(it.key()), value);
    }
    for (auto it = m_dayRanges.cbegin(); it != m_dayRanges.cend(); ++it) {
        const DirectoryRange typed = range(it.key());
        if (!DayRange::parse(typed))
            continue; // keeps the range last applied until the days are right
        if (typed.isEmpty())
            query.ranges.remove(it.key());
        else
            query.ranges.insert(it.key(), typed);
    }
    return query;
}

DirectoryState DirectoryView::state() const
{
    DirectoryState state;
    if (!m_directoryModel)
        return state;
    state.query = queryFromControls();
    const QHeaderView* header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        const QString key = m_directoryModel->columnKey(logical);
        state.columns << key;
        state.widths.insert(key, header->sectionSize(logical));
    }
    return state;
}

QStringList DirectoryView::applyState(const DirectoryState& state)
{
    QStringList notes;
    if (!m_directoryModel)
        return notes;
    const DirectorySource& source = m_directoryModel->source();
    const auto header = m_table->horizontalHeader();
    m_searchDelay->stop();
    DirectoryQuery query = state.query;
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(query.search);
    }
    query.filters.clear();
    for (auto it = m_columnFilters.cbegin(); it != m_columnFilters.cend(); ++it) {
        const QString key = m_directoryModel->columnKey(it.key());
        const QString value = state.query.filters.value(key);
        int index = value.isEmpty() ? 0 : it.value()->findData(value);
        if (index < 0) {
            notes << tr("The %1 filter does not offer the view's value here; it shows all.")
                         .arg(
                             m_directoryModel->headerData(it.key(), Qt::Horizontal, Qt::DisplayRole)
                                 .toString());
            index = 0;
        } else if (!value.isEmpty()) {
            query.filters.insert(key, value);
        }
        const QSignalBlocker blocker(it.value());
        it.value()->setCurrentIndex(index);
    }
    for (auto it = state.query.filters.cbegin(); it != state.query.filters.cend(); ++it)
        if (!it.value().isEmpty() && !m_columnFilters.contains(source.columnIndex(it.key())))
            notes << tr("This directory has no %1 filter.").arg(it.key());
    showRanges(query.ranges);

    // Columns: the view's in its order, then the others hidden.
    QList<int> shown;
    for (const QString& key : state.columns) {
        const int logical = source.columnIndex(key);
        if (logical >= 0 && logical < header->count() && !shown.contains(logical))
            shown << logical;
    }
    if (!shown.isEmpty()) {
        m_fitting = true;
        for (int visual = 0; visual < shown.size(); ++visual) {
            const int logical = shown[visual];
            header->setSectionHidden(logical, false);
            header->moveSection(header->visualIndex(logical), visual);
            if (const int width = state.widths.value(m_directoryModel->columnKey(logical));
                width > 0)
                header->resizeSection(logical, width);
        }
        for (int logical = 0; logical < header->count(); ++logical)
            header->setSectionHidden(logical, !shown.contains(logical));
        m_fitting = false;
        if (!state.widths.isEmpty())
            m_userSizedColumns = true;
    }

    if (query.sortColumn.isEmpty() ||
        !m_directoryModel->isSortable(source.columnIndex(query.sortColumn))) {
        query.sortColumn = source.spec().defaultSortColumn;
        query.descending = source.spec().defaultDescending;
    }
    {
        // The indicator only: the query below sorts, in the same single read.
        const QSignalBlocker blocker(header);
        header->setSortIndicator(source.columnIndex(query.sortColumn),
                                 query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    header->viewport()->update();
    if (query != m_directoryModel->query())
        m_directoryModel->setQuery(query);
    updateCountAndEmptyState();
    emit stateChanged();
    return notes;
}

void DirectoryView::showRanges(const QMap<QString, DirectoryRange>& ranges)
{
    for (auto it = m_dayRanges.cbegin(); it != m_dayRanges.cend(); ++it) {
        const DirectoryRange range = ranges.value(it.key());
        const QSignalBlocker fromBlocker(it->from);
        const QSignalBlocker toBlocker(it->to);
        it->from->setText(shownDay(range.from));
        it->to->setText(shownDay(range.to));
    }
    showRangeProblem(true);
}

void DirectoryView::refresh()
{
    if (!m_directoryModel)
        return;
    const QModelIndex current = m_table->currentIndex();
    m_keeping = current.isValid() ? current.data(DirectoryModel::IdRole).toString() : QString();
    m_keepingColumn = current.isValid() ? current.column() : 0;
    m_directoryModel->refresh();
}

void DirectoryView::keepCurrent(const QString& id, int row)
{
    if (id != m_keeping)
        return;
    m_keeping.clear();
    if (row < 0) {
        m_table->selectionModel()->clear();
        return;
    }
    const bool autoScroll = m_table->hasAutoScroll();
    m_table->setAutoScroll(false);
    m_table->setCurrentIndex(m_directoryModel->index(row, m_keepingColumn));
    m_table->setAutoScroll(autoScroll);
}

void DirectoryView::selectLocated(const QString& id, int row)
{
    if (id != m_locating)
        return;
    if (row < 0) {
        const DirectoryQuery query = m_directoryModel->query();
        if (m_locateRetried || !isNarrowed(query)) {
            m_locating.clear();
            return;
        }
        // Hidden by the search or a filter: show everything and look again.
        m_locateRetried = true;
        {
            const QSignalBlocker searchBlocker(m_search);
            m_search->clear();
            for (QComboBox* combo : std::as_const(m_columnFilters)) {
                const QSignalBlocker blocker(combo);
                combo->setCurrentIndex(0);
            }
            for (const DayInputs& inputs : std::as_const(m_dayRanges))
                for (QLineEdit* line : {inputs.from, inputs.to}) {
                    const QSignalBlocker blocker(line);
                    line->clear();
                }
        }
        showRangeProblem(true);
        applyQuery();
        m_directoryModel->locate(id);
        return;
    }
    m_locating.clear();
    const QModelIndex index = m_directoryModel->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

Result<qint64> DirectoryView::exportTo(const QString& path,
                                       const std::function<bool(qint64, qint64)>& progress) const
{
    if (!m_directoryModel || !m_directoryModel->isOpen())
        return Error{ErrorCode::NotFound, tr("There is nothing to export.")};
    const QHeaderView* header = m_table->horizontalHeader();
    QList<int> shown;
    for (int visual = 0; visual < header->count(); ++visual)
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            shown << header->logicalIndex(visual);
    return DirectoryExport::write(path, m_directoryModel->workspace(), m_directoryModel->acting(),
                                  m_directoryModel->source(), m_directoryModel->query(),
                                  m_directoryModel->exportColumns(shown), progress);
}

void DirectoryView::exportWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1").arg(m_accessibleName),
        folder + QLatin1Char('/') + m_accessibleName.toLower() + QStringLiteral(".csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Exporting %1\u2026").arg(m_accessibleName), tr("Cancel"), 0, 100,
                             this);
    progress.setWindowTitle(tr("Export %1").arg(m_accessibleName));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto written = exportTo(path, [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 100 / total) : 100);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!written) {
        QMessageBox::warning(this, tr("Export %1").arg(m_accessibleName), written.error().message);
        return;
    }
    const int exported = int(qMin<qint64>(written.value(), INT_MAX));
    QMessageBox::information(
        this, tr("Export %1").arg(m_accessibleName),
        tr("Exported %Ln rows to %1.", nullptr, exported).arg(QDir::toNativeSeparators(path)));
}
