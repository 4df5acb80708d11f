#include "mail/MailLeadReader.h"

#include "common/EmailAddress.h"
#include "common/WebsiteUrl.h"
#include "leads/LeadValidator.h"
#include "mail/HtmlText.h"
#include "mail/MailDomain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

// GLib names a structure member "signals", which Qt defines as a keyword.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <memory>
#include <mutex>

namespace {

/// Deeper MIME nesting is not searched for the body.
constexpr int maxPartDepth = 16;

struct GObjectUnref {
    void operator()(gpointer object) const { g_object_unref(object); }
};
template <typename T> using GObjectPtr = std::unique_ptr<T, GObjectUnref>;

struct GFree {
    void operator()(gpointer memory) const { g_free(memory); }
};

void initialiseGMime()
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { g_mime_init(); });
}

/// At most limit characters, never splitting a surrogate pair; "…" ends a cut text.
QString cut(const QString& text, int limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype end = limit - 1;
    if (end > 0 && text.at(end - 1).isHighSurrogate())
        --end;
    return text.left(end).trimmed() + QChar(0x2026);
}

/// One line without control characters or repeated spaces.
QString singleLine(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text)
        result += c.category() == QChar::Other_Control || c.isSpace() ? QChar(QLatin1Char(' ')) : c;
    return result.simplified();
}

/// Lines ending in LF, no control characters but tab, no trailing spaces, at most one empty
/// line in a row.
QString multiLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c == QChar::Nbsp)
            clean += QLatin1Char(' ');
        else if (c.category() != QChar::Other_Control || c == QLatin1Char('\n') ||
                 c == QLatin1Char('\t'))
            clean += c;
    }
    QStringList lines;
    int empty = 0;
    for (QString line : clean.split(QLatin1Char('\n'))) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        empty = line.isEmpty() ? empty + 1 : 0;
        if (empty < 2)
            lines << line;
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

QString fromUtf8(const char* text)
{
    return text ? QString::fromUtf8(text) : QString();
}

/// A text part's bytes, converted to UTF-8 by GMime when the part declares its charset.
QByteArray partBytes(GMimeTextPart* part)
{
    const std::unique_ptr<char, GFree> text(g_mime_text_part_get_text(part));
    return text ? QByteArray(text.get()) : QByteArray();
}

bool isUtf8(const QByteArray& bytes)
{
    return g_utf8_validate(bytes.constData(), bytes.size(), nullptr);
}

/// Text that is not UTF-8 (no charset declared, or one GMime cannot convert) is read as
/// Windows-1252, as mail programs do.
QString decoded(const QByteArray& bytes)
{
    if (isUtf8(bytes))
        return QString::fromUtf8(bytes);
    gsize written = 0;
    const std::unique_ptr<char, GFree> converted(g_convert(
        bytes.constData(), bytes.size(), "UTF-8", "WINDOWS-1252", nullptr, &written, nullptr));
    return converted ? QString::fromUtf8(converted.get(), qsizetype(written))
                     : QString::fromLatin1(bytes);
}

bool isAttachment(GMimeObject* object)
{
    const char* disposition = g_mime_object_get_disposition(object);
    return disposition && g_ascii_strcasecmp(disposition, "attachment") == 0;
}

/// The text part that is the body: text/plain before text/html, the first that is not an
/// attachment; nested messages (forwarded mail) are not searched.
GMimeTextPart* bodyPart(GMimeObject* object, const char* subtype, int depth)
{
    if (!object || depth > maxPartDepth || isAttachment(object))
        return nullptr;
    if (GMIME_IS_TEXT_PART(object)) {
        GMimeContentType* type = g_mime_object_get_content_type(object);
        return g_mime_content_type_is_type(type, "text", subtype) ? GMIME_TEXT_PART(object)
                                                                  : nullptr;
    }
    if (!GMIME_IS_MULTIPART(object))
        return nullptr;
    GMimeMultipart* multipart = GMIME_MULTIPART(object);
    const int count = g_mime_multipart_get_count(multipart);
    for (int i = 0; i < count; ++i)
        if (GMimeTextPart* found =
                bodyPart(g_mime_multipart_get_part(multipart, i), subtype, depth + 1))
            return found;
    return nullptr;
}

QString bodyText(GMimeMessage* message)
{
    GMimeObject* root = g_mime_message_get_mime_part(message);
    if (GMimeTextPart* plain = bodyPart(root, "plain", 0))
        return multiLine(decoded(partBytes(plain)));
    if (GMimeTextPart* html = bodyPart(root, "html", 0)) {
        // Not UTF-8: the parser reads the charset from the document (<meta charset>).
        const QByteArray bytes = partBytes(html);
        return multiLine(HtmlText::toPlainText(bytes, isUtf8(bytes) ? QByteArrayLiteral("UTF-8")
                                                                    : QByteArray()));
    }
    return {};
}

