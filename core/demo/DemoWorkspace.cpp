#include "demo/DemoWorkspace.h"

#include "accounts/AccountRole.h"
#include "accounts/UserRole.h"
#include "common/IdGenerator.h"
#include "demo/StagedWorkspace.h"
#include "history/EventLog.h"
#include "leads/LeadSource.h"
#include "leads/LeadStatus.h"
#include "partners/AgreementType.h"
#include "partners/ContractStatus.h"
#include "partners/PartnerStatus.h"
#include "session/Memberships.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace {

constexpr quint32 demoSeed = 0x43444B31;
constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
// 2026-10-01T00:00:00Z; the first demo object is created at 09:00 that day.
constexpr qint64 october1 = 1790812800000;
// 2036-01-01T00:00:00Z
constexpr qint64 invitationExpiry = 2082758400000;
constexpr int invitationTokenBytes = 32;

/// A moment of the demo's October–November 2026, UTC.
struct When {
    int month;
    int day;
    int hour;
    int minute = 0;
};

qint64 at(When when)
{
    const int dayOfDemo = (when.month == 11 ? 31 : 0) + when.day - 1;
    return october1 + dayOfDemo * dayMs + when.hour * hourMs + when.minute * minuteMs;
}

QString text(const char* utf8)
{
    return utf8 ? QString::fromUtf8(utf8) : QStringLiteral("");
}

// ---------------------------------------------------------------------------------------------
// The demo content. Rows refer to each other by key; keys are unique across all tables.

struct AccountSeed {
    const char* key;
    const char* fixedId;
    const char* name;
    AccountRole role;
    When created;
    const char* createdBy;  ///< account whose acting user created this one
    const char* actingUser; ///< the user who acts for this account in the history
    const char* description = nullptr;
    const char* overview = nullptr;
    const char* overviewAuthor = nullptr;
    const char* headquarters = nullptr;
    const char* countries = nullptr;
    const char* languages = nullptr;
    const char* industry = nullptr;
    const char* websites = nullptr;
    const char* technicalName = nullptr;
    const char* technicalEmail = nullptr;
    const char* businessName = nullptr;
    const char* businessEmail = nullptr;
};

constexpr AccountSeed accountSeeds[] = {
    {.key = "mm",
     .fixedId = DemoWorkspace::homeDistributorId,
     .name = "Mighty Mick's LLC",
     .role = AccountRole::Distributor,
     .created = {10, 1, 9},
     .createdBy = "mm",
     .actingUser = "goldmill",
     .description = "Mighty Mick's LLC is a cloud distributor that brings software vendors to "
                    "managed service providers and resellers in North America, Europe and Latin "
                    "America. It runs three marketplaces and a reseller program with first-line "
                    "support in English and Spanish.",
     .overview = "One contract with Mighty Mick's puts a vendor's products in front of resellers "
                 "in three regions within weeks.",
     .overviewAuthor = "Michael Goldmill, Managing Director",
     .headquarters = "Philadelphia, United States",
     .countries = "United States, Germany, France, Italy, Spain, Brazil, Mexico, Argentina",
     .languages = "English, Spanish",
     .industry = "IT distribution",
     .websites = "https://www.mightymicks.example, https://partners.mightymicks.example",
     .technicalName = "Paulie Pennino",
     .technicalEmail = "paulie.pennino@mightymicks.example",
     .businessName = "Michael Goldmill",
     .businessEmail = "michael.goldmill@mightymicks.example"},
    {.key = "ingram",
     .fixedId = DemoWorkspace::ingramMicroId,
     .name = "Ingram Micro",
     .role = AccountRole::Distributor,
     .created = {10, 1, 10},
     .createdBy = "ingram",
     .actingUser = "drago",
     .description = "Ingram Micro is a global technology distributor connecting vendors with "
                    "resellers and service providers.",
     .headquarters = "Irvine, United States",
     .countries = "United Kingdom, United States",
     .languages = "English",
     .industry = "IT distribution",
     .websites = "https://www.ingrammicro.com",
     .technicalName = "Ingram Micro",
     .technicalEmail = "technical@ingrammicro.com",
     .businessName = "Ingram Micro",
     .businessEmail = "business@ingrammicro.com"},
    {.key = "champions",
     .fixedId = DemoWorkspace::championsCorpId,
     .name = "Champions Corp",
     .role = AccountRole::Vendor,
     .created = {10, 1, 11},
     .createdBy = "champions",
     .actingUser = "balboa",
     .description = "Champions Corp makes Champions CRM, a lightweight CRM for small sales teams.",
     .headquarters = "Philadelphia, United States",
     .countries = "United States, Brazil, Mexico, Argentina",
     .languages = "English, Spanish",
     .industry = "Business software",
     .websites = "https://www.championscorp.example",
     .technicalName = "Robert Balboa",
     .technicalEmail = "rbalboa@fs.com",
     .businessName = "Robert Balboa Jr.",
     .businessEmail = "rbalboajr@fs.com"},
    {.key = "telefonica",
     .fixedId = DemoWorkspace::telefonicaId,
     .name = "Telefonica",
     .role = AccountRole::Vendor,
     .created = {10, 1, 12},
     .createdBy = "telefonica",
     .actingUser = "moreno",
     .description = "Telefonica is a Spanish multinational broadband and telecommunications "
                    "provider with operations in Europe, Asia, and North, Central and South "
                    "America. Operating globally, it's one of the largest telephone operators and "
                    "mobile network providers in the world. The company is a component of the "
                    "Euro Stoxx 50 stock market index.",
     .overview = "We have been very impressed by the commitment shown by CloudBlue in making their "
                 "platform offering relevant and effective for telecom operators. Their "
                 "willingness to adapt their solutions to our requirements, however complex, "
                 "delivers real value for us.",
     .overviewAuthor = "Juan Manuel Moreno, Global Cloud Director",
     .headquarters = "Madrid, Spain",
     .countries = "Italy",
     .languages = "Spanish, English",
     .industry = "Telecommunications",
     .websites = "https://www.telefonica.com",
     .technicalName = "Albert Wilson",
     .technicalEmail = "craig.kehr@example.com",
     .businessName = "Morris Hawkins",
     .businessEmail = "timothy.barnes@example.com"},
    {.key = "apex",
     .fixedId = DemoWorkspace::demoVendorId,
     .name = "Apex Cloud Software",
     .role = AccountRole::Vendor,
     .created = {10, 1, 13},
     .createdBy = "apex",
     .actingUser = "chen",
     .description = "Apex Cloud Software develops backup, e-mail security and analytics services "
                    "for small and mid-sized businesses, sold only through distributors and "
                    "resellers.",
     .overview = "Selling through Mighty Mick's and Ingram Micro lets a team of forty people "
                 "serve customers in a dozen countries.",
     .overviewAuthor = "Sarah Chen, Head of Channel Sales",
     .headquarters = "Austin, United States",
     .countries = "United States, United Kingdom, Germany, France, Italy, Spain",
     .languages = "English, German",
     .industry = "Software",
     .websites = "https://www.apexcloud.example",
     .technicalName = "Dev Malhotra",
     .technicalEmail = "support@apexcloud.example",
     .businessName = "Sarah Chen",
     .businessEmail = "sarah.chen@apexcloud.example"},
    {.key = "tomorrow",
     .fixedId = "PA-1234-5678",
     .name = "Tomorrow Corporation",
     .role = AccountRole::Distributor,
     .created = {10, 1, 14},
     .createdBy = "tomorrow",
     .actingUser = "creed",
     .description = "Tomorrow Corporation is a cloud distributor for telecom operators and their "
                    "business customers in Italy and Spain.",
     .headquarters = "Milan, Italy",
     .countries = "Italy, Spain",
     .languages = "Italian, Spanish, English",
     .industry = "Telecommunications",
     .websites = "https://www.tomorrowcorp.example",
     .technicalName = "Apollo Creed",
     .technicalEmail = "apollo.creed@tomorrowcorp.example",
     .businessName = "Apollo Creed",
     .businessEmail = "apollo.creed@tomorrowcorp.example"},
    {.key = "bluebird",
     .fixedId = nullptr,
     .name = "Bluebird Resellers",
     .role = AccountRole::Reseller,
     .created = {10, 9, 9},
     .createdBy = "mm",
     .actingUser = "maryBluebird",
     .description = "Bluebird Resellers sells cloud services to small offices on the US East "
                    "Coast.",
     .headquarters = "Boston, United States",
     .countries = "United States",
     .languages = "English",
     .industry = "IT services",
     .websites = "https://www.bluebird-resellers.example",
     .businessName = "Mary Bluebird",
     .businessEmail = "mary@bluebird-resellers.example"},
    {.key = "frontStreet",
     .fixedId = DemoWorkspace::frontStreetId,
     .name = "Front Street Inc",
     .role = AccountRole::Vendor,
     .created = {11, 3, 9},
     .createdBy = "mm",
     .actingUser = nullptr,
     .description = "Front Street Inc builds point-of-sale and inventory software for "
                    "independent retailers.",
     .industry = "Retail software"},
};

