#pragma once

// The demo workspace's content (SPEC's demo companies, users, catalog, agreements, contracts,
// leads, news and media), as data: DemoWorkspace writes it. Rows refer to each other by key;
// keys are unique across all tables. Include only from DemoWorkspace.cpp.

#include "accounts/AccountRole.h"
#include "accounts/UserRole.h"
#include "demo/DemoWorkspace.h"
#include "leads/LeadSource.h"
#include "leads/LeadStatus.h"
#include "partners/AgreementType.h"
#include "partners/ContractStatus.h"
#include "partners/PartnerStatus.h"

#include <QtGlobal>

namespace DemoSeedData {

/// A moment of the demo's October–November 2026, UTC.
struct When {
    int month;
    int day;
    int hour;
    int minute = 0;
};

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
    {"goldmill",
     DemoWorkspace::homeUserId,
     "Michael Goldmill",
     "michael.goldmill@mightymicks.example",
     {10, 1, 9, 5}},
    {"gazzo", nullptr, "Tony Gazzo", "tony.gazzo@mightymicks.example", {10, 1, 9, 10}},
    {"pennino", nullptr, "Paulie Pennino", "paulie.pennino@mightymicks.example", {10, 1, 9, 15}},
    {"drago", nullptr, "Ivan Drago", "ivan.drago@ingrammicro.example", {10, 1, 10, 5}},
    {"balboa", nullptr, "Robert Balboa", "rbalboa@fs.com", {10, 1, 11, 5}},
    {"moreno",
     nullptr,
     "Juan Manuel Moreno",
     "juanmanuel.moreno@telefonica.example",
     {10, 1, 12, 5}},
    {"chen",
     DemoWorkspace::demoVendorUserId,
     "Sarah Chen",
     "sarah.chen@apexcloud.example",
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
    {"goldmill", "mm", UserRole::CrmAdmin},      {"gazzo", "mm", UserRole::CrmSales},
    {"pennino", "mm", UserRole::Viewer},         {"chen", "apex", UserRole::CrmAdmin},
    {"drago", "ingram", UserRole::CrmManager},   {"moreno", "telefonica", UserRole::CrmAdmin},
    {"balboa", "champions", UserRole::CrmAdmin}, {"creed", "tomorrow", UserRole::CrmAdmin},
    {"creed", "mm", UserRole::Viewer},           {"maryBluebird", "bluebird", UserRole::CrmSales},
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
    {"thames", "Thames Valley Dental", "845612379", "https://thamesvalleydental.example", "London"},
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
    {"mmUsDistribution",
     AgreementType::Distribution,
     "mm",
     "Mighty Mick's US Distribution",
     {10, 3, 11},
     "mmProgram",
     "mpMmUs"},
    {"mmEuDistribution",
     AgreementType::Distribution,
     "mm",
     "Mighty Mick's EU Distribution",
     {10, 3, 11, 20},
     "mmProgram",
     "mpMmEu"},
    {"mmLatamDistribution",
     AgreementType::Distribution,
     "mm",
     "Mighty Mick's LATAM Distribution",
     {10, 3, 11, 40},
     "mmProgram",
     "mpMmLatam"},
    {"mmSyndication",
     AgreementType::Syndication,
     "mm",
     "Mighty Mick's Syndication Agreement",
     {10, 4, 9}},
    {"mmService",
     AgreementType::Service,
     "mm",
     "Mighty Mick's Reseller Service Agreement",
     {10, 4, 10},
     nullptr,
     "mpMmUs",
     "mmSyndication"},
    {"mmReferral", AgreementType::Referral, "mm", "Mighty Mick's Referral Agreement", {10, 4, 11}},
    {"ingramProgram", AgreementType::Program, "ingram", "Ingram Micro Vendor Program", {10, 5, 10}},
    {"ingramUkDistribution",
     AgreementType::Distribution,
     "ingram",
     "Ingram Micro UK Distribution",
     {10, 5, 11},
     "ingramProgram",
     "mpIngramUk"},
    {"tomorrowProgram", AgreementType::Program, "tomorrow", "Tomorrow Vendor Program", {10, 5, 14}},
    {"tomorrowDistribution",
     AgreementType::Distribution,
     "tomorrow",
     "Tomorrow Marketplace Distribution",
     {10, 5, 15},
     "tomorrowProgram",
     "mpTomorrow"},
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
    {"crdChampionsLatam",
     "mmLatamDistribution",
     "champions",
     ContractStatus::Active,
     {10, 7, 11, 10}},
    {"crpTelefonica", "mmProgram", "telefonica", ContractStatus::Active, {10, 7, 14, 5}},
    {"crpApex", "mmProgram", "apex", ContractStatus::Active, {10, 8, 10, 5}},
    {"crdApexUs", "mmUsDistribution", "apex", ContractStatus::Active, {10, 8, 10, 10}},
    {"crdApexEu", "mmEuDistribution", "apex", ContractStatus::Active, {10, 8, 10, 15}},
    {"crpIngramApex", "ingramProgram", "apex", ContractStatus::Active, {10, 8, 15, 5}},
    {"crdIngramApex", "ingramUkDistribution", "apex", ContractStatus::Active, {10, 8, 15, 10}},
    {"crySyndicationBluebird", "mmSyndication", "bluebird", ContractStatus::Active, {10, 9, 10, 5}},
    {"crdIngramTelefonica",
     "ingramUkDistribution",
     "telefonica",
     ContractStatus::Active,
     {10, 9, 11, 5}},
    {"crpTomorrowTelefonica",
     "tomorrowProgram",
     "telefonica",
     ContractStatus::Active,
     {10, 9, 15, 5}},
    {"crdTomorrowTelefonica",
     "tomorrowDistribution",
     "telefonica",
     ContractStatus::Active,
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
    {"lstMovistarTomorrow", "movistar", "mpTomorrow", "crdTomorrowTelefonica", true, {10, 12, 16}},
    {"lstEdgeTomorrow",
     "secureEdge",
     "mpTomorrow",
     "crdTomorrowTelefonica",
     true,
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
    {"ldfStandard",
     "apex",
     "Apex Standard Lead Form",
     true,
     {10, 13, 10},
     R"({"version":1,"optionalFields":["lead_company_name","campaign","service_or_product",)"
     R"("middle_name","contact_phone","contact_email","description","owner","city",)"
     R"("content_channel"],"customFields":[{"id":"seats","title":"Number of seats",)"
     R"("type":"number","required":true,"choices":[]},{"id":"deployment","title":"Deployment",)"
     R"("type":"choice","required":false,"choices":["Cloud","On-premises","Hybrid"]},)"
     R"({"id":"trial","title":"Wants a trial","type":"checkbox","required":false,"choices":[]},)"
     R"({"id":"decision_date","title":"Decision date","type":"date","required":false,)"
     R"("choices":[]}]})"},
    {"ldfLegacy",
     "apex",
     "Apex Legacy Form",
     false,
     {10, 6, 10},
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
    {"telefonica",
     "Movistar Cloud Connect reaches all major public clouds",
     {10, 6, 8},
     "Movistar Cloud Connect now links company sites to the three largest public clouds from a "
     "single portal. Customers order new connections through their distributor's marketplace and "
     "have them running within days. Pricing is per site and month, without a long commitment."},
    {"telefonica",
     "Telefonica Secure Edge now on Tomorrow Marketplace",
     {10, 20, 8},
     "Telefonica Secure Edge is now available to business customers in Italy and Spain through "
     "Tomorrow Marketplace. The service combines a managed firewall with a secure web gateway "
     "and is run from Telefonica's own network."},
    {"telefonica",
     "New cloud region in Milan",
     {11, 12, 8},
     "Telefonica opened a new cloud region in Milan. Movistar Cloud Connect customers in "
     "northern Italy get shorter routes and lower latency at no extra cost."},
    {"apex",
     "Apex Backup 5.0 adds immutable storage",
     {10, 15, 16},
     "Apex Backup 5.0 keeps every backup in immutable storage for the retention period the "
     "customer chooses. Ransomware that reaches a server can no longer delete its backups. "
     "Existing customers are upgraded automatically."},
    {"apex",
     "Apex Analytics available in the EU",
     {11, 2, 16},
     "Apex Analytics now runs in data centres in Frankfurt and Paris, so reports stay in the EU. "
     "Resellers can order it on the Mighty Mick's EU marketplace."},
    {"champions",
     "Champions CRM goes mobile",
     {10, 27, 15},
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

} // namespace DemoSeedData