/// "Ivan Petrov" → Ivan, Petrov; "Petrov, Ivan" → Ivan, Petrov; "Mary Ann Smith" → Mary, Ann,
/// Smith; a single word is a first name.
void splitName(const QString& name, MailLead& lead)
{
    QStringList words;
    if (const qsizetype comma = name.indexOf(QLatin1Char(',')); comma > 0)
        words = (name.mid(comma + 1) + QLatin1Char(' ') + name.left(comma))
                    .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    else
        words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    lead.firstName = cut(words.takeFirst(), LeadValidator::maxPersonNameLength);
    if (words.isEmpty())
        return;
    lead.lastName = cut(words.takeLast(), LeadValidator::maxPersonNameLength);
    lead.middleName = cut(words.join(QLatin1Char(' ')), LeadValidator::maxPersonNameLength);
}

/// "ivan.petrov@…" → Ivan Petrov: a name from an address's two-word local part.
QString nameFromAddress(const QString& localPart)
{
    static const QRegularExpression twoWords(QStringLiteral(R"(^([a-z]{2,})[._]([a-z]{2,})$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    const auto match = twoWords.match(localPart);
    if (!match.hasMatch())
        return {};
    auto capitalised = [](QString word) {
        word = word.toLower();
        word[0] = word.at(0).toUpper();
        return word;
    };
    return capitalised(match.captured(1)) + QLatin1Char(' ') + capitalised(match.captured(2));
}

InternetAddressMailbox* firstMailbox(InternetAddressList* list, int depth = 0)
{
    if (!list || depth > 1)
        return nullptr;
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count; ++i) {
        InternetAddress* address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(address))
            return INTERNET_ADDRESS_MAILBOX(address);
        if (INTERNET_ADDRESS_IS_GROUP(address))
            if (InternetAddressMailbox* member = firstMailbox(
                    internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), depth + 1))
                return member;
    }
    return nullptr;
}

} // namespace

Result<MailLead> MailLeadReader::readFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto failed = [&shown](ErrorCode code, const QString& message) {
        return Error{code, tr("%1: %2").arg(shown, message)};
    };
    const QFileInfo info(path);
    if (!info.exists())
        return failed(ErrorCode::NotFound, tr("There is no such file."));
    if (!info.isFile())
        return failed(ErrorCode::Invalid, tr("This is not a file."));
    if (info.size() > maxMessageBytes)
        return failed(ErrorCode::Invalid,
                      tr("The file is larger than %1 MB, too large for an e-mail to read.")
                          .arg(maxMessageBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(ErrorCode::NotFound, file.errorString());
    // The size is checked again on what was read: the file may have grown meanwhile.
    const QByteArray message = file.read(maxMessageBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failed(ErrorCode::Storage, file.errorString());
    auto lead = read(message);
    if (!lead)
        return failed(lead.error().code, lead.error().message);
    return lead;
}

Result<MailLead> MailLeadReader::read(const QByteArray& message)
{
    if (message.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, tr("The e-mail is empty.")};
    if (message.size() > maxMessageBytes)
        return Error{ErrorCode::Invalid, tr("The e-mail is larger than %1 MB, too large to read.")
                                             .arg(maxMessageBytes / (1024 * 1024))};
    initialiseGMime();
    const GObjectPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(message.constData(), size_t(message.size())));
    const GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    const GObjectPtr<GMimeMessage> parsed(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!parsed)
        return Error{ErrorCode::Invalid,
                     tr("This is not an e-mail: it has no mail headers (an .eml file saved "
                        "by a mail program has them).")};
    InternetAddressMailbox* from = firstMailbox(g_mime_message_get_from(parsed.get()));
    const QString address =
        from ? fromUtf8(internet_address_mailbox_get_idn_addr(from)).trimmed() : QString();
    if (address.isEmpty())
        return Error{ErrorCode::Invalid, tr("The e-mail has no sender address (From), so it "
                                            "names nobody to make a lead of.")};
    if (!EmailAddress::isValid(address))
        return Error{ErrorCode::Invalid,
                     tr("The sender address \u201c%1\u201d (From) is not a valid e-mail address.")
                         .arg(cut(singleLine(address), LeadValidator::maxNameLength))};

    MailLead lead;
    lead.email = address;
    QString name = singleLine(fromUtf8(internet_address_get_name(INTERNET_ADDRESS(from))));
    static const QRegularExpression quotes(QStringLiteral("^[\"'\u201c\u201e]+|[\"'\u201d]+$"));
    name.remove(quotes);
    name = name.trimmed();
    // Some programs write the address as the name: it names nobody.
    if (name.contains(QLatin1Char('@')))
        name.clear();
    if (name.isEmpty())
        name = nameFromAddress(address.section(QLatin1Char('@'), 0, 0));
    lead.senderName = cut(name, LeadValidator::maxNameLength);
    splitName(name, lead);
    const QString domain = address.section(QLatin1Char('@'), 1).toLower();
    if (!MailDomain::isFreeMail(domain)) {
        lead.companyName = cut(MailDomain::companyName(domain), LeadValidator::maxNameLength);
        // An international domain's punycode is no website address the lead form accepts.
        if (auto website = WebsiteUrl::normalize(MailDomain::organisationDomain(domain)))
            lead.companyWebsite = website.value();
    }
    lead.subject = cut(singleLine(fromUtf8(g_mime_message_get_subject(parsed.get()))),
                       LeadValidator::maxNameLength);
    lead.description = cut(bodyText(parsed.get()), LeadValidator::maxDescriptionLength);
    return lead;
}