struct UserSeed {
    const char* key;
    const char* fixedId;
    const char* name;
    const char* email;
    When created;
};

constexpr UserSeed userSeeds[] = {
    {"goldmill", DemoWorkspace::homeUserId, "Michael Goldmill",
     "michael.goldmill@mightymicks.example", {10, 1, 9, 5}},
    {"gazzo", nullptr, "Tony Gazzo", "tony.gazzo@mightymicks.example", {10, 1, 9, 10}},
    {"pennino", nullptr, "Paulie Pennino", "paulie.pennino@mightymicks.example", {10, 1, 9, 15}},
    {"drago", nullptr, "Ivan Drago", "ivan.drago@ingrammicro.example", {10, 1, 10, 5}},
    {"balboa", nullptr, "Robert Balboa", "rbalboa@fs.com", {10, 1, 11, 5}},
    {"moreno", nullptr, "Juan Manuel Moreno", "juanmanuel.moreno@telefonica.example",
     {10, 1, 12, 5}},
    {"chen", DemoWorkspace::demoVendorUserId, "Sarah Chen", "sarah.chen@apexcloud.example",
     {10, 1, 13, 5}},
    {"creed", nullptr, "Apollo Creed", "apollo.creed@tomorrowcorp.example", {10, 1, 14, 5}},
    {"maryBluebird", nullptr, "Mary Bluebird", "mary@bluebird-resellers.example", {10, 9, 9, 5}},
};

struct MembershipSeed {
    const char* user;
    const char* account;
    UserRole role;
};

constexpr MembershipSeed membershipSeeds[] = {
    {"goldmill", "mm", UserRole::CrmAdmin},
    {"gazzo", "mm", UserRole::CrmSales},
    {"pennino", "mm", UserRole::Viewer},
    {"chen", "apex", UserRole::CrmAdmin},
    {"drago", "ingram", UserRole::CrmManager},
    {"moreno", "telefonica", UserRole::CrmAdmin},
    {"balboa", "champions", UserRole::CrmAdmin},
    {"creed", "tomorrow", UserRole::CrmAdmin},
    {"creed", "mm", UserRole::Viewer},
    {"maryBluebird", "bluebird", UserRole::CrmSales},
};

struct ProductSeed {
    const char* key;
    const char* vendor;
    const char* name;
    const char* description;
};

constexpr ProductSeed productSeeds[] = {
    {"apexBackup", "apex", "Apex Backup",
     "Encrypted cloud backup for servers, laptops and Microsoft 365 with one-click restore."},
    {"apexMail", "apex", "Apex Mail Security",
     "Stops spam, phishing and malware before it reaches any mailbox of the company."},
    {"apexAnalytics", "apex", "Apex Analytics",
     "Dashboards and usage reports that turn backup and mail data into business insight."},
    {"championsCrm", "champions", "Champions CRM",
     "A lightweight CRM that helps small sales teams follow every deal from first call to "
     "signature."},
    {"movistar", "telefonica", "Movistar Cloud Connect",
     "Private, low-latency links between company sites and the major public clouds."},
    {"secureEdge", "telefonica", "Telefonica Secure Edge",
     "Managed firewall and secure web gateway delivered from Telefonica's network edge."},
};

struct MarketplaceSeed {
    const char* key;
    const char* owner;
    const char* name;
    const char* countries;
    const char* currency;
};

constexpr MarketplaceSeed marketplaceSeeds[] = {
    {"mpMmUs", "mm", "Mighty Mick's US", "US", "USD"},
    {"mpMmEu", "mm", "Mighty Mick's EU", "DE,FR,IT,ES", "EUR"},
    {"mpMmLatam", "mm", "Mighty Mick's LATAM", "BR,MX,AR", "USD"},
    {"mpIngramUk", "ingram", "Ingram Micro UK", "GB", "GBP"},
    {"mpTomorrow", "tomorrow", "Tomorrow Marketplace", "IT,ES", "EUR"},
    // Without a distribution agreement yet: open for new vendors in the Add partner wizard.
    {"mpMmApac", "mm", "Mighty Mick's APAC", "AU,NZ,SG", "AUD"},
    {"mpMmNordics", "mm", "Mighty Mick's Nordics", "SE,NO,DK,FI", "EUR"},
};

struct ProductGroupSeed {
    const char* key;
    const char* owner;
    const char* name;
    const char* description;
};

constexpr ProductGroupSeed productGroupSeeds[] = {
    {"pgSecurity", "mm", "Security", "E-mail and network security services."},
    {"pgDataProtection", "mm", "Data protection", "Backup, archiving and reporting services."},
};

/// A row of a table that joins two keyed objects.
struct Link {
    const char* from;
    const char* to;
};

constexpr Link productGroupProducts[] = {
    {"pgSecurity", "apexMail"},
    {"pgDataProtection", "apexBackup"},
    {"pgDataProtection", "apexAnalytics"},
};

struct CompanySeed {
    const char* key;
    const char* name;
    const char* tin;
    const char* website;
    const char* city;
};

constexpr CompanySeed companySeeds[] = {
    {"acme", "Acme Logistics", "912345678", "https://www.acme-logistics.example", "Chicago"},
    {"northwind", "Northwind Traders", "7736050003", "https://northwind.example", "Berlin"},
    {"globex", "Globex Corporation", "7830002293", "https://www.globex.example", "Paris"},
    {"initech", "Initech", "500100732259", "http://initech.example", "Austin"},
    {"umbrella", "Umbrella Health", "781100086042", "https://umbrella-health.example", "Milan"},
    {"thames", "Thames Valley Dental", "845612379", "https://thamesvalleydental.example",
     "London"},
    {"blueHarbor", "Blue Harbor Hotels", "530718264", "https://www.blueharbor.example",
     "Barcelona"},
    {"pampas", "Pampas Agro", "274019385", "http://pampas-agro.example", "Buenos Aires"},
};

struct ContactSeed {
    const char* key;
    const char* firstName;
    const char* middleName;
    const char* lastName;
    const char* phone;
    const char* email;
    const char* company;
};

constexpr ContactSeed contactSeeds[] = {
    {"acmeJane", "Jane", "", "Porter", "+13125550142", "jane.porter@acme-logistics.example",
     "acme"},
    {"acmeRaj", "Raj", "", "Patel", "+13125550187", "raj.patel@acme-logistics.example", "acme"},
    {"northwindAnna", "Anna", "Maria", "Schmidt", "+493055501234", "a.schmidt@northwind.example",
     "northwind"},
    {"globexLuc", "Luc", "", "Moreau", "+33155550123", "luc.moreau@globex.example", "globex"},
    {"initechPeter", "Peter", "", "Gibbons", "+15125550199", "peter.gibbons@initech.example",
     "initech"},
    {"initechSamir", "Samir", "", "Haddad", "+15125550134", "samir.haddad@initech.example",
     "initech"},
    {"umbrellaGiulia", "Giulia", "", "Rossi", "+390255501234",
     "giulia.rossi@umbrella-health.example", "umbrella"},
    {"thamesOliver", "Oliver", "James", "Bennett", "+442079460123",
     "oliver.bennett@thamesvalleydental.example", "thames"},
    {"blueHarborCarmen", "Carmen", "", "Lopez", "+34935550123", "carmen.lopez@blueharbor.example",
     "blueHarbor"},
    {"pampasMateo", "Mateo", "Luis", "Fernandez", "+541155550123",
     "mateo.fernandez@pampas-agro.example", "pampas"},
};

