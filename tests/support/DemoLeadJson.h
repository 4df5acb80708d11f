#pragma once

#include <QJsonObject>

/// A lead as the REST API and web forms send it (LeadIntake's JSON), valid on the demo
/// workspace for the home distributor (Mighty Mick's).
struct DemoLeadJson {
    static QJsonObject make(const QString& name)
    {
        return QJsonObject{{QStringLiteral("product"), QStringLiteral("Apex Mail Security")},
                           {QStringLiteral("marketplace"), QStringLiteral("Mighty Mick's US")},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("source"), QStringLiteral("website_form")},
                           {QStringLiteral("company_name"), QStringLiteral("Zenith Widgets")},
                           {QStringLiteral("company_website"), QStringLiteral("zenith.example")},
                           {QStringLiteral("company_tin"), QStringLiteral("500100732259")},
                           {QStringLiteral("selling_direction"), QStringLiteral("SMB")},
                           {QStringLiteral("first_name"), QStringLiteral("Zoe")},
                           {QStringLiteral("last_name"), QStringLiteral("Quinn")}};
    }
};
