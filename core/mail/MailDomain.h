#pragma once

#include <QString>

/// What the domain of a sender's address says about their company: the organisation's domain,
/// a company name made from it, and whether it is a free-mail service (whose addresses belong
/// to people, not companies). Domains are ASCII (punycode for international ones).
class MailDomain {
public:
    /// Whether domain, or the organisation domain it belongs to, is a free-mail service
    /// (gmail.com, mail.ru, …): the one list of them.
    static bool isFreeMail(const QString& domain);
    /// The organisation's domain without its host names: "mail.acme.com" → "acme.com",
    /// "sales.acme.co.uk" → "acme.co.uk" (country second levels such as co.uk and com.au by
    /// their shape, without a public suffix list).
    static QString organisationDomain(const QString& domain);
    /// A company name made from the organisation domain: "acme-tools.co.uk" → "Acme Tools",
    /// "xn--80aswg.xn--p1ai" → "Сайт".
    static QString companyName(const QString& domain);
};