/// An entry of one of the editable reference lists (campaigns, selling directions, channels).
struct NamedSeed {
    const char* key;
    const char* name;
};

constexpr NamedSeed campaignSeeds[] = {
    {"spring", "Spring Promo 2026"},
    {"summit", "Partner Summit 2026"},
    {"backup101", "Webinar: Backup 101"},
};

constexpr NamedSeed sellingDirectionSeeds[] = {
    {"smb", "SMB"},
    {"enterprise", "Enterprise"},
    {"publicSector", "Public sector"},
};

constexpr NamedSeed channelSeeds[] = {
    {"newsletter", "Newsletter"},
    {"linkedin", "LinkedIn"},
    {"webinar", "Webinar"},
    {"banner", "Marketplace banner"},
};

struct AgreementSeed {
    const char* key;
    AgreementType type;
    const char* owner;
    const char* name;
    When created;
    const char* parent = nullptr;
    const char* marketplace = nullptr;
    const char* sourcing = nullptr;
};

// Parents and sourcing agreements come before the agreements that refer to them.
constexpr AgreementSeed agreementSeeds[] = {
    {"mmProgram", AgreementType::Program, "mm", "Mighty Mick's Vendor Program", {10, 3, 10}},
    {"mmUsDistribution", AgreementType::Distribution, "mm", "Mighty Mick's US Distribution",
     {10, 3, 11}, "mmProgram", "mpMmUs"},
    {"mmEuDistribution", AgreementType::Distribution, "mm", "Mighty Mick's EU Distribution",
     {10, 3, 11, 20}, "mmProgram", "mpMmEu"},
    {"mmLatamDistribution", AgreementType::Distribution, "mm", "Mighty Mick's LATAM Distribution",
     {10, 3, 11, 40}, "mmProgram", "mpMmLatam"},
    {"mmSyndication", AgreementType::Syndication, "mm", "Mighty Mick's Syndication Agreement",
     {10, 4, 9}},
    {"mmService", AgreementType::Service, "mm", "Mighty Mick's Reseller Service Agreement",
     {10, 4, 10}, nullptr, "mpMmUs", "mmSyndication"},
    {"mmReferral", AgreementType::Referral, "mm", "Mighty Mick's Referral Agreement", {10, 4, 11}},
    {"ingramProgram", AgreementType::Program, "ingram", "Ingram Micro Vendor Program", {10, 5, 10}},
    {"ingramUkDistribution", AgreementType::Distribution, "ingram", "Ingram Micro UK Distribution",
     {10, 5, 11}, "ingramProgram", "mpIngramUk"},
    {"tomorrowProgram", AgreementType::Program, "tomorrow", "Tomorrow Vendor Program", {10, 5, 14}},
    {"tomorrowDistribution", AgreementType::Distribution, "tomorrow",
     "Tomorrow Marketplace Distribution", {10, 5, 15}, "tomorrowProgram", "mpTomorrow"},
};

enum class DocumentSource { None, External, Uploaded };

struct VersionSeed {
    const char* agreement;
    int version;
    bool active;
    When created;
    const char* description;
    DocumentSource source = DocumentSource::None;
    const char* documentUrl = nullptr;
    const char* fileName = nullptr;
    const char* fileText = nullptr;
};

constexpr VersionSeed versionSeeds[] = {
    {.agreement = "mmProgram",
     .version = 1,
     .active = false,
     .created = {10, 3, 10},
     .description = "Terms for vendors who sell through the Mighty Mick's marketplaces: "
                    "onboarding, listing rules and monthly settlement."},
    {.agreement = "mmProgram",
     .version = 2,
     .active = true,
     .created = {10, 5, 9},
     .description = "Version 2 of the Mighty Mick's Vendor Program. Vendors list their products on "
                    "the Mighty Mick's marketplaces in the United States, Europe and Latin "
                    "America. Mighty Mick's handles billing and first-line support; the vendor "
                    "provides second-line support and keeps its price list current. Settlement "
                    "is monthly, 45 days after the end of the month."},
    {.agreement = "mmUsDistribution",
     .version = 1,
     .active = true,
     .created = {10, 3, 11},
     .description = "Distribution of the vendor's products on the Mighty Mick's US marketplace, "
                    "priced in USD."},
    {.agreement = "mmEuDistribution",
     .version = 1,
     .active = true,
     .created = {10, 3, 11, 20},
     .description = "Distribution of the vendor's products on the Mighty Mick's EU marketplace "
                    "(Germany, France, Italy, Spain), priced in EUR."},
    {.agreement = "mmLatamDistribution",
     .version = 1,
     .active = true,
     .created = {10, 3, 11, 40},
     .description = "Distribution of the vendor's products on the Mighty Mick's LATAM marketplace "
                    "(Brazil, Mexico, Argentina), priced in USD."},
    {.agreement = "mmSyndication",
     .version = 1,
     .active = true,
     .created = {10, 4, 9},
     .description = "Sourcing terms under which resellers offer products of the Mighty Mick's "
                    "catalog to their own customers."},
    {.agreement = "mmService",
     .version = 1,
     .active = true,
     .created = {10, 4, 10},
     .description = "Lets a reseller sell the Security and Data protection product groups on the "
                    "Mighty Mick's US marketplace. The signed document is attached.",
     .source = DocumentSource::Uploaded,
     .fileName = "reseller-service-agreement.txt",
     .fileText = "Mighty Mick's Reseller Service Agreement\n"
                 "\n"
                 "1. The reseller may sell the products of the Security and Data protection "
                 "product groups on the Mighty Mick's US marketplace.\n"
                 "2. Mighty Mick's invoices the reseller monthly in USD.\n"
                 "3. Either party may end this agreement with 30 days' written notice.\n"},
    {.agreement = "mmReferral",
     .version = 1,
     .active = true,
     .created = {10, 4, 11},
     .description = "Mighty Mick's pays a referral fee for every qualified customer a partner "
                    "introduces. The full terms are in the external document.",
     .source = DocumentSource::External,
     .documentUrl = "https://example.com/referral-terms.pdf"},
    {.agreement = "ingramProgram",
     .version = 1,
     .active = true,
     .created = {10, 5, 10},
     .description = "Terms for vendors who sell through the Ingram Micro marketplaces."},
    {.agreement = "ingramUkDistribution",
     .version = 1,
     .active = true,
     .created = {10, 5, 11},
     .description = "Distribution of the vendor's products on the Ingram Micro UK marketplace, "
                    "priced in GBP."},
    {.agreement = "tomorrowProgram",
     .version = 1,
     .active = true,
     .created = {10, 5, 14},
     .description = "Terms for vendors who sell to telecom customers through Tomorrow "
                    "Corporation."},
    {.agreement = "tomorrowDistribution",
     .version = 1,
     .active = true,
     .created = {10, 5, 15},
     .description = "Distribution of the vendor's products on Tomorrow Marketplace (Italy, Spain), "
                    "priced in EUR."},
};

constexpr Link agreementProductGroups[] = {
    {"mmService", "pgSecurity"},
    {"mmService", "pgDataProtection"},
};

struct PartnershipSeed {
    const char* key;
    const char* owner;
    const char* partner;
    PartnerStatus status;
    When created;
    const char* externalId = nullptr;
};

