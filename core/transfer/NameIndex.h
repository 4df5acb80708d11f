#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

/// Finds a record by its ID or one of its names as a person types them in a file: case and edge
/// spaces ignored. A name shared by several records finds none of them (ambiguous); an ID always
/// wins over a name.
class NameIndex {
public:
    enum class Match { Found, Missing, Ambiguous };
    struct Lookup {
        Match match = Match::Missing;
        QString id;
    };

    void add(const QString& id, const QStringList& names);
    Lookup find(const QString& text) const;
    bool isEmpty() const { return m_ids.isEmpty(); }

private:
    QHash<QString, QString> m_ids;   ///< folded ID → ID
    QHash<QString, QString> m_names; ///< folded name → ID; empty when ambiguous
};
