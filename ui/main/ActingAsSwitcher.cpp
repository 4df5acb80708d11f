#include "main/ActingAsSwitcher.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

ActingAsSwitcher::ActingAsSwitcher(QWidget* parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("actingAsSwitcher"));
    m_combo->setObjectName(QStringLiteral("actingAsCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setToolTip(tr("The user and account ChannelDesk acts as. The account decides "
                           "which portal you see."));
    auto* label = new QLabel(tr("Acting &as:"), this);
    label->setBuddy(m_combo);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_contexts.size())
            emit actingChosen(m_contexts.at(index));
    });
}

QString ActingAsSwitcher::describe(const ActingContext& context)
{
    return tr("%1 \u2014 %2 (%3, %4)")
        .arg(context.userName, context.accountName, accountRoles.label(context.accountRole),
             userRoles.label(context.userRole));
}

void ActingAsSwitcher::setContexts(const QList<ActingContext>& contexts)
{
    const QSignalBlocker blocker(m_combo);
    m_contexts = contexts;
    m_combo->clear();
    for (const ActingContext& context : contexts)
        m_combo->addItem(describe(context));
    setEnabled(!contexts.isEmpty());
}

bool ActingAsSwitcher::select(const QString& userId, const QString& accountId)
{
    for (int i = 0; i < m_contexts.size(); ++i) {
        if (m_contexts.at(i).userId == userId && m_contexts.at(i).accountId == accountId) {
            const QSignalBlocker blocker(m_combo);
            m_combo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

ActingContext ActingAsSwitcher::current() const
{
    const int index = m_combo->currentIndex();
    return index >= 0 && index < m_contexts.size() ? m_contexts.at(index) : ActingContext();
}