constexpr PartnershipSeed partnershipSeeds[] = {
    {"psIngram", "mm", "ingram", PartnerStatus::Active, {10, 7, 10}},
    {"psChampions", "mm", "champions", PartnerStatus::Active, {10, 7, 11}, "champ 001"},
    {"psTelefonica", "mm", "telefonica", PartnerStatus::Active, {10, 7, 14}},
    {"psApex", "mm", "apex", PartnerStatus::Active, {10, 8, 10}},
    {"psIngramApex", "ingram", "apex", PartnerStatus::Active, {10, 8, 15}},
    {"psBluebird", "mm", "bluebird", PartnerStatus::Active, {10, 9, 10}},
    {"psIngramTelefonica", "ingram", "telefonica", PartnerStatus::Active, {10, 9, 11}},
    {"psTomorrowTelefonica", "tomorrow", "telefonica", PartnerStatus::Active, {10, 9, 15}},
    {"psFrontStreet", "mm", "frontStreet", PartnerStatus::Invited, {11, 3, 9, 5}},
};

/// Issuer, type and marketplace follow from the agreement; active contracts are signed a day
/// after they were created.
struct ContractSeed {
    const char* key;
    const char* agreement;
    const char* partner;
    ContractStatus status;
    When created;
};

constexpr ContractSeed contractSeeds[] = {
    {"crsIngram", "mmService", "ingram", ContractStatus::Active, {10, 7, 10, 5}},
    {"crpChampions", "mmProgram", "champions", ContractStatus::Active, {10, 7, 11, 5}},
    {"crdChampionsLatam", "mmLatamDistribution", "champions", ContractStatus::Active,
     {10, 7, 11, 10}},
    {"crpTelefonica", "mmProgram", "telefonica", ContractStatus::Active, {10, 7, 14, 5}},
    {"crpApex", "mmProgram", "apex", ContractStatus::Active, {10, 8, 10, 5}},
    {"crdApexUs", "mmUsDistribution", "apex", ContractStatus::Active, {10, 8, 10, 10}},
    {"crdApexEu", "mmEuDistribution", "apex", ContractStatus::Active, {10, 8, 10, 15}},
    {"crpIngramApex", "ingramProgram", "apex", ContractStatus::Active, {10, 8, 15, 5}},
    {"crdIngramApex", "ingramUkDistribution", "apex", ContractStatus::Active, {10, 8, 15, 10}},
    {"crySyndicationBluebird", "mmSyndication", "bluebird", ContractStatus::Active,
     {10, 9, 10, 5}},
    {"crdIngramTelefonica", "ingramUkDistribution", "telefonica", ContractStatus::Active,
     {10, 9, 11, 5}},
    {"crpTomorrowTelefonica", "tomorrowProgram", "telefonica", ContractStatus::Active,
     {10, 9, 15, 5}},
    {"crdTomorrowTelefonica", "tomorrowDistribution", "telefonica", ContractStatus::Active,
     {10, 9, 15, 10}},
    {"crpFrontStreet", "mmProgram", "frontStreet", ContractStatus::Pending, {11, 3, 9, 5}},
    {"crrBluebird", "mmReferral", "bluebird", ContractStatus::Pending, {11, 10, 10}},
};

struct ListingSeed {
    const char* key;
    const char* product;
    const char* marketplace;
    const char* contract;
    bool listed;
    When created;
};

constexpr ListingSeed listingSeeds[] = {
    {"lstBackupUs", "apexBackup", "mpMmUs", "crdApexUs", true, {10, 12, 10}},
    {"lstBackupEu", "apexBackup", "mpMmEu", "crdApexEu", true, {10, 12, 10, 10}},
    {"lstMailUs", "apexMail", "mpMmUs", "crdApexUs", true, {10, 12, 10, 20}},
    {"lstAnalyticsEu", "apexAnalytics", "mpMmEu", "crdApexEu", true, {10, 12, 10, 30}},
    {"lstAnalyticsUs", "apexAnalytics", "mpMmUs", "crdApexUs", false, {10, 12, 10, 40}},
    {"lstBackupUk", "apexBackup", "mpIngramUk", "crdIngramApex", true, {10, 12, 14}},
    {"lstMovistarUk", "movistar", "mpIngramUk", "crdIngramTelefonica", true, {10, 12, 15}},
    {"lstMovistarTomorrow", "movistar", "mpTomorrow", "crdTomorrowTelefonica", true,
     {10, 12, 16}},
    {"lstEdgeTomorrow", "secureEdge", "mpTomorrow", "crdTomorrowTelefonica", true,
     {10, 12, 16, 10}},
};

struct LeadFormSeed {
    const char* key;
    const char* vendor;
    const char* name;
    bool active;
    When created;
    const char* schema;
};

constexpr LeadFormSeed leadFormSeeds[] = {
    {"ldfStandard", "apex", "Apex Standard Lead Form", true, {10, 13, 10},
     R"({"version":1,"optionalFields":["lead_company_name","campaign","service_or_product",)"
     R"("middle_name","contact_phone","contact_email","description","owner","city",)"
     R"("content_channel"],"customFields":[{"id":"seats","title":"Number of seats",)"
     R"("type":"number","required":true,"choices":[]},{"id":"deployment","title":"Deployment",)"
     R"("type":"choice","required":false,"choices":["Cloud","On-premises","Hybrid"]},)"
     R"({"id":"trial","title":"Wants a trial","type":"checkbox","required":false,"choices":[]},)"
     R"({"id":"decision_date","title":"Decision date","type":"date","required":false,)"
     R"("choices":[]}]})"},
    {"ldfLegacy", "apex", "Apex Legacy Form", false, {10, 6, 10},
     R"({"version":1,"optionalFields":["lead_company_name","contact_phone","contact_email",)"
     R"("description"],"customFields":[]})"},
};

constexpr Link leadFormListings[] = {
    {"ldfStandard", "lstBackupUs"},
    {"ldfStandard", "lstBackupEu"},
};

/// Product, marketplace, vendor and distributor follow from the listing, the form from
/// lead_form_listings, the city from the company. Qualified leads get an opportunity owned by
/// the lead's owner.
struct LeadSeed {
    const char* name;
    LeadSource source;
    const char* listing;
    const char* company;
    const char* contact;
    const char* direction;
    const char* createdBy;
    When created;
    const char* campaign = nullptr;
    const char* channel = nullptr;
    const char* owner = nullptr;
    const char* leadCompanyName = nullptr;
    const char* description = nullptr;
    const char* customValues = nullptr;
    LeadStatus status = LeadStatus::New;
    When decided = {10, 1, 9};
    const char* statusNote = nullptr;
};

