#include "CatchQt.h"

#include "common/CellText.h"
#include "common/DetailsParts.h"
#include "partners/AgreementListModel.h"

#include <QApplication>
#include <QBrush>
#include <QLabel>
#include <QPalette>

TEST_CASE("An empty cell shows the same dash in directories and detail views", "[ui][look]")
{
    CHECK(CellText::empty() == QStringLiteral("\u2014"));

    AgreementListModel model;
    AgreementListRow row;
    row.id = QStringLiteral("AGR-1");
    row.name = QStringLiteral("Program agreement");
    model.setRows({row});
    const auto shown = [&model](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    // No parent, no marketplace, no active version, no contracts: one way for all of them.
    for (const int column : {AgreementListModel::Program, AgreementListModel::Marketplace,
                             AgreementListModel::ActiveVersion, AgreementListModel::Contracts}) {
        INFO(column);
        CHECK(shown(column).toString() == CellText::empty());
        CHECK(shown(column, Qt::ForegroundRole).value<QBrush>().color() ==
              QApplication::palette().color(QPalette::PlaceholderText));
    }
    CHECK(shown(AgreementListModel::Name).toString() == QStringLiteral("Program agreement"));
    CHECK_FALSE(shown(AgreementListModel::Name, Qt::ForegroundRole).isValid());

    QLabel field;
    DetailsParts::showEmpty(&field);
    CHECK(field.text() == CellText::empty());
    CHECK(field.foregroundRole() == QPalette::PlaceholderText);
}
