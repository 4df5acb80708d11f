#include "common/WizardStepList.h"

#include <QFontMetrics>
#include <QLocale>
#include <QStyle>
#include <QWizard>

WizardStepList::WizardStepList(QWizard* wizard)
    : QListWidget(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("wizardSteps"));
    setAccessibleName(tr("Steps"));
    // It shows where the user is; Next and Back move, so it takes neither focus nor clicks.
    setFocusPolicy(Qt::NoFocus);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSpacing(2);
    setFixedWidth(fontMetrics().averageCharWidth() * 24);
    setTextElideMode(Qt::ElideNone);
    wizard->setSideWidget(this);
    connect(wizard, &QWizard::currentIdChanged, this, &WizardStepList::refresh);
    for (int id : wizard->pageIds())
        connect(wizard->page(id), &QWizardPage::completeChanged, this, &WizardStepList::refresh);
}

void WizardStepList::refresh()
{
    QList<int> steps;
    const int current = m_wizard->currentId();
    for (int id : m_wizard->visitedIds()) {
        if (id == current)
            break;
        steps.append(id);
    }
    // From the shown page on, the pages its choices lead to.
    for (int id = current < 0 ? m_wizard->startId() : current;
         id >= 0 && !steps.contains(id) && m_wizard->page(id); id = m_wizard->page(id)->nextId())
        steps.append(id);

    clear();
    for (int i = 0; i < steps.size(); ++i) {
        const int id = steps.at(i);
        auto* item = new QListWidgetItem(
            tr("%1  %2").arg(QLocale().toString(i + 1), m_wizard->page(id)->title()), this);
        item->setData(Qt::UserRole, id);
        if (id == current) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setSelected(true);
            setCurrentItem(item);
        }
    }
    // Wide enough for every step in bold (a translation may be much longer than English).
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = metrics.averageCharWidth() * 16;
    for (int row = 0; row < count(); ++row)
        widest = qMax(widest, metrics.horizontalAdvance(item(row)->text()));
    const int margins = 2 * (spacing() + frameWidth()) +
                        3 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) +
                        metrics.averageCharWidth();
    setFixedWidth(widest + margins);
}