constexpr LeadSeed leadSeeds[] = {
    {.name = "Backup for 40 seats at Acme",
     .source = LeadSource::WebsiteForm,
     .listing = "lstBackupUs",
     .company = "acme",
     .contact = "acmeJane",
     .direction = "smb",
     .createdBy = "gazzo",
     .created = {10, 14, 10},
     .campaign = "spring",
     .channel = "newsletter",
     .owner = "gazzo",
     .leadCompanyName = "ACME Logistics Inc.",
     .description = "Nightly backup of 40 laptops and two file servers; asked for a trial first.",
     .customValues = R"({"seats":40,"deployment":"Cloud","trial":true})",
     .status = LeadStatus::Qualified,
     .decided = {10, 20, 15}},
    {.name = "Archive backup for Northwind",
     .source = LeadSource::Partner,
     .listing = "lstBackupEu",
     .company = "northwind",
     .contact = "northwindAnna",
     .direction = "enterprise",
     .createdBy = "goldmill",
     .created = {10, 16, 11},
     .campaign = "summit",
     .channel = "linkedin",
     .owner = "goldmill",
     .leadCompanyName = "Northwind Traders GmbH",
     .description = "Replacing tape backups in three warehouses; decision before the end of the "
                    "year.",
     .customValues = R"({"seats":250,"deployment":"Hybrid","trial":false,)"
                     R"("decision_date":"2026-12-15"})"},
    {.name = "Server backup pilot at Globex",
     .source = LeadSource::SocialNetwork,
     .listing = "lstBackupEu",
     .company = "globex",
     .contact = "globexLuc",
     .direction = "enterprise",
     .createdBy = "gazzo",
     .created = {10, 19, 14},
     .campaign = "backup101",
     .channel = "webinar",
     .owner = "gazzo",
     .description = "Asked about a pilot for 120 servers after the Backup 101 webinar.",
     .customValues = R"({"seats":120,"deployment":"On-premises","trial":true})",
     .status = LeadStatus::Disqualified,
     .decided = {10, 28, 16},
     .statusNote = "Chose an on-premises competitor before the trial started."},
    {.name = "Mail security for Initech",
     .source = LeadSource::Call,
     .listing = "lstMailUs",
     .company = "initech",
     .contact = "initechPeter",
     .direction = "smb",
     .createdBy = "gazzo",
     .created = {10, 21, 9},
     .owner = "gazzo",
     .description = "Phishing wave last month; wants protection for 75 mailboxes.",
     .status = LeadStatus::Qualified,
     .decided = {10, 27, 10}},
    {.name = "Phishing protection at Acme",
     .source = LeadSource::Email,
     .listing = "lstMailUs",
     .company = "acme",
     .contact = "acmeRaj",
     .direction = "smb",
     .createdBy = "gazzo",
     .created = {10, 23, 13},
     .campaign = "spring"},
    {.name = "Analytics dashboards for Umbrella Health",
     .source = LeadSource::Chat,
     .listing = "lstAnalyticsEu",
     .company = "umbrella",
     .contact = "umbrellaGiulia",
     .direction = "publicSector",
     .createdBy = "goldmill",
     .created = {10, 26, 15},
     .channel = "linkedin",
     .owner = "goldmill",
     .description = "Needs monthly usage reports for twelve clinics."},
    {.name = "Backup for 15 seats at Blue Harbor Hotels",
     .source = LeadSource::SelfGeneration,
     .listing = "lstBackupEu",
     .company = "blueHarbor",
     .contact = "blueHarborCarmen",
     .direction = "smb",
     .createdBy = "gazzo",
     .created = {10, 29, 10},
     .customValues = R"({"seats":15,"deployment":"Cloud"})"},
    {.name = "Endpoint backup for Initech",
     .source = LeadSource::Call,
     .listing = "lstBackupUs",
     .company = "initech",
     .contact = "initechSamir",
     .direction = "enterprise",
     .createdBy = "goldmill",
     .created = {11, 2, 10},
     .campaign = "summit",
     .owner = "goldmill",
     .customValues = R"({"seats":60,"deployment":"Cloud","trial":false})",
     .status = LeadStatus::Disqualified,
     .decided = {11, 6, 11},
     .statusNote = "Duplicate of the Initech mail security lead; the customer wants one quote."},
    {.name = "Mail filtering for Pampas Agro",
     .source = LeadSource::WebsiteForm,
     .listing = "lstMailUs",
     .company = "pampas",
     .contact = "pampasMateo",
     .direction = "smb",
     .createdBy = "gazzo",
     .created = {11, 4, 16},
     .channel = "banner",
     .leadCompanyName = "Pampas Agro S.A.",
     .status = LeadStatus::Disqualified,
     .decided = {11, 12, 9},
     .statusNote = "Budget frozen until the next fiscal year."},
    {.name = "Analytics rollout at Globex",
     .source = LeadSource::Partner,
     .listing = "lstAnalyticsEu",
     .company = "globex",
     .contact = "globexLuc",
     .direction = "enterprise",
     .createdBy = "goldmill",
     .created = {11, 9, 11},
     .campaign = "summit",
     .owner = "goldmill",
     .description = "Group-wide reporting for 14 subsidiaries, introduced by a partner.",
     .status = LeadStatus::Qualified,
     .decided = {11, 13, 14}},
    {.name = "Backup for 80 seats at Umbrella Health",
     .source = LeadSource::Email,
     .listing = "lstBackupEu",
     .company = "umbrella",
     .contact = "umbrellaGiulia",
     .direction = "publicSector",
     .createdBy = "gazzo",
     .created = {11, 16, 10},
     .campaign = "backup101",
     .channel = "webinar",
     .owner = "gazzo",
     .customValues = R"({"seats":80,"deployment":"Hybrid","trial":true,)"
                     R"("decision_date":"2027-01-31"})"},
    {.name = "Mail security for Blue Harbor Hotels",
     .source = LeadSource::SocialNetwork,
     .listing = "lstMailUs",
     .company = "blueHarbor",
     .contact = "blueHarborCarmen",
     .direction = "smb",
     .createdBy = "goldmill",
     .created = {11, 20, 12},
     .campaign = "spring",
     .channel = "linkedin"},
    {.name = "Backup for 25 seats at Thames Valley Dental",
     .source = LeadSource::Email,
     .listing = "lstBackupUk",
     .company = "thames",
     .contact = "thamesOliver",
     .direction = "smb",
     .createdBy = "drago",
     .created = {10, 22, 10},
     .owner = "drago"},
    {.name = "Office backup for Globex UK",
     .source = LeadSource::Call,
     .listing = "lstBackupUk",
     .company = "globex",
     .contact = "globexLuc",
     .direction = "enterprise",
     .createdBy = "drago",
     .created = {11, 5, 14},
     .channel = "newsletter",
     .owner = "drago",
     .description = "The London office of Globex wants its own backup contract."},
    {.name = "Cloud connectivity for Thames Valley Dental",
     .source = LeadSource::WebsiteForm,
     .listing = "lstMovistarUk",
     .company = "thames",
     .contact = "thamesOliver",
     .direction = "smb",
     .createdBy = "drago",
     .created = {10, 30, 11},
     .owner = "drago"},
    {.name = "Site-to-cloud link for Northwind UK",
     .source = LeadSource::Partner,
     .listing = "lstMovistarUk",
     .company = "northwind",
     .contact = "northwindAnna",
     .direction = "enterprise",
     .createdBy = "drago",
     .created = {11, 18, 15},
     .campaign = "summit"},
    {.name = "Cloud Connect for Umbrella Health clinics",
     .source = LeadSource::Call,
     .listing = "lstMovistarTomorrow",
     .company = "umbrella",
     .contact = "umbrellaGiulia",
     .direction = "publicSector",
     .createdBy = "creed",
     .created = {11, 3, 10},
     .owner = "creed",
     .description = "Twelve clinics to connect to the cloud before the spring."},
    {.name = "Secure Edge for Blue Harbor Hotels",
     .source = LeadSource::Chat,
     .listing = "lstEdgeTomorrow",
     .company = "blueHarbor",
     .contact = "blueHarborCarmen",
     .direction = "smb",
     .createdBy = "creed",
     .created = {11, 17, 9},
     .channel = "banner",
     .owner = "creed"},
};

struct NewsSeed {
    const char* account;
    const char* title;
    When published;
    const char* body;
};

constexpr NewsSeed newsSeeds[] = {
    {"telefonica", "Movistar Cloud Connect reaches all major public clouds", {10, 6, 8},
     "Movistar Cloud Connect now links company sites to the three largest public clouds from a "
     "single portal. Customers order new connections through their distributor's marketplace and "
     "have them running within days. Pricing is per site and month, without a long commitment."},
    {"telefonica", "Telefonica Secure Edge now on Tomorrow Marketplace", {10, 20, 8},
     "Telefonica Secure Edge is now available to business customers in Italy and Spain through "
     "Tomorrow Marketplace. The service combines a managed firewall with a secure web gateway "
     "and is run from Telefonica's own network."},
    {"telefonica", "New cloud region in Milan", {11, 12, 8},
     "Telefonica opened a new cloud region in Milan. Movistar Cloud Connect customers in "
     "northern Italy get shorter routes and lower latency at no extra cost."},
    {"apex", "Apex Backup 5.0 adds immutable storage", {10, 15, 16},
     "Apex Backup 5.0 keeps every backup in immutable storage for the retention period the "
     "customer chooses. Ransomware that reaches a server can no longer delete its backups. "
     "Existing customers are upgraded automatically."},
    {"apex", "Apex Analytics available in the EU", {11, 2, 16},
     "Apex Analytics now runs in data centres in Frankfurt and Paris, so reports stay in the EU. "
     "Resellers can order it on the Mighty Mick's EU marketplace."},
    {"champions", "Champions CRM goes mobile", {10, 27, 15},
     "The new Champions CRM app for iOS and Android lets sales teams log calls and update deals "
     "on the road. It is included in every subscription at no extra cost."},
};

