#include "SampleLead.h"

QJsonObject SampleLead::make(int client, int index)
{
    return QJsonObject{
        {QStringLiteral("product"), QStringLiteral("Apex Mail Security")},
        {QStringLiteral("marketplace"), QStringLiteral("Mighty Mick's US")},
        {QStringLiteral("name"), QStringLiteral("Benchmark lead %1-%2").arg(client).arg(index)},
        {QStringLiteral("source"), QStringLiteral("website_form")},
        {QStringLiteral("company_name"), QStringLiteral("Zenith Widgets")},
        {QStringLiteral("company_website"), QStringLiteral("zenith.example")},
        {QStringLiteral("company_tin"), QStringLiteral("500100732259")},
        {QStringLiteral("selling_direction"), QStringLiteral("SMB")},
        {QStringLiteral("first_name"), QStringLiteral("Zoe")},
        {QStringLiteral("last_name"), QStringLiteral("Quinn")}};
}
