#include "CatchQt.h"

#include "common/EmailAddress.h"

TEST_CASE("E-mail syntax", "[validation]")
{
    for (const char* valid : {"a@b.co", "mgoldmill@mightymicks.com",
                              "first.last+tag@sub.example.org", "o'brien@example.ie"})
        CHECK(EmailAddress::isValid(QString::fromLatin1(valid)));
    for (const char* invalid : {"", "plain", "@example.com", "a@", "a@b", "a@@b.com", "a b@c.com",
                                ".a@b.com", "a.@b.com", "a..b@c.com", "a@-b.com", "a@b.com."})
        CHECK_FALSE(EmailAddress::isValid(QString::fromLatin1(invalid)));
}