enum class MediaKind { Image, Video };

/// An image without a url holds the demo image file.
struct MediaSeed {
    const char* account;
    MediaKind kind;
    const char* title;
    const char* url;
    int position;
};

constexpr MediaSeed mediaSeeds[] = {
    {"telefonica", MediaKind::Image, "Telefonica logo", nullptr, 0},
    {"telefonica", MediaKind::Video, "Telefonica cloud services in three minutes",
     "https://www.youtube.com/watch?v=telefonica-demo", 1},
    {"apex", MediaKind::Video, "Apex Backup in two minutes",
     "https://www.youtube.com/watch?v=apex-backup-demo", 0},
};

// A valid 1x1 PNG.
constexpr const char* demoImagePng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42"
                                     "mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
constexpr When demoImageCreated = {10, 2, 12};
constexpr When invitationCreated = {11, 3, 9, 10};

template <typename Seed, std::size_t N> const Seed* findSeed(const Seed (&rows)[N], const char* key)
{
    for (const Seed& row : rows) {
        if (qstrcmp(row.key, key) == 0)
            return &row;
    }
    return nullptr;
}

QString documentSourceKey(DocumentSource source)
{
    switch (source) {
    case DocumentSource::External:
        return QStringLiteral("external");
    case DocumentSource::Uploaded:
        return QStringLiteral("uploaded");
    case DocumentSource::None:
        break;
    }
    return QStringLiteral("none");
}

// ---------------------------------------------------------------------------------------------

/// Writes the demo content. The first failing statement is kept and every later step is
/// skipped, so run() returns that error and the caller's transaction rolls everything back.
class DemoFiller {
public:
    DemoFiller(const QSqlDatabase& database, QRandomGenerator* random)
        : m_database(database)
        , m_random(random)
        , m_idGenerator(database, random)
    {
    }

    Result<void> run()
    {
        reserveFixedIds();
        addAccountsAndUsers();
        addCatalog();
        addCustomers();
        addAgreements();
        addPartnerships();
        addContracts();
        addListings();
        addLeadForms();
        addReferenceLists();
        addLeads();
        addInvitation();
        addNewsAndMedia();
        if (m_error)
            return *m_error;
        return {};
    }

private:
    void fail(Error error)
    {
        if (!m_error)
            m_error = std::move(error);
    }

    void failUnknown(const char* key)
    {
        fail({ErrorCode::Invalid,
              DemoWorkspace::tr("The demo data refers to an unknown object \"%1\".")
                  .arg(QString::fromLatin1(key))});
    }

    /// Runs one statement with its bound values; returns the first column of its first row, the
    /// new row's ID of an INSERT … RETURNING id (0 on failure or without rows).
    qint64 exec(const QString& sql, const QVariantList& values)
    {
        if (m_error)
            return 0;
        QSqlQuery query(m_database);
        if (auto done = SqlError::exec(query, sql, values); !done) {
            fail(done.error());
            return 0;
        }
        return query.next() ? query.value(0).toLongLong() : 0;
    }

    /// The fixed ID reserved for key, or a new one remembered under key (if there is one).
    QString issue(const char* key, IdKind kind)
    {
        if (m_error)
            return {};
        if (key) {
            if (const auto fixed = m_ids.constFind(QByteArray(key)); fixed != m_ids.cend())
                return *fixed;
        }
        auto next = m_idGenerator.next(kind);
        if (!next) {
            fail(next.error());
            return {};
        }
        if (key)
            m_ids.insert(QByteArray(key), next.value());
        return next.value();
    }

    QString idOf(const char* key)
    {
        const auto found = m_ids.constFind(QByteArray(key));
        if (found != m_ids.cend())
            return *found;
        failUnknown(key);
        return {};
    }

    QVariant optionalId(const char* key) { return key ? QVariant(idOf(key)) : QVariant(); }

    template <typename Seed, std::size_t N>
    const Seed& seedOf(const Seed (&rows)[N], const char* key)
    {
        if (const Seed* seed = findSeed(rows, key))
            return *seed;
        failUnknown(key);
        return rows[0];
    }

    const char* actorOf(const char* accountKey)
    {
        return seedOf(accountSeeds, accountKey).actingUser;
    }

    void record(const char* objectType, const QString& objectId, const char* action, qint64 when,
                const char* userKey, const char* accountKey, const QJsonObject& changes)
    {
        if (m_error)
            return;
        Event event;
        event.at = when;
        event.userId = userKey ? idOf(userKey) : QString();
        event.accountId = idOf(accountKey);
        event.objectType = QString::fromLatin1(objectType);
        event.objectId = objectId;
        event.action = QString::fromLatin1(action);
        event.changes = changes;
        if (auto done = EventLog::record(m_database, event); !done)
            fail(done.error());
    }

