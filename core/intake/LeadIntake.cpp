#include "intake/LeadIntake.h"

#include "storage/Transaction.h"
#include "transfer/LeadImport.h"
#include "transfer/LeadRowWriter.h"

#include <QDateTime>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <optional>

#include <cmath>

namespace {

/// A JSON value as the text of a CSV cell; nullopt for an array or object.
std::optional<QString> cellText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 9007199254740992.0)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return std::nullopt;
}

} // namespace

Result<QString>
LeadIntake::create(const QSqlDatabase& database, const ActingContext& acting,
                   const QJsonObject& object, QList<LeadRowProblem>* problems,
                   const std::function<Result<void>(const QString& leadId)>& withinTransaction)
{
    if (problems)
        problems->clear();
    if (!acting.canCreateLeads())
        return Error{ErrorCode::PermissionDenied,
                     tr("Creating leads needs a CRM role in a distributor or reseller account.")};
    if (object.size() > maxFields)
        return Error{
            ErrorCode::Invalid,
            tr("A lead has at most %1 fields; this one has %2.").arg(maxFields).arg(object.size())};
    auto fields = LeadImport::fields(database, acting);
    if (!fields)
        return fields.error();

    QList<LeadRowProblem> reasons;
    ImportMapping mapping;
    QStringList cells;
    QSet<QString> given;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const auto field =
            std::find_if(fields->cbegin(), fields->cend(), [&](const ImportField& f) {
                return f.key == key ||
                       (f.key == LeadRowWriter::customPrefix + key && !key.isEmpty());
            });
        if (field == fields->cend()) {
            reasons << LeadRowProblem{key, key, tr("Not a lead field.")};
            continue;
        }
        if (given.contains(field->key)) {
            reasons << LeadRowProblem{key, field->label, tr("Given twice.")};
            continue;
        }
        given.insert(field->key);
        const std::optional<QString> text = cellText(it.value());
        if (!text) {
            reasons << LeadRowProblem{key, field->label, tr("Give text, a number or true/false.")};
            continue;
        }
        if (text->size() > maxValueLength) {
            reasons << LeadRowProblem{key, field->label,
                                      tr("At most %1 characters.").arg(maxValueLength)};
            continue;
        }
        mapping.setField(int(cells.size()), field->key);
        cells << *text;
    }
    if (!reasons.isEmpty())
        return LeadRowWriter::refusal(reasons, problems);

    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto writer = LeadRowWriter::open(database, acting, mapping);
    if (!writer)
        return writer.error();
    auto leadId = writer.value()->write(cells, problems);
    if (!leadId)
        return leadId.error();
    if (withinTransaction)
        if (auto done = withinTransaction(leadId.value()); !done)
            return done.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return leadId.value();
}
