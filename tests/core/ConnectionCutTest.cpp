// A network cut in the middle of a write to a team server (issue 12, point 4): the server ends the
// session after the write's first rows are in, as a cut cable or a restarted server would. Runs
// through scripts/with-postgres (CHANNELDESK_TEST_POSTGRES_URL); without it the case only warns.
#include "DemoPartners.h"

#include "leads/LeadCatalog.h"
#include "leads/LeadService.h"
#include "storage/ConnectionLoss.h"
#include "storage/Reconnection.h"

#include <QSqlError>

namespace {

/// Makes the fixture below create its workspace on the test server.
struct OnServer {
    QByteArray engine = qgetenv("CHANNELDESK_TEST_ENGINE");
    OnServer() { qputenv("CHANNELDESK_TEST_ENGINE", "postgres"); }
    void restore() const
    {
        if (engine.isNull())
            qunsetenv("CHANNELDESK_TEST_ENGINE");
        else
            qputenv("CHANNELDESK_TEST_ENGINE", engine);
    }
};

struct CutFixture : OnServer, DemoPartners {
    std::unique_ptr<Workspace> observer;

    CutFixture()
    {
        restore();
        auto opened = Workspace::open(workspace->server().url());
        REQUIRE(opened);
        observer = std::move(opened).value();
    }

    /// The session of whoever writes the event of a lead named name ends right there: the lead
    /// row is already written in the same transaction.
    void cutWhenLeadNamed(const QString& name) const
    {
        for (const QString& sql :
             {QStringLiteral(
                  "CREATE FUNCTION cut_mid_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                  "IF EXISTS (SELECT 1 FROM leads WHERE id = NEW.object_id AND name = '%1') THEN "
                  "PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5); END IF; "
                  "RETURN NEW; END $$")
                  .arg(name),
              QStringLiteral("CREATE TRIGGER cut_mid_write AFTER INSERT ON events FOR EACH ROW "
                             "EXECUTE FUNCTION cut_mid_write()")}) {
            QSqlQuery query(observer->connection());
            INFO(query.lastError().text().toStdString());
            REQUIRE(query.exec(sql));
        }
    }
    void mend() const
    {
        QSqlQuery query(observer->connection());
        REQUIRE(query.exec(QStringLiteral("DROP TRIGGER cut_mid_write ON events")));
    }
    LeadDraft draft(const QString& name) const
    {
        const QString listing = listingWithDefaultForm();
        LeadDraft lead;
        lead.listingId = listing;
        lead.formId = LeadCatalog::listing(db, listing)->formId;
        lead.name = name;
        lead.sourceKey = QStringLiteral("call");
        lead.newCompany = true;
        lead.companyName = QStringLiteral("Cut Cable Ltd");
        lead.companyTin = QStringLiteral("7830002293");
        lead.companyWebsite = QStringLiteral("https://cutcable.example");
        lead.newContact = true;
        lead.firstName = QStringLiteral("Ada");
        lead.lastName = QStringLiteral("Wire");
        lead.contactEmail = QStringLiteral("ada@cutcable.example");
        lead.sellingDirectionId = scalar(
            QStringLiteral("SELECT min(id) FROM selling_directions WHERE account_id = ?"), {mm});
        return lead;
    }
    QString dump() const { return TestWorkspace::dump(*observer); }
};

} // namespace

TEST_CASE("A network cut in the middle of a write to a team server leaves nothing half-written, "
          "says the connection was lost, and the same write succeeds after reconnecting",
          "[postgres][live][transactions]")
{
    if (TestWorkspace::serverUrl().isEmpty()) {
        WARN("CHANNELDESK_TEST_POSTGRES_URL is not set: run scripts/with-postgres "
             "build/tests/core_tests \"[postgres]\"");
        return;
    }
    CutFixture f;
    const QString name = QStringLiteral("Cut mid-write");
    f.cutWhenLeadNamed(name);
    const QString before = f.dump();
    const int leads =
        TestWorkspace::count(*f.observer, QStringLiteral("SELECT count(*) FROM leads"));

    int observed = 0;
    ConnectionLoss::setObserver([&observed] { ++observed; });
    LeadValidation validation;
    auto cut = LeadService::create(f.db, f.home, f.draft(name), &validation);
    ConnectionLoss::setObserver({});
    REQUIRE_FALSE(cut);
    INFO(cut.error().message.toStdString());
    CHECK(ConnectionLoss::isLoss(cut.error()));
    CHECK(cut.error().message.contains(QStringLiteral("connection to the team server was lost")));
    CHECK(observed >= 1);
    // The company, contact and lead rows written before the cut are gone with their transaction.
    CHECK(f.dump() == before);

    f.mend();
    auto reconnected = Reconnection::reconnect(*f.workspace);
    INFO((reconnected ? QString() : reconnected.error().message).toStdString());
    REQUIRE(reconnected);
    auto created = LeadService::create(f.db, f.home, f.draft(name), &validation);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created);
    CHECK(TestWorkspace::count(*f.observer, QStringLiteral("SELECT count(*) FROM leads")) ==
          leads + 1);
    CHECK(TestWorkspace::count(*f.observer,
                               QStringLiteral("SELECT count(*) FROM companies WHERE name = ?"),
                               {QStringLiteral("Cut Cable Ltd")}) == 1);
}