    qint64 storeFile(const QString& name, const QString& mimeType, const QByteArray& data,
                     qint64 when)
    {
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        return exec(QStringLiteral("INSERT INTO stored_files(name, mime_type, size, sha256, data, "
                                   "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                    {name, mimeType, qint64(data.size()), sha256, data, when});
    }

    template <std::size_t N> void link(const QString& sql, const Link (&links)[N])
    {
        for (const Link& row : links)
            exec(sql, {idOf(row.from), idOf(row.to)});
    }

    template <std::size_t N>
    void addNamed(const QString& sql, IdKind kind, const NamedSeed (&rows)[N], const char* account)
    {
        for (const NamedSeed& row : rows)
            exec(sql, {issue(entryKey(row.key, account).constData(), kind), text(row.name),
                       idOf(account)});
    }

    void reserveFixedIds()
    {
        for (const AccountSeed& account : accountSeeds)
            reserve(account.key, account.fixedId);
        for (const UserSeed& user : userSeeds)
            reserve(user.key, user.fixedId);
    }

    void reserve(const char* key, const char* fixedId)
    {
        if (!fixedId)
            return;
        exec(QStringLiteral("INSERT INTO issued_ids(id) VALUES (?)"), {text(fixedId)});
        m_ids.insert(QByteArray(key), text(fixedId));
    }

    void addAccountsAndUsers()
    {
        for (const AccountSeed& a : accountSeeds) {
            const IdKind kind = a.role == AccountRole::Vendor ? IdKind::VendorAccount
                                                              : IdKind::PartnerAccount;
            exec(QStringLiteral(
                     "INSERT INTO accounts(id, name, role, description, overview, "
                     "overview_author, headquarters, countries, languages, industry, websites, "
                     "technical_contact_name, technical_contact_email, business_contact_name, "
                     "business_contact_email, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {issue(a.key, kind), text(a.name), accountRoles.key(a.role), text(a.description),
                  text(a.overview), text(a.overviewAuthor), text(a.headquarters),
                  text(a.countries), text(a.languages), text(a.industry), text(a.websites),
                  text(a.technicalName), text(a.technicalEmail), text(a.businessName),
                  text(a.businessEmail), at(a.created), at(a.created)});
        }
        for (const UserSeed& u : userSeeds) {
            exec(QStringLiteral("INSERT INTO users(id, name, email, created_at) "
                                "VALUES (?, ?, ?, ?)"),
                 {issue(u.key, IdKind::User), text(u.name), text(u.email), at(u.created)});
        }
        for (const MembershipSeed& m : membershipSeeds) {
            exec(QStringLiteral("INSERT INTO memberships(user_id, account_id, role) "
                                "VALUES (?, ?, ?)"),
                 {idOf(m.user), idOf(m.account), userRoles.key(m.role)});
        }
        for (const AccountSeed& a : accountSeeds) {
            record("account", idOf(a.key), "created", at(a.created), actorOf(a.createdBy),
                   a.createdBy,
                   {{QStringLiteral("name"), text(a.name)},
                    {QStringLiteral("role"), accountRoles.key(a.role)}});
        }
    }

    void addCatalog()
    {
        const qint64 catalogCreated = at({10, 2, 9});
        for (const ProductSeed& p : productSeeds) {
            exec(QStringLiteral("INSERT INTO products(id, name, vendor_account_id, description, "
                                "created_at) VALUES (?, ?, ?, ?, ?)"),
                 {issue(p.key, IdKind::Product), text(p.name), idOf(p.vendor),
                  text(p.description), catalogCreated});
        }
        for (const MarketplaceSeed& m : marketplaceSeeds) {
            exec(QStringLiteral("INSERT INTO marketplaces(id, name, owner_account_id, countries, "
                                "currency, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {issue(m.key, IdKind::Marketplace), text(m.name), idOf(m.owner),
                  text(m.countries), text(m.currency), catalogCreated + hourMs});
        }
        for (const ProductGroupSeed& g : productGroupSeeds) {
            exec(QStringLiteral("INSERT INTO product_groups(id, name, description, "
                                "owner_account_id, created_at) VALUES (?, ?, ?, ?, ?)"),
                 {issue(g.key, IdKind::ProductGroup), text(g.name), text(g.description),
                  idOf(g.owner), catalogCreated + 2 * hourMs});
        }
        link(QStringLiteral(
                 "INSERT INTO product_group_products(group_id, product_id) VALUES (?, ?)"),
             productGroupProducts);
    }

    void addCustomers()
    {
        const qint64 customersCreated = at({10, 2, 14});
        for (const CompanySeed& c : companySeeds) {
            exec(QStringLiteral("INSERT INTO companies(id, name, tin, website, city, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                 {issue(c.key, IdKind::Company), text(c.name), text(c.tin), text(c.website),
                  text(c.city), customersCreated});
        }
        for (const ContactSeed& c : contactSeeds) {
            exec(QStringLiteral("INSERT INTO contacts(id, first_name, middle_name, last_name, "
                                "phone, email, company_id, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {issue(c.key, IdKind::Contact), text(c.firstName), text(c.middleName),
                  text(c.lastName), text(c.phone), text(c.email), idOf(c.company),
                  customersCreated + hourMs});
        }
        addReferenceLists(homeAccountKey);
    }

    /// Each distributor and reseller keeps its own lists (the accounts that create leads). The
    /// home distributor's are issued where the single global lists were before (so the IDs
    /// issued after them, the listings' too, stay as they were), the others' just before the
    /// leads.
    void addReferenceLists(const char* onlyAccount = nullptr)
    {
        for (const AccountSeed& a : accountSeeds) {
            if (a.role == AccountRole::Vendor
                || (onlyAccount ? qstrcmp(a.key, onlyAccount) != 0 : qstrcmp(a.key, homeAccountKey) == 0))
                continue;
            addNamed(QStringLiteral("INSERT INTO campaigns(id, name, account_id) VALUES (?, ?, ?)"),
                     IdKind::Campaign, campaignSeeds, a.key);
            addNamed(QStringLiteral("INSERT INTO selling_directions(id, name, account_id) "
                                    "VALUES (?, ?, ?)"),
                     IdKind::SellingDirection, sellingDirectionSeeds, a.key);
            addNamed(QStringLiteral("INSERT INTO content_channels(id, name, account_id) "
                                    "VALUES (?, ?, ?)"),
                     IdKind::ContentChannel, channelSeeds, a.key);
        }
    }

    static constexpr const char* homeAccountKey = "mm";

    /// The key of an account's own entry of a reference list.
    static QByteArray entryKey(const char* entry, const char* account)
    {
        return QByteArray(entry) + '@' + account;
    }

    QVariant optionalEntryId(const char* entry, const char* account)
    {
        return entry ? QVariant(idOf(entryKey(entry, account).constData())) : QVariant();
    }

    void addAgreements()
    {
        for (const AgreementSeed& a : agreementSeeds) {
            const QString id = issue(a.key, agreementIdKind(a.type));
            exec(QStringLiteral("INSERT INTO agreements(id, type, owner_account_id, name, "
                                "parent_agreement_id, marketplace_id, sourcing_agreement_id, "
                                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {id, agreementTypes.key(a.type), idOf(a.owner), text(a.name),
                  optionalId(a.parent), optionalId(a.marketplace), optionalId(a.sourcing),
                  at(a.created), at(a.created)});
            record("agreement", id, "created", at(a.created), actorOf(a.owner), a.owner,
                   {{QStringLiteral("name"), text(a.name)},
                    {QStringLiteral("type"), agreementTypes.key(a.type)}});
        }
        for (const VersionSeed& v : versionSeeds) {
            QVariant fileId;
            if (v.fileText) {
                fileId = storeFile(text(v.fileName), QStringLiteral("text/plain"),
                                   QByteArray(v.fileText), at(v.created));
            }
            const qint64 rowId = exec(
                QStringLiteral("INSERT INTO agreement_versions(agreement_id, version, "
                               "description, document_source, document_url, file_id, active, "
                               "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {idOf(v.agreement), v.version, text(v.description), documentSourceKey(v.source),
                 text(v.documentUrl), fileId, v.active ? 1 : 0, at(v.created)});
            if (v.active)
                m_activeVersions.insert(QByteArray(v.agreement), rowId);
        }
        link(QStringLiteral(
                 "INSERT INTO agreement_product_groups(agreement_id, group_id) VALUES (?, ?)"),
             agreementProductGroups);
    }

    void addPartnerships()
    {
        for (const PartnershipSeed& p : partnershipSeeds) {
            const QString status = partnerStatuses.key(p.status);
            const qint64 rowId = exec(
                QStringLiteral("INSERT INTO partnerships(owner_account_id, partner_account_id, "
                               "status, external_id, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                {idOf(p.owner), idOf(p.partner), status, text(p.externalId), at(p.created),
                 at(p.created)});
            m_partnerships.insert(QByteArray(p.key), rowId);
            record("partner", idOf(p.partner), "created", at(p.created), actorOf(p.owner),
                   p.owner, {{QStringLiteral("status"), status}});
        }
    }

    void addContracts()
    {
        for (const ContractSeed& c : contractSeeds) {
            const AgreementSeed& agreement = seedOf(agreementSeeds, c.agreement);
            const bool active = c.status == ContractStatus::Active;
            const qint64 created = at(c.created);
            const qint64 signedAt = created + dayMs;
            const bool hasMarketplace = agreement.type == AgreementType::Distribution
                || agreement.type == AgreementType::Service;
            const QString id = issue(c.key, contractIdKind(agreement.type));
            exec(QStringLiteral("INSERT INTO contracts(id, type, agreement_id, "
                                "agreement_version_id, issuer_account_id, partner_account_id, "
                                "marketplace_id, status, created_at, updated_at, signed_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {id, agreementTypes.key(agreement.type), idOf(c.agreement),
                  m_activeVersions.value(QByteArray(c.agreement)), idOf(agreement.owner),
                  idOf(c.partner), hasMarketplace ? optionalId(agreement.marketplace) : QVariant(),
                  contractStatuses.key(c.status), created, active ? signedAt : created,
                  active ? QVariant(signedAt) : QVariant()});
            record("contract", id, "created", created, actorOf(agreement.owner), agreement.owner,
                   {{QStringLiteral("type"), agreementTypes.key(agreement.type)},
                    {QStringLiteral("partner"), idOf(c.partner)},
                    {QStringLiteral("status"), contractStatuses.key(c.status)}});
        }
    }

    void addListings()
    {
        for (const ListingSeed& l : listingSeeds) {
            exec(QStringLiteral("INSERT INTO listings(id, product_id, marketplace_id, "
                                "contract_id, status, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {issue(l.key, IdKind::Listing), idOf(l.product), idOf(l.marketplace),
                  optionalId(l.contract),
                  l.listed ? QStringLiteral("listed") : QStringLiteral("unlisted"),
                  at(l.created)});
        }
    }

    void addLeadForms()
    {
        for (const LeadFormSeed& f : leadFormSeeds) {
            exec(QStringLiteral("INSERT INTO lead_forms(id, vendor_account_id, name, status, "
                                "schema, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {issue(f.key, IdKind::LeadForm), idOf(f.vendor), text(f.name),
                  f.active ? QStringLiteral("active") : QStringLiteral("inactive"),
                  text(f.schema), at(f.created), at(f.created)});
        }
        link(QStringLiteral("INSERT INTO lead_form_listings(form_id, listing_id) VALUES (?, ?)"),
             leadFormListings);
    }

    static const char* formOfListing(const char* listingKey)
    {
        for (const Link& row : leadFormListings) {
            if (qstrcmp(row.to, listingKey) == 0)
                return row.from;
        }
        return nullptr;
    }

    void addLeads()
    {
        for (const LeadSeed& l : leadSeeds) {
            const ListingSeed& listing = seedOf(listingSeeds, l.listing);
            const ProductSeed& product = seedOf(productSeeds, listing.product);
            const MarketplaceSeed& marketplace = seedOf(marketplaceSeeds, listing.marketplace);
            const char* form = formOfListing(l.listing);
            const bool decided = l.status != LeadStatus::New;
            const qint64 created = at(l.created);
            const qint64 updated = decided ? at(l.decided) : created;
            const QString id = issue(nullptr, IdKind::Lead);
            // A lead becomes qualified only once its opportunity exists (addDecision).
            const LeadStatus stored = l.status == LeadStatus::Qualified ? LeadStatus::New : l.status;
            exec(QStringLiteral(
                     "INSERT INTO leads(id, name, source, listing_id, product_id, marketplace_id, "
                     "vendor_account_id, distributor_account_id, form_id, lead_company_name, "
                     "company_id, contact_id, campaign_id, selling_direction_id, "
                     "service_or_product, description, owner_user_id, city, channel_id, "
                     "custom_values, status, status_note, created_by, created_at, updated_by, "
                     "updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                     "?, ?, ?)"),
                 {id, text(l.name), leadSources.key(l.source), idOf(l.listing),
                  idOf(listing.product), idOf(listing.marketplace), idOf(product.vendor),
                  idOf(marketplace.owner), optionalId(form), text(l.leadCompanyName),
                  idOf(l.company), idOf(l.contact), optionalEntryId(l.campaign, marketplace.owner),
                  optionalEntryId(l.direction, marketplace.owner),
                  text(product.name), text(l.description), optionalId(l.owner),
                  text(seedOf(companySeeds, l.company).city), optionalEntryId(l.channel, marketplace.owner),
                  form && l.customValues ? text(l.customValues) : QStringLiteral("{}"),
                  leadStatuses.key(stored), text(l.statusNote), idOf(l.createdBy), created,
                  decided ? idOf(actorOf(product.vendor)) : idOf(l.createdBy), updated});
            record("lead", id, "created", created, l.createdBy, marketplace.owner,
                   {{QStringLiteral("name"), text(l.name)},
                    {QStringLiteral("status"), leadStatuses.key(LeadStatus::New)}});
            if (decided)
                addDecision(l, id, listing, product);
        }
    }

    void addDecision(const LeadSeed& lead, const QString& leadId, const ListingSeed& listing,
                     const ProductSeed& product)
    {
        QJsonObject changes{{QStringLiteral("status"), leadStatuses.key(lead.status)}};
        if (lead.status == LeadStatus::Qualified) {
            const QString opportunityId = issue(nullptr, IdKind::Opportunity);
            exec(QStringLiteral("INSERT INTO opportunities(id, lead_id, company_id, contact_id, "
                                "product_id, marketplace_id, owner_user_id, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {opportunityId, leadId, idOf(lead.company), idOf(lead.contact),
                  idOf(listing.product), idOf(listing.marketplace), optionalId(lead.owner),
                  at(lead.decided)});
            exec(QStringLiteral("UPDATE leads SET status = ? WHERE id = ?"),
                 {leadStatuses.key(LeadStatus::Qualified), leadId});
            changes.insert(QStringLiteral("opportunity_id"), opportunityId);
        } else {
            changes.insert(QStringLiteral("status_note"), text(lead.statusNote));
        }
        record("lead", leadId, lead.status == LeadStatus::Qualified ? "qualified" : "disqualified",
               at(lead.decided), actorOf(product.vendor), product.vendor, changes);
    }

    void addInvitation()
    {
        if (m_error)
            return;
        QByteArray token;
        for (int i = 0; i < invitationTokenBytes; ++i)
            token.append(static_cast<char>(m_random->bounded(256)));
        const QString tokenSha256 = QString::fromLatin1(
            QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
        exec(QStringLiteral("INSERT INTO invitations(token_sha256, partnership_id, contract_id, "
                            "created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
             {tokenSha256, m_partnerships.value(QByteArrayLiteral("psFrontStreet")),
              idOf("crpFrontStreet"), idOf("goldmill"), at(invitationCreated),
              invitationExpiry});
    }

    void addNewsAndMedia()
    {
        for (const NewsSeed& n : newsSeeds) {
            exec(QStringLiteral("INSERT INTO news(id, account_id, title, published_at, body) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {issue(nullptr, IdKind::NewsArticle), idOf(n.account), text(n.title),
                  at(n.published), text(n.body)});
        }
        for (const MediaSeed& m : mediaSeeds) {
            QVariant fileId;
            if (!m.url) {
                fileId = storeFile(QStringLiteral("telefonica-logo.png"),
                                   QStringLiteral("image/png"),
                                   QByteArray::fromBase64(demoImagePng), at(demoImageCreated));
            }
            exec(QStringLiteral("INSERT INTO media(account_id, kind, title, url, file_id, "
                                "position) VALUES (?, ?, ?, ?, ?, ?)"),
                 {idOf(m.account),
                  m.kind == MediaKind::Image ? QStringLiteral("image") : QStringLiteral("video"),
                  text(m.title), text(m.url), fileId, m.position});
        }
    }

    QSqlDatabase m_database;
    QRandomGenerator* m_random;
    IdGenerator m_idGenerator;
    std::optional<Error> m_error;
    QHash<QByteArray, QString> m_ids;
    QHash<QByteArray, qint64> m_activeVersions;
    QHash<QByteArray, qint64> m_partnerships;
};

Result<bool> isEmpty(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM accounts)"));
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    return query.next() && query.value(0).toBool();
}

} // namespace

Result<void> DemoWorkspace::fill(const QSqlDatabase& database)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();

    const auto empty = isEmpty(database);
    if (!empty)
        return empty.error();
    if (!empty.value())
        return Error{ErrorCode::AlreadyExists,
                     tr("The workspace already has accounts; the demo can only fill an empty "
                        "workspace.")};

    QRandomGenerator random(demoSeed);
    DemoFiller filler(database, &random);
    if (auto filled = filler.run(); !filled)
        return filled;
    if (auto home = Memberships::setHome(database, QString::fromLatin1(homeUserId),
                                         QString::fromLatin1(homeDistributorId));
        !home)
        return home;
    return transaction.commit();
}

Result<void> DemoWorkspace::create(const QString& path)
{
    return StagedWorkspace::create(path, &DemoWorkspace::fill);
}
