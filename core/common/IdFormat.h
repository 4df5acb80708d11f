#pragma once

#include "common/IdKind.h"

#include <QList>
#include <QString>

/// The textual shape of one kind of identifier: a prefix and groups of digits, e.g. VA-ddd-ddd.
class IdFormat {
public:
    static const IdFormat& of(IdKind kind);

    QString prefix() const { return m_prefix; }
    /// Digit counts of the groups a newly generated ID has.
    QList<int> groups() const { return m_groups; }
    /// Whether text is an ID of this kind (accounts also accept the 4-4 digit form).
    bool matches(const QString& text) const;
    /// A pattern such as "VA-ddd-ddd" for messages.
    QString pattern() const;

private:
    IdFormat(QString prefix, QList<int> groups, QList<int> alternativeGroups = {});
    bool matchesGroups(const QString& text, const QList<int>& groups) const;

    QString m_prefix;
    QList<int> m_groups;
    QList<int> m_alternativeGroups;
};
