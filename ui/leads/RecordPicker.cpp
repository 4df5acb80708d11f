#include "leads/RecordPicker.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace {

constexpr int visibleRows = 6;

} // namespace

RecordPicker::RecordPicker(const QString& name, Texts texts, QWidget* parent)
    : QWidget(parent)
    , m_texts(std::move(texts))
    , m_edit(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_hint(new QLabel(this))
{
    m_edit->setObjectName(name + QStringLiteral("Edit"));
    m_edit->setPlaceholderText(m_texts.placeholder);
    m_edit->setClearButtonEnabled(true);
    m_results->setObjectName(name + QStringLiteral("Results"));
    m_results->setAccessibleName(m_texts.resultsName);
    // Reached with Down from the edit, not with Tab.
    m_results->setFocusPolicy(Qt::ClickFocus);
    m_results->setUniformItemSizes(true);
    m_results->hide();
    m_hint->setObjectName(name + QStringLiteral("Hint"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    m_hint->hide();
    setFocusProxy(m_edit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_results);
    layout->addWidget(m_hint);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &RecordPicker::search);
    connect(m_edit, &QLineEdit::textEdited, this, &RecordPicker::onEdited);
    connect(m_results, &QListWidget::itemClicked, this, &RecordPicker::pick);
    m_edit->installEventFilter(this);
    m_results->installEventFilter(this);
}

void RecordPicker::setChosen(const LeadOption& option)
{
    m_debounce.stop();
    hideResults();
    m_chosen = option;
    m_edit->setText(option.label);
    m_edit->setCursorPosition(0);
    const QString detail = option.detail.isEmpty() ? QString() : m_texts.detail.arg(option.detail);
    m_hint->setText(detail);
    m_hint->setVisible(!detail.isEmpty());
    m_edit->setAccessibleDescription(detail);
}

void RecordPicker::clear()
{
    setChosen({});
}

bool RecordPicker::resultsShown() const
{
    return !m_results->isHidden() && m_results->count() > 0;
}

void RecordPicker::hideResults()
{
    m_results->clear();
    m_results->hide();
}

void RecordPicker::onEdited()
{
    // The results and the choice belong to the text before: drop them at once.
    const bool hadChoice = !m_chosen.id.isEmpty();
    m_chosen = {};
    hideResults();
    m_hint->hide();
    m_edit->setAccessibleDescription(QString());
    m_debounce.start();
    if (hadChoice)
        emit chosenChanged();
}

void RecordPicker::search()
{
    m_debounce.stop();
    if (!m_search)
        return;
    const QString text = m_edit->text();
    const auto found = m_search(text);
    hideResults();
    QString hint;
    if (!found) {
        hint = found.error().message;
    } else {
        for (const LeadOption& option : found->options) {
            auto* item = new QListWidgetItem(
                option.detail.isEmpty() ? option.label
                                        : tr("%1 \u2014 %2").arg(option.label, option.detail),
                m_results);
            item->setData(Qt::UserRole, option.id);
            item->setData(Qt::UserRole + 1, option.label);
            item->setData(Qt::UserRole + 2, option.detail);
        }
        if (found->options.isEmpty() && !text.trimmed().isEmpty())
            hint = m_texts.noMatch.arg(text.trimmed());
        else if (found->more)
            hint = m_texts.more;
    }
    if (m_results->count() > 0) {
        const int rows = std::min(m_results->count(), visibleRows);
        m_results->setFixedHeight(m_results->sizeHintForRow(0) * rows +
                                  2 * m_results->frameWidth());
        m_results->show();
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_edit->setAccessibleDescription(hint);
}

void RecordPicker::pick(const QListWidgetItem* item)
{
    if (!item)
        return;
    setChosen({item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString(),
               item->data(Qt::UserRole + 2).toString()});
    m_edit->setFocus();
    emit chosenChanged();
}

bool RecordPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_edit) {
        switch (key->key()) {
        case Qt::Key_Down:
            if (!resultsShown())
                search();
            if (resultsShown()) {
                m_results->setCurrentRow(0);
                m_results->setFocus();
            }
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (!resultsShown())
                break;
            pick(m_results->currentItem() ? m_results->currentItem() : m_results->item(0));
            return true;
        case Qt::Key_Escape:
            if (!resultsShown())
                break;
            hideResults();
            return true;
        default:
            break;
        }
    } else if (watched == m_results) {
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            pick(m_results->currentItem());
            return true;
        case Qt::Key_Escape:
            hideResults();
            m_edit->setFocus();
            return true;
        case Qt::Key_Up:
            if (m_results->currentRow() > 0)
                break;
            m_edit->setFocus();
            return true;
        default:
            // Typing goes on in the edit.
            if (!key->text().isEmpty() && key->text().at(0).isPrint()) {
                m_edit->setFocus();
                QCoreApplication::sendEvent(m_edit, event);
                return true;
            }
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}
