#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

/// An SQL statement with its named values, ready to prepare and bind.
struct DirectoryStatement {
    QString sql;
    QList<QPair<QString, QVariant>> bindings;
};
