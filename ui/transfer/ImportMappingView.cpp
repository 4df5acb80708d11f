#include "transfer/ImportMappingView.h"

#include <QComboBox>
#include <QFont>
#include <QGridLayout>
#include <QLabel>

ImportMappingView::ImportMappingView(QWidget* parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("importMappingView"));
    setWidgetResizable(true);
    setFrameShape(QFrame::StyledPanel);
    setMinimumHeight(220);
    setColumns({}, {}, {});
}

QString ImportMappingView::entryText(const ImportField& field)
{
    return field.required ? tr("%1 *").arg(field.label) : field.label;
}

void ImportMappingView::setColumns(const CsvSample& sample, const QList<ImportField>& fields,
                                   const ImportMapping& mapping)
{
    m_combos.clear();
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("importMappingContent"));
    auto* grid = new QGridLayout(m_content);
    grid->setColumnStretch(1, 1);
    const QStringList titles{tr("CSV column"), tr("Sample values"), tr("Import as")};
    for (int i = 0; i < titles.size(); ++i) {
        auto* title = new QLabel(titles.at(i), m_content);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        grid->addWidget(title, 0, i);
    }
    for (int column = 0; column < sample.header.size(); ++column) {
        QString header = sample.header.at(column).trimmed();
        if (header.isEmpty())
            header = tr("Column %1").arg(column + 1);
        auto* combo = new QComboBox(m_content);
        combo->setObjectName(QStringLiteral("mappingCombo%1").arg(column));
        combo->addItem(tr("Skip"), QString());
        for (const ImportField& field : fields) {
            combo->addItem(entryText(field), field.key);
            if (!field.hint.isEmpty())
                combo->setItemData(combo->count() - 1, field.hint, Qt::ToolTipRole);
        }
        const int chosen = combo->findData(mapping.field(column));
        combo->setCurrentIndex(qMax(0, chosen));
        auto* name =
            new QLabel(QString(header).replace(QLatin1Char('&'), QStringLiteral("&&")), m_content);
        name->setObjectName(QStringLiteral("mappingColumnLabel%1").arg(column));
        name->setBuddy(combo);
        const QStringList values = sample.values(column);
        auto* samples = new QLabel(m_content);
        samples->setObjectName(QStringLiteral("mappingSamples%1").arg(column));
        samples->setTextFormat(Qt::PlainText);
        samples->setText(values.isEmpty() ? tr("(empty)")
                                          : values.join(QStringLiteral(" \u00b7 ")));
        samples->setToolTip(values.join(QLatin1Char('\n')));
        samples->setMinimumWidth(120);
        samples->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        samples->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(name, column + 1, 0);
        grid->addWidget(samples, column + 1, 1);
        grid->addWidget(combo, column + 1, 2);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingView::mappingChanged);
        m_combos << combo;
    }
    grid->setRowStretch(static_cast<int>(sample.header.size()) + 1, 1);
    setWidget(m_content); // deletes the previous content
    emit mappingChanged();
}

ImportMapping ImportMappingView::mapping() const
{
    ImportMapping result;
    for (int column = 0; column < m_combos.size(); ++column)
        result.setField(column, m_combos.at(column)->currentData().toString());
    return result;
}
