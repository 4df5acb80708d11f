#include "CatchQt.h"

#include "common/PhoneNumber.h"

TEST_CASE("A stored phone number is shown in international format", "[core][phone]")
{
    CHECK(PhoneNumber::international(QStringLiteral("+14155550123")) ==
          QStringLiteral("+1 415-555-0123"));
    CHECK(PhoneNumber::international(QStringLiteral("+4930901820")) ==
          QStringLiteral("+49 30 901820"));
    CHECK(PhoneNumber::international(QStringLiteral("+74951234567")) ==
          QStringLiteral("+7 495 123-45-67"));
    // What toE164 stores reads back as the same number.
    const QString stored =
        PhoneNumber::toE164(QStringLiteral("(415) 555-0123"), QStringLiteral("US")).value();
    CHECK(PhoneNumber::toE164(PhoneNumber::international(stored), QString()).value() == stored);
}

TEST_CASE("Text that is no phone number is shown as it was stored", "[core][phone]")
{
    CHECK(PhoneNumber::international(QString()).isEmpty());
    CHECK(PhoneNumber::international(QStringLiteral("call the front desk")) ==
          QStringLiteral("call the front desk"));
    CHECK(PhoneNumber::international(QStringLiteral("+1 555")) == QStringLiteral("+1 555"));
}
