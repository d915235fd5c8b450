#include "localorg/data/sampleseed.h"

#include "localorg/data/recordstore.h"
#include "localorg/localorglogging.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

namespace sfsync::localorg {

// The sample org. Everything comes from a QRandomGenerator with a fixed seed and a fixed creation order, so a
// fresh org always holds the same records with the same Ids (Ids count up in creation order: the accounts
// first, then the contacts, then the leads).
//
// Accounts (100): "<Company> <Suffix>" names, Legacy_Id__c "ACC-0001" .. "ACC-0100" on every account,
// Industry, NumberOfEmployees, BillingCity / BillingCountry, Phone, Website.
//
// Contacts (300): FirstName, LastName, AccountId (contact i belongs to account i % 100), Email
// "<first>.<last><i>@example.com" (unique), Legacy_Id__c "CON-0001" .. "CON-0300" except on every tenth
// contact (CON numbers of contacts 10, 20, ..., 300 are left empty: 270 contacts carry one), Title, Phone,
// LeadSource, Birthdate.
//
// Deliberate duplicates on Email (for ambiguous matches); each group shares one address, the first listed
// contact index is the 1-based creation index:
//   jordan.lee@example.com     contacts 11, 111, 211  (3 records)
//   sam.taylor@example.com     contacts 22, 122       (2 records)
//   alex.kim@example.org       contacts 33, 133, 233  (3 records)
//   chris.jones@example.net    contacts 44, 144       (2 records)
//   pat.garcia@example.com     contacts 55, 155       (2 records; contact 155 writes it
//   "Pat.Garcia@Example.com",
//                                                     so the match is only found case-insensitively)
// One contact has a hostile name for escaping demos: contact 300 has LastName "O'Brien \\ Sons" and Email
// "o.brien@example.com".
//
// Leads (100): FirstName, LastName, Company, Email "lead<i>@example.org", Status (default "Open - Not
// Contacted" on most; "Working - Contacted" on every fifth), LeadSource. Lead 1 shares the address
// jordan.lee@example.com with the contacts above.
bool SampleSeed::apply(RecordStore &store, QString *error)
{
    for (const QString &object :
         {QStringLiteral("Account"), QStringLiteral("Contact"), QStringLiteral("Lead")}) {
        if (store.count(object, true) > 0) {
            if (error)
                *error = QStringLiteral("the org already holds %1 records").arg(object);
            return false;
        }
    }
    QRandomGenerator random(20240501);
    auto pick = [&random](const QStringList &list) {
        return list.at(int(random.bounded(quint32(list.size()))));
    };

    static const QStringList companies = {
        QStringLiteral("Acme"),     QStringLiteral("Globex"),     QStringLiteral("Initech"),
        QStringLiteral("Umbrella"), QStringLiteral("Hooli"),      QStringLiteral("Vandelay"),
        QStringLiteral("Stark"),    QStringLiteral("Wayne"),      QStringLiteral("Wonka"),
        QStringLiteral("Tyrell"),   QStringLiteral("Cyberdyne"),  QStringLiteral("Soylent"),
        QStringLiteral("Oscorp"),   QStringLiteral("Gringotts"),  QStringLiteral("Nakatomi"),
        QStringLiteral("Dunder"),   QStringLiteral("Pied Piper"), QStringLiteral("Massive Dynamic"),
        QStringLiteral("Aperture"), QStringLiteral("Black Mesa")};
    static const QStringList suffixes = {QStringLiteral("Inc."), QStringLiteral("Ltd"),
                                         QStringLiteral("GmbH"), QStringLiteral("LLC"),
                                         QStringLiteral("S.A."), QStringLiteral("Group")};
    static const QStringList industries = {QStringLiteral("Technology"), QStringLiteral("Manufacturing"),
                                           QStringLiteral("Retail"),     QStringLiteral("Finance"),
                                           QStringLiteral("Healthcare"), QStringLiteral("Education")};
    static const QStringList cities = {QStringLiteral("Berlin"), QStringLiteral("Paris"),
                                       QStringLiteral("London"), QStringLiteral("Madrid"),
                                       QStringLiteral("Vienna"), QStringLiteral("Oslo")};
    static const QStringList countries = {QStringLiteral("Germany"),        QStringLiteral("France"),
                                          QStringLiteral("United Kingdom"), QStringLiteral("Spain"),
                                          QStringLiteral("Austria"),        QStringLiteral("Norway")};
    static const QStringList firstNames = {
        QStringLiteral("Anna"), QStringLiteral("Ben"),   QStringLiteral("Clara"), QStringLiteral("David"),
        QStringLiteral("Emma"), QStringLiteral("Felix"), QStringLiteral("Greta"), QStringLiteral("Hugo"),
        QStringLiteral("Ines"), QStringLiteral("Jonas"), QStringLiteral("Karla"), QStringLiteral("Leon"),
        QStringLiteral("Mia"),  QStringLiteral("Noah"),  QStringLiteral("Olga"),  QStringLiteral("Paul")};
    static const QStringList lastNames = {
        QStringLiteral("Schmidt"), QStringLiteral("Martin"), QStringLiteral("Smith"),
        QStringLiteral("Garcia"),  QStringLiteral("Rossi"),  QStringLiteral("Novak"),
        QStringLiteral("Jensen"),  QStringLiteral("Dubois"), QStringLiteral("Weber"),
        QStringLiteral("Moreau"),  QStringLiteral("Brown"),  QStringLiteral("Lopez")};
    static const QStringList titles = {QStringLiteral("CEO"), QStringLiteral("CTO"), QStringLiteral("Buyer"),
                                       QStringLiteral("Engineer"), QStringLiteral("Office Manager")};
    static const QStringList sources = {QStringLiteral("Web"), QStringLiteral("Phone Inquiry"),
                                        QStringLiteral("Partner Referral"), QStringLiteral("Other")};
    struct Duplicate
    {
        int contact;
        QString first;
        QString last;
        QString email;
    };
    static const QList<Duplicate> duplicates = {
        {11, QStringLiteral("Jordan"), QStringLiteral("Lee"), QStringLiteral("jordan.lee@example.com")},
        {111, QStringLiteral("Jordan"), QStringLiteral("Lee"), QStringLiteral("jordan.lee@example.com")},
        {211, QStringLiteral("Jordan"), QStringLiteral("Lee-Park"), QStringLiteral("jordan.lee@example.com")},
        {22, QStringLiteral("Sam"), QStringLiteral("Taylor"), QStringLiteral("sam.taylor@example.com")},
        {122, QStringLiteral("Samantha"), QStringLiteral("Taylor"), QStringLiteral("sam.taylor@example.com")},
        {33, QStringLiteral("Alex"), QStringLiteral("Kim"), QStringLiteral("alex.kim@example.org")},
        {133, QStringLiteral("Alex"), QStringLiteral("Kim"), QStringLiteral("alex.kim@example.org")},
        {233, QStringLiteral("Alexandra"), QStringLiteral("Kim"), QStringLiteral("alex.kim@example.org")},
        {44, QStringLiteral("Chris"), QStringLiteral("Jones"), QStringLiteral("chris.jones@example.net")},
        {144, QStringLiteral("Christopher"), QStringLiteral("Jones"),
         QStringLiteral("chris.jones@example.net")},
        {55, QStringLiteral("Pat"), QStringLiteral("Garcia"), QStringLiteral("pat.garcia@example.com")},
        {155, QStringLiteral("Patricia"), QStringLiteral("Garcia"), QStringLiteral("Pat.Garcia@Example.com")},
    };

    const int sp = store.savepoint();
    auto failed = [&](const QString &what, const WriteResult &result) {
        store.rollbackTo(sp);
        if (error) {
            *error = QStringLiteral("%1: %2 %3")
                         .arg(what, result.statusCode(),
                              result.errors.isEmpty() ? QString() : result.errors.first().message);
        }
        return false;
    };

    QStringList accountIds;
    for (int i = 1; i <= AccountCount; ++i) {
        const QString city = pick(cities);
        const QJsonObject fields {
            {QStringLiteral("Name"), QStringLiteral("%1 %2 %3").arg(pick(companies), pick(suffixes)).arg(i)},
            {QStringLiteral("Legacy_Id__c"), QStringLiteral("ACC-%1").arg(i, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("Industry"), pick(industries)},
            {QStringLiteral("NumberOfEmployees"), int(10 + random.bounded(5000))},
            {QStringLiteral("BillingCity"), city},
            {QStringLiteral("BillingCountry"), countries.at(cities.indexOf(city))},
            {QStringLiteral("Phone"), QStringLiteral("+49 30 %1").arg(100000 + i)},
            {QStringLiteral("Website"), QStringLiteral("https://www.example.com/account/%1").arg(i)},
        };
        const WriteResult result = store.create(QStringLiteral("Account"), fields);
        if (!result.ok())
            return failed(QStringLiteral("account %1").arg(i), result);
        accountIds.append(result.id);
    }

    for (int i = 1; i <= ContactCount; ++i) {
        QString first = pick(firstNames);
        QString last = pick(lastNames);
        QString email = QStringLiteral("%1.%2%3@example.com").arg(first.toLower(), last.toLower()).arg(i);
        for (const Duplicate &d : duplicates) {
            if (d.contact == i) {
                first = d.first;
                last = d.last;
                email = d.email;
            }
        }
        if (i == ContactCount) {
            first = QStringLiteral("Liam");
            last = QStringLiteral("O'Brien \\ Sons");
            email = QStringLiteral("o.brien@example.com");
        }
        QJsonObject fields {
            {QStringLiteral("FirstName"), first},
            {QStringLiteral("LastName"), last},
            {QStringLiteral("Email"), email},
            {QStringLiteral("AccountId"), accountIds.at(i % AccountCount)},
            {QStringLiteral("Title"), pick(titles)},
            {QStringLiteral("Phone"), QStringLiteral("+33 1 %1").arg(200000 + i)},
            {QStringLiteral("LeadSource"), pick(sources)},
            {QStringLiteral("Birthdate"),
             QStringLiteral("19%1-%2-%3")
                 .arg(60 + int(random.bounded(40)))
                 .arg(1 + int(random.bounded(12)), 2, 10, QLatin1Char('0'))
                 .arg(1 + int(random.bounded(28)), 2, 10, QLatin1Char('0'))},
        };
        if (i % 10 != 0)
            fields.insert(QStringLiteral("Legacy_Id__c"),
                          QStringLiteral("CON-%1").arg(i, 4, 10, QLatin1Char('0')));
        const WriteResult result = store.create(QStringLiteral("Contact"), fields);
        if (!result.ok())
            return failed(QStringLiteral("contact %1").arg(i), result);
    }

    for (int i = 1; i <= LeadCount; ++i) {
        QJsonObject fields {
            {QStringLiteral("FirstName"), pick(firstNames)},
            {QStringLiteral("LastName"), pick(lastNames)},
            {QStringLiteral("Company"), QStringLiteral("%1 %2").arg(pick(companies), pick(suffixes))},
            {QStringLiteral("Email"),
             i == 1 ? QStringLiteral("jordan.lee@example.com") : QStringLiteral("lead%1@example.org").arg(i)},
            {QStringLiteral("LeadSource"), pick(sources)},
        };
        if (i % 5 == 0)
            fields.insert(QStringLiteral("Status"), QStringLiteral("Working - Contacted"));
        const WriteResult result = store.create(QStringLiteral("Lead"), fields);
        if (!result.ok())
            return failed(QStringLiteral("lead %1").arg(i), result);
    }
    store.release(sp);
    qCInfo(lcLocalOrgStore) << "seeded the sample org:" << AccountCount << "accounts," << ContactCount
                            << "contacts," << LeadCount << "leads";
    return true;
}

} // namespace sfsync::localorg
