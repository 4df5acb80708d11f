#include "common/ObjectWindow.h"

#include "common/DetailsParts.h"
#include "common/LinkLabelAccessible.h"
#include "common/LiveRefresh.h"
#include "leads/ObjectSummary.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace {

const char* const linkLengthProperty = "channeldeskLinkLength";

/// The workspace table whose changes (ChangeFeed) may change an object of the type shown.
QString tableOf(const QString& objectType)
{
    if (objectType == QLatin1String("company"))
        return QStringLiteral("companies");
    if (objectType == QLatin1String("opportunity"))
        return QStringLiteral("opportunities");
    return objectType + QLatin1Char('s'); // product, marketplace, account, contact
}

QLabel* valueLabel(const ObjectSummary::Row& row, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAccessibleDescription(row.label);
    if (row.value.isEmpty()) {
        DetailsParts::showEmpty(label);
        return label;
    }
    if (!row.linkType.isEmpty() && !row.linkId.isEmpty()) {
        ObjectWindow::setLink(label, row.value, ObjectWindow::link(row.linkType, row.linkId));
        label->setToolTip(row.linkId);
        return label;
    }
    label->setTextFormat(Qt::PlainText);
    label->setText(row.value);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// Selects the link of a link label as it gets focus, so Enter opens it without a second Tab.
void selectLinkOnFocus(QWidget*, QWidget* now)
{
    auto* label = qobject_cast<QLabel*>(now);
    if (!label || label->hasSelectedText())
        return;
    const int length = label->property(linkLengthProperty).toInt();
    if (length > 0)
        label->setSelection(1, length);
}

} // namespace

ObjectWindow::ObjectWindow(WorkspaceHandle workspace, ActingContext acting, QString objectType,
                           QString id, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(std::move(workspace))
    , m_acting(std::move(acting))
    , m_objectType(std::move(objectType))
    , m_id(std::move(id))
{
    setObjectName(QStringLiteral("objectWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setObjectName(QStringLiteral("objectWindowEscape"));
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    reload();
    new LiveRefresh(this, m_workspace, {tableOf(m_objectType)}, [this] { reload(); });
    const int width = qMax(sizeHint().width(), 520);
    resize(width,
           layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : sizeHint().height());
}

void ObjectWindow::setLink(QLabel* label, const QString& text, const QString& href)
{
    // The zero-width space before the link lets Shift+Tab leave the label; without it the
    // focus stays on a link that starts the text.
    label->setTextFormat(Qt::RichText);
    label->setText(QStringLiteral("\u200B<a href=\"%1\">%2</a>")
                       .arg(href.toHtmlEscaped(), text.toHtmlEscaped()));
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setProperty(linkLengthProperty, static_cast<int>(text.size()));
    LinkLabelAccessible::enable(label);
    static const bool connected = [] {
        QObject::connect(qApp, &QApplication::focusChanged, qApp, &selectLinkOnFocus);
        return true;
    }();
    Q_UNUSED(connected)
}

QString ObjectWindow::link(const QString& objectType, const QString& id)
{
    return objectType + QLatin1Char(':') + id;
}

ObjectWindow* ObjectWindow::openLink(WorkspaceHandle workspace, ActingContext acting,
                                     const QString& href, QWidget* parent)
{
    const qsizetype colon = href.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return nullptr;
    const QString type = href.left(colon);
    if (!ObjectSummary::types().contains(type))
        return nullptr;
    return open(std::move(workspace), std::move(acting), type, href.mid(colon + 1), parent);
}

ObjectWindow* ObjectWindow::open(WorkspaceHandle workspace, ActingContext acting,
                                 QString objectType, QString id, QWidget* parent)
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* widget : windows) {
        auto* window = qobject_cast<ObjectWindow*>(widget);
        if (window && window->objectType() == objectType && window->objectId() == id &&
            window->accountId() == acting.accountId && window->m_workspace == workspace) {
            window->showNormal();
            window->raise();
            window->activateWindow();
            return window;
        }
    }
    auto* window = new ObjectWindow(std::move(workspace), std::move(acting), std::move(objectType),
                                    std::move(id), parent);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void ObjectWindow::reload()
{
    if (m_content) {
        m_content->hide();
        m_content->setParent(nullptr);
        m_content->deleteLater();
    }
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("objectWindowContent"));
    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);

    auto summary = ObjectSummary::load(m_workspace, m_acting, m_objectType, m_id);
    if (!summary) {
        setWindowTitle(tr("%1 \u2014 not found").arg(m_id));
        auto* error = new QLabel(summary.error().message, m_content);
        error->setObjectName(QStringLiteral("objectErrorLabel"));
        error->setWordWrap(true);
        error->setTextInteractionFlags(Qt::TextSelectableByMouse);
        content->addWidget(error);
    } else {
        setWindowTitle(tr("%1 \u2014 %2 %3").arg(summary->title, summary->kindLabel, summary->id));
        auto* kind = new QLabel(tr("%1 %2").arg(summary->kindLabel, summary->id), m_content);
        kind->setObjectName(QStringLiteral("objectKindLabel"));
        kind->setForegroundRole(QPalette::PlaceholderText);
        kind->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* title = new QLabel(summary->title, m_content);
        title->setObjectName(QStringLiteral("objectTitleLabel"));
        title->setTextFormat(Qt::PlainText);
        title->setWordWrap(true);
        title->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont font = title->font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        font.setBold(true);
        title->setFont(font);
        content->addWidget(kind);
        content->addWidget(title);

        auto* form = new QFormLayout;
        form->setObjectName(QStringLiteral("objectForm"));
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
        int index = 0;
        for (const ObjectSummary::Row& row : std::as_const(summary->rows)) {
            QLabel* value = valueLabel(row, m_content);
            value->setObjectName(QStringLiteral("objectValue%1").arg(index++));
            connect(value, &QLabel::linkActivated, this, [this](const QString& href) {
                openLink(m_workspace, m_acting, href, parentWidget());
            });
            auto* caption = new QLabel(tr("%1:").arg(row.label), m_content);
            caption->setBuddy(value);
            caption->setObjectName(value->objectName() + QStringLiteral("Label"));
            form->addRow(caption, value);
        }
        content->addLayout(form);
    }
    content->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_content);
    buttons->setObjectName(QStringLiteral("objectWindowButtons"));
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("objectCloseButton"));
    close->setAutoDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    content->addWidget(buttons);
    layout()->addWidget(m_content);
    close->setFocus();
}
