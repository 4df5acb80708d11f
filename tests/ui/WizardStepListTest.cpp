#include "CatchQt.h"

#include "common/WizardStepList.h"

#include <QFontMetrics>
#include <QTest>
#include <QWizard>
#include <QWizardPage>

TEST_CASE("A wizard's step list is wide enough for its longest step, in bold", "[ui][wizard][look]")
{
    QWizard wizard;
    for (const QString& title :
         {QStringLiteral("Short"),
          QStringLiteral("Данные учетной записи партнера и его пользователи")}) {
        auto* page = new QWizardPage(&wizard);
        page->setTitle(title);
        wizard.addPage(page);
    }
    auto* steps = new WizardStepList(&wizard);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    steps->refresh();
    REQUIRE(steps->count() == 2);
    for (int row = 0; row < steps->count(); ++row) {
        QListWidgetItem* item = steps->item(row);
        QFont bold = item->font();
        bold.setBold(true);
        INFO(item->text().toStdString());
        CHECK(steps->visualItemRect(item).left() +
                  QFontMetrics(bold).horizontalAdvance(item->text()) <=
              steps->viewport()->width());
    }
}
