#include "localorg/data/idformat.h"
#include "localorg/data/recordstore.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using sfsync::localorg::IdFormat;
using sfsync::localorg::RecordError;
using sfsync::localorg::RecordStore;
using sfsync::localorg::WriteResult;

namespace {

const QString kContact = QStringLiteral("Contact");
const QString kAccount = QStringLiteral("Account");
const QString kLead = QStringLiteral("Lead");

QJsonObject contact(const QString &lastName, const QString &legacyId = {}, const QString &email = {})
{
    QJsonObject fields {{QStringLiteral("LastName"), lastName}};
    if (!legacyId.isEmpty())
        fields.insert(QStringLiteral("Legacy_Id__c"), legacyId);
    if (!email.isEmpty())
        fields.insert(QStringLiteral("Email"), email);
    return fields;
}

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2025, 3, 14), QTime(hour, minute, 5, 678), Qt::UTC);
}

} // namespace

#define COMPARE_ERROR(result, code, text, fieldList)                                                         \
    do {                                                                                                     \
        QVERIFY2(!(result).ok(), "expected an error");                                                       \
        QCOMPARE((result).errors.size(), 1);                                                                 \
        QCOMPARE((result).errors.first().statusCode, QStringLiteral(code));                                  \
        QCOMPARE((result).errors.first().message, QString(text));                                            \
        QCOMPARE((result).errors.first().fields, QStringList(fieldList));                                    \
    } while (false)

class tst_localorg_store : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_store")); }

    void createSetsIdAndSystemFields()
    {
        RecordStore store;
        QDateTime now = at(9);
        store.setClock([&now] { return now; });
        const WriteResult result = store.create(
            kContact,
            QJsonObject {{QStringLiteral("FirstName"), QStringLiteral("Ada")},
                         {QStringLiteral("LastName"), QStringLiteral("Lovelace")},
                         {QStringLiteral("attributes"), QJsonObject {{QStringLiteral("type"), kContact}}}});
        QVERIFY(result.ok());
        QCOMPARE(result.object, kContact);
        QCOMPARE(result.id.size(), 18);
        QVERIFY(IdFormat::isValid(result.id));
        QCOMPARE(IdFormat::keyPrefix(result.id), QStringLiteral("003"));
        const QJsonObject record = *store.record(result.id);
        QCOMPARE(record.value(QLatin1String("Id")).toString(), result.id);
        QCOMPARE(record.value(QLatin1String("Name")).toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(record.value(QLatin1String("IsDeleted")).toBool(), false);
        QCOMPARE(record.value(QLatin1String("IsEmailBounced")).toBool(), false);
        QCOMPARE(record.value(QLatin1String("CreatedDate")).toString(),
                 QStringLiteral("2025-03-14T09:00:05.000+0000"));
        QCOMPARE(record.value(QLatin1String("LastModifiedDate")).toString(),
                 QStringLiteral("2025-03-14T09:00:05.000+0000"));
        QCOMPARE(record.value(QLatin1String("SystemModstamp")).toString(),
                 QStringLiteral("2025-03-14T09:00:05.000+0000"));
        QCOMPARE(record.value(QLatin1String("OwnerId")).toString(), RecordStore::userId());
        QCOMPARE(record.value(QLatin1String("CreatedById")).toString(), RecordStore::userId());
        QVERIFY(!record.contains(QLatin1String("attributes")));

        now = at(10, 30);
        const WriteResult updated =
            store.update(kContact, result.id.left(15),
                         QJsonObject {{QStringLiteral("FirstName"), QStringLiteral("Augusta")}});
        QVERIFY(updated.ok());
        QCOMPARE(updated.id, result.id);
        const QJsonObject after = *store.record(result.id);
        QCOMPARE(after.value(QLatin1String("Name")).toString(), QStringLiteral("Augusta Lovelace"));
        QCOMPARE(after.value(QLatin1String("CreatedDate")).toString(),
                 QStringLiteral("2025-03-14T09:00:05.000+0000"));
        QCOMPARE(after.value(QLatin1String("LastModifiedDate")).toString(),
                 QStringLiteral("2025-03-14T10:30:05.000+0000"));
        QCOMPARE(after.value(QLatin1String("SystemModstamp")).toString(),
                 QStringLiteral("2025-03-14T10:30:05.000+0000"));
        QCOMPARE(store.count(kContact), 1);
    }

    void defaultsOnCreate()
    {
        RecordStore store;
        const WriteResult lead = store.create(kLead,
                                              QJsonObject {{QStringLiteral("LastName"), QStringLiteral("L")},
                                                           {QStringLiteral("Company"), QStringLiteral("C")}});
        QVERIFY(lead.ok());
        QCOMPARE(lead.record.value(QLatin1String("Status")).toString(),
                 QStringLiteral("Open - Not Contacted"));
        QCOMPARE(lead.record.value(QLatin1String("IsConverted")).toBool(), false);
    }

    void systemRecords()
    {
        RecordStore store;
        QCOMPARE(store.count(QStringLiteral("User")), 1);
        QCOMPARE(store.count(QStringLiteral("Organization")), 1);
        QCOMPARE(IdFormat::keyPrefix(RecordStore::userId()), QStringLiteral("005"));
        QCOMPARE(IdFormat::keyPrefix(RecordStore::organizationId()), QStringLiteral("00D"));
        QCOMPARE(store.record(RecordStore::userId())->value(QLatin1String("Username")).toString(),
                 QStringLiteral("admin@localorg.sfsync"));
        QCOMPARE(store.record(RecordStore::organizationId())->value(QLatin1String("IsSandbox")).toBool(),
                 false);
    }

    void requiredFieldsMissing()
    {
        RecordStore store;
        WriteResult r = store.create(kAccount, QJsonObject {{QStringLiteral("Phone"), QStringLiteral("1")}});
        COMPARE_ERROR(r, "REQUIRED_FIELD_MISSING", QStringLiteral("Required fields are missing: [Name]"),
                      {QStringLiteral("Name")});
        r = store.create(kLead, QJsonObject {});
        COMPARE_ERROR(r, "REQUIRED_FIELD_MISSING",
                      QStringLiteral("Required fields are missing: [LastName, Company]"),
                      (QStringList {QStringLiteral("LastName"), QStringLiteral("Company")}));
        r = store.create(kAccount, QJsonObject {{QStringLiteral("Name"), QJsonValue::Null}});
        COMPARE_ERROR(r, "REQUIRED_FIELD_MISSING", QStringLiteral("Required fields are missing: [Name]"),
                      {QStringLiteral("Name")});
        r = store.create(kAccount, QJsonObject {{QStringLiteral("Name"), QString()}}); // "" is null
        COMPARE_ERROR(r, "REQUIRED_FIELD_MISSING", QStringLiteral("Required fields are missing: [Name]"),
                      {QStringLiteral("Name")});
        QCOMPARE(store.count(kAccount), 0);

        const WriteResult ok =
            store.create(kAccount, QJsonObject {{QStringLiteral("Name"), QStringLiteral("A")}});
        QVERIFY(ok.ok());
        r = store.update(kAccount, ok.id, QJsonObject {{QStringLiteral("Name"), QJsonValue::Null}});
        COMPARE_ERROR(r, "REQUIRED_FIELD_MISSING", QStringLiteral("Required fields are missing: [Name]"),
                      {QStringLiteral("Name")});
        QCOMPARE(store.record(ok.id)->value(QLatin1String("Name")).toString(), QStringLiteral("A"));
    }

    void stringTooLong()
    {
        RecordStore store;
        const QString name(256, QLatin1Char('x'));
        const WriteResult r = store.create(kAccount, QJsonObject {{QStringLiteral("Name"), name}});
        COMPARE_ERROR(r, "STRING_TOO_LONG",
                      QStringLiteral("Account Name: data value too large: %1 (max length=255)").arg(name),
                      {QStringLiteral("Name")});
        QVERIFY(store.create(kAccount, QJsonObject {{QStringLiteral("Name"), QString(255, QLatin1Char('x'))}})
                    .ok());
        // Length counts characters, not UTF-16 units: 255 emoji fit.
        QString emoji;
        for (int i = 0; i < 255; ++i)
            emoji += QString::fromUtf8("\xF0\x9F\x98\x80");
        QVERIFY(store.create(kAccount, QJsonObject {{QStringLiteral("Name"), emoji}}).ok());
    }

    void invalidEmail()
    {
        RecordStore store;
        const WriteResult r = store.create(kContact,
                                           QJsonObject {{QStringLiteral("LastName"), QStringLiteral("X")},
                                                        {QStringLiteral("Email"), QStringLiteral("foo")}});
        COMPARE_ERROR(r, "INVALID_EMAIL_ADDRESS", QStringLiteral("Email: invalid email address: foo"),
                      {QStringLiteral("Email")});
        for (const QString &bad : {QStringLiteral("a@b"), QStringLiteral("a b@c.com"),
                                   QStringLiteral("@c.com"), QStringLiteral("a@@c.com")}) {
            QCOMPARE(store.create(kContact, contact(QStringLiteral("X"), {}, bad)).statusCode(),
                     QStringLiteral("INVALID_EMAIL_ADDRESS"));
        }
        QVERIFY(
            store
                .create(kContact,
                        contact(QStringLiteral("X"), {}, QStringLiteral("o'brien+tag@mail.example.co.uk")))
                .ok());
    }

    void wrongJsonTypes()
    {
        RecordStore store;
        WriteResult r =
            store.create(kAccount,
                         QJsonObject {{QStringLiteral("Name"), QStringLiteral("A")},
                                      {QStringLiteral("NumberOfEmployees"), QStringLiteral("abc")}});
        COMPARE_ERROR(
            r, "JSON_PARSER_ERROR",
            QStringLiteral("Cannot deserialize instance of int from VALUE_STRING value abc or request may be "
                           "missing a required field"),
            {});
        r = store.create(kAccount,
                         QJsonObject {{QStringLiteral("Name"), QStringLiteral("A")},
                                      {QStringLiteral("NumberOfEmployees"), 1.5}});
        COMPARE_ERROR(
            r, "JSON_PARSER_ERROR",
            QStringLiteral("Cannot deserialize instance of int from VALUE_NUMBER_FLOAT value 1.5 or request "
                           "may be missing a required field"),
            {});
        r = store.create(kAccount,
                         QJsonObject {{QStringLiteral("Name"), QStringLiteral("A")},
                                      {QStringLiteral("AnnualRevenue"), true}});
        COMPARE_ERROR(
            r, "JSON_PARSER_ERROR",
            QStringLiteral("Cannot deserialize instance of double from VALUE_TRUE value true or request may "
                           "be missing a required field"),
            {});
        r = store.create(kAccount,
                         QJsonObject {{QStringLiteral("Name"), QJsonObject {{QStringLiteral("a"), 1}}}});
        COMPARE_ERROR(
            r, "JSON_PARSER_ERROR",
            QStringLiteral("Cannot deserialize instance of string from START_OBJECT value { or request may "
                           "be missing a required field"),
            {});
        r = store.create(kLead,
                         QJsonObject {{QStringLiteral("LastName"), QStringLiteral("L")},
                                      {QStringLiteral("Company"), QStringLiteral("C")},
                                      {QStringLiteral("IsUnreadByOwner"), QStringLiteral("yes")}});
        COMPARE_ERROR(r, "JSON_PARSER_ERROR",
                      QStringLiteral(
                          "Cannot deserialize instance of boolean from VALUE_STRING value yes or request may "
                          "be missing a required field"),
                      {});
        r = store.create(kContact,
                         QJsonObject {{QStringLiteral("LastName"), QStringLiteral("L")},
                                      {QStringLiteral("Birthdate"), QStringLiteral("1980-13-01")}});
        COMPARE_ERROR(r, "JSON_PARSER_ERROR",
                      QStringLiteral(
                          "Cannot deserialize instance of date from VALUE_STRING value 1980-13-01 or request "
                          "may be missing a required field"),
                      {});
        r = store.create(kContact,
                         QJsonObject {{QStringLiteral("LastName"), QStringLiteral("L")},
                                      {QStringLiteral("EmailBouncedDate"), QStringLiteral("yesterday")}});
        QCOMPARE(r.statusCode(), QStringLiteral("JSON_PARSER_ERROR"));
        QCOMPARE(store.count(kAccount) + store.count(kContact) + store.count(kLead), 0);
    }

    void valuesAreNormalised()
    {
        RecordStore store;
        WriteResult r = store.create(kAccount,
                                     QJsonObject {{QStringLiteral("Name"), 42},
                                                  {QStringLiteral("NumberOfEmployees"), QStringLiteral("12")},
                                                  {QStringLiteral("AnnualRevenue"), 1234.5},
                                                  {QStringLiteral("Phone"), QString()}});
        QVERIFY(r.ok());
        QCOMPARE(r.record.value(QLatin1String("Name")).toString(),
                 QStringLiteral("42")); // numbers become text
        QCOMPARE(r.record.value(QLatin1String("NumberOfEmployees")).toDouble(), 12.0);
        QCOMPARE(r.record.value(QLatin1String("AnnualRevenue")).toDouble(), 1234.5);
        QVERIFY(r.record.value(QLatin1String("Phone")).isNull());
        r = store.create(
            kContact,
            QJsonObject {{QStringLiteral("LastName"), QStringLiteral("L")},
                         {QStringLiteral("Birthdate"), QStringLiteral("1980-05-06")},
                         {QStringLiteral("EmailBouncedDate"), QStringLiteral("2024-03-01T10:00:00+02:00")}});
        QVERIFY(r.ok());
        QCOMPARE(r.record.value(QLatin1String("Birthdate")).toString(), QStringLiteral("1980-05-06"));
        QCOMPARE(r.record.value(QLatin1String("EmailBouncedDate")).toString(),
                 QStringLiteral("2024-03-01T08:00:00.000+0000"));
        r = store.update(
            kContact, r.id,
            QJsonObject {{QStringLiteral("EmailBouncedDate"), QStringLiteral("2024-03-01T10:00:00.123Z")}});
        QCOMPARE(r.record.value(QLatin1String("EmailBouncedDate")).toString(),
                 QStringLiteral("2024-03-01T10:00:00.123+0000"));
    }

    void numberOutOfRange()
    {
        RecordStore store;
        const WriteResult r = store.create(kAccount,
                                           QJsonObject {{QStringLiteral("Name"), QStringLiteral("A")},
                                                        {QStringLiteral("NumberOfEmployees"), 123456789}});
        COMPARE_ERROR(r, "NUMBER_OUTSIDE_VALID_RANGE",
                      QStringLiteral("Employees: value outside of valid range on numeric field: 123456789"),
                      {QStringLiteral("NumberOfEmployees")});
        QVERIFY(store
                    .create(kAccount,
                            QJsonObject {{QStringLiteral("Name"), QStringLiteral("A")},
                                         {QStringLiteral("NumberOfEmployees"), 99999999}})
                    .ok());
    }

    void restrictedPicklist()
    {
        RecordStore store;
        WriteResult r = store.create(kContact,
                                     QJsonObject {{QStringLiteral("LastName"), QStringLiteral("L")},
                                                  {QStringLiteral("CleanStatus"), QStringLiteral("Bogus")}});
        COMPARE_ERROR(r, "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                      QStringLiteral("Clean Status: bad value for restricted picklist field: Bogus"),
                      {QStringLiteral("CleanStatus")});
        QVERIFY(store
                    .create(kContact,
                            QJsonObject {{QStringLiteral("LastName"), QStringLiteral("L")},
                                         {QStringLiteral("CleanStatus"), QStringLiteral("Matched")}})
                    .ok());
        // An unrestricted picklist takes any value.
        QVERIFY(store
                    .create(kContact,
                            QJsonObject {{QStringLiteral("LastName"), QStringLiteral("L")},
                                         {QStringLiteral("LeadSource"), QStringLiteral("Carrier pigeon")}})
                    .ok());
    }

    void duplicateValues()
    {
        RecordStore store;
        const WriteResult first = store.create(kContact, contact(QStringLiteral("A"), QStringLiteral("L-1")));
        QVERIFY(first.ok());
        WriteResult r = store.create(kContact, contact(QStringLiteral("B"), QStringLiteral("l-1")));
        COMPARE_ERROR(
            r, "DUPLICATE_VALUE",
            QStringLiteral("duplicate value found: Legacy_Id__c duplicates value on record with id: %1")
                .arg(first.id.left(15)),
            {});
        // Accounts have their own Legacy_Id__c values.
        QVERIFY(store
                    .create(kAccount,
                            QJsonObject {{QStringLiteral("Name"), QStringLiteral("A")},
                                         {QStringLiteral("Legacy_Id__c"), QStringLiteral("L-1")}})
                    .ok());
        const WriteResult second =
            store.create(kContact, contact(QStringLiteral("B"), QStringLiteral("L-2")));
        QVERIFY(second.ok());
        r = store.update(kContact, second.id,
                         QJsonObject {{QStringLiteral("Legacy_Id__c"), QStringLiteral("L-1")}});
        QCOMPARE(r.statusCode(), QStringLiteral("DUPLICATE_VALUE"));
        // Writing a record's own value again is fine.
        QVERIFY(store
                    .update(kContact, first.id,
                            QJsonObject {{QStringLiteral("Legacy_Id__c"), QStringLiteral("L-1")}})
                    .ok());
        // Once the holder is deleted, the value is free.
        QVERIFY(store.remove(kContact, first.id).ok());
        QVERIFY(store
                    .update(kContact, second.id,
                            QJsonObject {{QStringLiteral("Legacy_Id__c"), QStringLiteral("L-1")}})
                    .ok());
        // ...and the deleted record cannot come back while another holds it.
        r = store.undelete(kContact, first.id);
        QCOMPARE(r.statusCode(), QStringLiteral("DUPLICATE_VALUE"));
        // Email is not unique.
        QVERIFY(store.create(kContact, contact(QStringLiteral("C"), {}, QStringLiteral("same@example.com")))
                    .ok());
        QVERIFY(store.create(kContact, contact(QStringLiteral("D"), {}, QStringLiteral("same@example.com")))
                    .ok());
    }

    void caseSensitiveUniqueField()
    {
        RecordStore store;
        QString error;
        QVERIFY(store.addField(kContact,
                               QJsonObject {{QStringLiteral("name"), QStringLiteral("Code__c")},
                                            {QStringLiteral("length"), 10},
                                            {QStringLiteral("unique"), true},
                                            {QStringLiteral("externalId"), true},
                                            {QStringLiteral("caseSensitive"), true}},
                               &error));
        auto withCode = [](const QString &code) {
            return QJsonObject {{QStringLiteral("LastName"), QStringLiteral("X")},
                                {QStringLiteral("Code__c"), code}};
        };
        QVERIFY(store.create(kContact, withCode(QStringLiteral("ABC"))).ok());
        QVERIFY(store.create(kContact, withCode(QStringLiteral("abc"))).ok());
        QCOMPARE(store.create(kContact, withCode(QStringLiteral("ABC"))).statusCode(),
                 QStringLiteral("DUPLICATE_VALUE"));
        QCOMPARE(store.findByField(kContact, QStringLiteral("code__c"), QStringLiteral("abc")).size(), 1);
    }

    void readOnlyFields()
    {
        RecordStore store;
        WriteResult r =
            store.create(kContact,
                         QJsonObject {{QStringLiteral("LastName"), QStringLiteral("L")},
                                      {QStringLiteral("Name"), QStringLiteral("N")},
                                      {QStringLiteral("CreatedDate"), QStringLiteral("2020-01-01")}});
        COMPARE_ERROR(
            r, "INVALID_FIELD_FOR_INSERT_UPDATE",
            QStringLiteral("Unable to create/update fields: Name, CreatedDate. Please check the security "
                           "settings of this field and verify that it is read/write for your profile or "
                           "permission set."),
            (QStringList {QStringLiteral("Name"), QStringLiteral("CreatedDate")}));
        const WriteResult lead = store.create(kLead,
                                              QJsonObject {{QStringLiteral("LastName"), QStringLiteral("L")},
                                                           {QStringLiteral("Company"), QStringLiteral("C")},
                                                           {QStringLiteral("IsConverted"), false}});
        QVERIFY(lead.ok()); // createable
        r = store.update(kLead, lead.id, QJsonObject {{QStringLiteral("IsConverted"), true}});
        COMPARE_ERROR(
            r, "INVALID_FIELD_FOR_INSERT_UPDATE",
            QStringLiteral("Unable to create/update fields: IsConverted. Please check the security settings "
                           "of this field and verify that it is read/write for your profile or permission "
                           "set."),
            {QStringLiteral("IsConverted")});
        r = store.create(kContact,
                         QJsonObject {{QStringLiteral("LastName"), QStringLiteral("L")},
                                      {QStringLiteral("Id"), QStringLiteral("003000000000001AAA")}});
        COMPARE_ERROR(r, "INVALID_FIELD_FOR_INSERT_UPDATE",
                      QStringLiteral("cannot specify Id in an insert call"), {QStringLiteral("Id")});
        // A null Id (CumulusCI's upsert-by-Id create) is ignored.
        QVERIFY(store
                    .create(kContact,
                            QJsonObject {{QStringLiteral("LastName"), QStringLiteral("L")},
                                         {QStringLiteral("Id"), QJsonValue::Null}})
                    .ok());
    }

    void unknownFieldAndObject()
    {
        RecordStore store;
        WriteResult r = store.create(
            kContact,
            QJsonObject {{QStringLiteral("LastName"), QStringLiteral("L")}, {QStringLiteral("foo"), 1}});
        COMPARE_ERROR(r, "INVALID_FIELD", QStringLiteral("No such column 'foo' on sobject of type Contact"),
                      {});
        r = store.create(QStringLiteral("Xyzzy"), QJsonObject {});
        COMPARE_ERROR(r, "INVALID_TYPE", QStringLiteral("sObject type 'Xyzzy' is not supported."), {});
        // Field names are case-insensitive; the stored key is the canonical one.
        r = store.create(kContact, QJsonObject {{QStringLiteral("lastname"), QStringLiteral("L")}});
        QVERIFY(r.ok());
        QCOMPARE(r.record.value(QLatin1String("LastName")).toString(), QStringLiteral("L"));
        r = store.create(QStringLiteral("Organization"), QJsonObject {});
        COMPARE_ERROR(r, "INVALID_TYPE_FOR_OPERATION",
                      QStringLiteral("entity type cannot be inserted: Organization"), {});
    }

    void idsAndReferences()
    {
        RecordStore store;
        const WriteResult account =
            store.create(kAccount, QJsonObject {{QStringLiteral("Name"), QStringLiteral("A")}});
        const WriteResult person = store.create(kContact, contact(QStringLiteral("P")));
        WriteResult r = store.update(kContact, QStringLiteral("abc"), QJsonObject {});
        COMPARE_ERROR(r, "MALFORMED_ID", QStringLiteral("Contact ID: id value of incorrect type: abc"), {});
        r = store.update(kContact, account.id, QJsonObject {});
        COMPARE_ERROR(r, "MALFORMED_ID",
                      QStringLiteral("Contact ID: id value of incorrect type: %1").arg(account.id), {});
        const QString missing = IdFormat::make(u"003", 999999);
        r = store.update(kContact, missing, QJsonObject {});
        COMPARE_ERROR(r, "NOT_FOUND", QStringLiteral("The requested resource does not exist"), {});
        // The object may come from the Id alone.
        QVERIFY(
            store.update(QString(), person.id, QJsonObject {{QStringLiteral("Title"), QStringLiteral("T")}})
                .ok());
        QCOMPARE(store.get(QString(), person.id.left(15)).object, kContact);

        r = store.update(kContact, person.id, QJsonObject {{QStringLiteral("AccountId"), person.id}});
        COMPARE_ERROR(r, "MALFORMED_ID",
                      QStringLiteral("Account ID: id value of incorrect type: %1").arg(person.id),
                      {QStringLiteral("AccountId")});
        r = store.update(kContact, person.id,
                         QJsonObject {{QStringLiteral("AccountId"), QStringLiteral("nope")}});
        COMPARE_ERROR(r, "MALFORMED_ID", QStringLiteral("Account ID: id value of incorrect type: nope"),
                      {QStringLiteral("AccountId")});
        r = store.update(kContact, person.id,
                         QJsonObject {{QStringLiteral("AccountId"), IdFormat::make(u"001", 99999)}});
        COMPARE_ERROR(r, "INVALID_CROSS_REFERENCE_KEY", QStringLiteral("invalid cross reference id"),
                      {QStringLiteral("AccountId")});
        // A 15-character reference is stored in 18-character form.
        r = store.update(kContact, person.id,
                         QJsonObject {{QStringLiteral("AccountId"), account.id.left(15)},
                                      {QStringLiteral("Id"), person.id.left(15)}});
        QVERIFY(r.ok());
        QCOMPARE(r.record.value(QLatin1String("AccountId")).toString(), account.id);
        QVERIFY(store.remove(kAccount, account.id).ok());
        r = store.create(kContact,
                         QJsonObject {{QStringLiteral("LastName"), QStringLiteral("Q")},
                                      {QStringLiteral("AccountId"), account.id}});
        COMPARE_ERROR(r, "ENTITY_IS_DELETED", QStringLiteral("entity is deleted"),
                      {QStringLiteral("AccountId")});
    }

    void deleteAndUndelete()
    {
        RecordStore store;
        const WriteResult c = store.create(kContact, contact(QStringLiteral("D"), QStringLiteral("DEL-1")));
        QVERIFY(store.remove(kContact, c.id.left(15)).ok());
        QCOMPARE(store.count(kContact), 0);
        QCOMPARE(store.count(kContact, true), 1);
        QCOMPARE(store.record(c.id)->value(QLatin1String("IsDeleted")).toBool(), true);
        COMPARE_ERROR(store.remove(kContact, c.id), "ENTITY_IS_DELETED", QStringLiteral("entity is deleted"),
                      {});
        COMPARE_ERROR(store.update(kContact, c.id, QJsonObject {}), "ENTITY_IS_DELETED",
                      QStringLiteral("entity is deleted"), {});
        COMPARE_ERROR(store.get(kContact, c.id), "ENTITY_IS_DELETED", QStringLiteral("entity is deleted"),
                      {});
        QVERIFY(store.get(kContact, c.id, {}, true).ok());
        QVERIFY(
            store.findByField(kContact, QStringLiteral("Legacy_Id__c"), QStringLiteral("DEL-1")).isEmpty());
        QCOMPARE(store.findByField(kContact, QStringLiteral("Legacy_Id__c"), QStringLiteral("DEL-1"), true),
                 QStringList {c.id});
        COMPARE_ERROR(store.remove(kContact, IdFormat::make(u"003", 424242)), "NOT_FOUND",
                      QStringLiteral("The requested resource does not exist"), {});
        QVERIFY(store.undelete(kContact, c.id).ok());
        QCOMPARE(store.count(kContact), 1);
        QCOMPARE(store.undelete(kContact, c.id).statusCode(), QStringLiteral("UNDELETE_FAILED"));
    }

    void getRecord()
    {
        RecordStore store;
        const WriteResult a =
            store.create(kAccount,
                         QJsonObject {{QStringLiteral("Name"), QStringLiteral("A")},
                                      {QStringLiteral("BillingCity"), QStringLiteral("Oslo")}});
        WriteResult r = store.get(kAccount, a.id);
        QVERIFY(r.ok());
        QCOMPARE(r.record.size(), store.catalogue().object(kAccount)->fields().size());
        QVERIFY(r.record.value(QLatin1String("Phone")).isNull());
        const QJsonObject billing = r.record.value(QLatin1String("BillingAddress")).toObject();
        QCOMPARE(billing.value(QLatin1String("city")).toString(), QStringLiteral("Oslo"));
        QVERIFY(billing.value(QLatin1String("street")).isNull());
        QVERIFY(r.record.value(QLatin1String("ShippingAddress")).isNull());
        r = store.get(kAccount, a.id, {QStringLiteral("name"), QStringLiteral(" Phone")});
        QCOMPARE(r.record,
                 (QJsonObject {{QStringLiteral("Name"), QStringLiteral("A")},
                               {QStringLiteral("Phone"), QJsonValue::Null}}));
        COMPARE_ERROR(store.get(kAccount, a.id, {QStringLiteral("Nope")}), "INVALID_FIELD",
                      QStringLiteral("No such column 'Nope' on sobject of type Account"), {});
    }

    void findByField()
    {
        RecordStore store;
        const WriteResult a = store.create(
            kContact,
            contact(QStringLiteral("A"), QStringLiteral("X-1"), QStringLiteral("Shared@Example.com")));
        const WriteResult b = store.create(
            kContact,
            contact(QStringLiteral("B"), QStringLiteral("X-2"), QStringLiteral("shared@example.COM")));
        store.create(
            kContact,
            contact(QStringLiteral("C"), QStringLiteral("X-3"), QStringLiteral("other@example.com")));
        QCOMPARE(store.findByField(kContact, QStringLiteral("Legacy_Id__c"), QStringLiteral("x-2")),
                 QStringList {b.id});
        QCOMPARE(store.findByField(kContact, QStringLiteral("email"), QStringLiteral("SHARED@example.com")),
                 (QStringList {a.id, b.id}));
        QCOMPARE(store.findByField(kContact, QStringLiteral("Id"), a.id.left(15)), QStringList {a.id});
        QCOMPARE(store.findByField(kContact, QStringLiteral("LastName"), QStringLiteral("c")).size(),
                 1); // scan
        QVERIFY(store.findByField(kContact, QStringLiteral("Legacy_Id__c"), QStringLiteral("X-9")).isEmpty());
        QVERIFY(store.findByField(kContact, QStringLiteral("Nope"), QStringLiteral("x")).isEmpty());
        QVERIFY(
            store.findByField(QStringLiteral("Nope"), QStringLiteral("Id"), QStringLiteral("x")).isEmpty());
    }

    void savepointsRollBack()
    {
        RecordStore store;
        const WriteResult a = store.create(kContact, contact(QStringLiteral("A"), QStringLiteral("S-1")));
        const WriteResult c = store.create(kContact, contact(QStringLiteral("C"), QStringLiteral("S-3")));
        const int sp = store.savepoint();
        const WriteResult b = store.create(kContact, contact(QStringLiteral("B"), QStringLiteral("S-2")));
        QVERIFY(b.ok());
        QVERIFY(store.update(kContact, a.id, QJsonObject {{QStringLiteral("LastName"), QStringLiteral("A2")}})
                    .ok());
        const int inner = store.savepoint();
        QVERIFY(store.remove(kContact, c.id).ok());
        store.release(inner);
        QCOMPARE(store.count(kContact), 2);
        store.rollbackTo(sp);
        QCOMPARE(store.count(kContact, true), 2);
        QVERIFY(!store.record(b.id));
        QCOMPARE(store.record(a.id)->value(QLatin1String("LastName")).toString(), QStringLiteral("A"));
        QCOMPARE(store.record(c.id)->value(QLatin1String("IsDeleted")).toBool(), false);
        // The indexes were rolled back too: S-2 is free again, S-1 is still taken.
        QVERIFY(store.create(kContact, contact(QStringLiteral("B"), QStringLiteral("S-2"))).ok());
        QCOMPARE(store.create(kContact, contact(QStringLiteral("X"), QStringLiteral("S-1"))).statusCode(),
                 QStringLiteral("DUPLICATE_VALUE"));

        const int kept = store.savepoint();
        QVERIFY(store.create(kContact, contact(QStringLiteral("K"))).ok());
        store.release(kept);
        QCOMPARE(store.count(kContact), 4);
    }

    void persistenceRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString idA;
        QString idB;
        {
            RecordStore store;
            QString error;
            QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
            QVERIFY(store.isPersistent());
            idA = store
                      .create(kContact,
                              contact(QStringLiteral("A"), QStringLiteral("P-1"),
                                      QStringLiteral("a@example.com")))
                      .id;
            idB = store.create(kContact, contact(QStringLiteral("B"), QStringLiteral("P-2"))).id;
            QVERIFY(
                store.update(kContact, idA, QJsonObject {{QStringLiteral("Title"), QStringLiteral("Boss")}})
                    .ok());
            QVERIFY(store.remove(kContact, idB).ok());
            const int sp = store.savepoint();
            QVERIFY(store.create(kContact, contact(QStringLiteral("Gone"))).ok());
            store.rollbackTo(sp);
            // A batch inside one savepoint is written when the savepoint is released.
            const int batch = store.savepoint();
            for (int i = 0; i < 50; ++i)
                QVERIFY(store
                            .create(kAccount,
                                    QJsonObject {{QStringLiteral("Name"), QStringLiteral("Acc %1").arg(i)}})
                            .ok());
            store.release(batch);
        }
        RecordStore reopened;
        QString error;
        QVERIFY2(reopened.open(dir.path(), &error), qPrintable(error));
        QCOMPARE(reopened.count(kContact), 1);
        QCOMPARE(reopened.count(kContact, true), 2);
        QCOMPARE(reopened.count(kAccount), 50);
        QCOMPARE(reopened.count(QStringLiteral("User")), 1);
        const QJsonObject a = *reopened.record(idA);
        QCOMPARE(a.value(QLatin1String("Title")).toString(), QStringLiteral("Boss"));
        QCOMPARE(a.value(QLatin1String("Email")).toString(), QStringLiteral("a@example.com"));
        QCOMPARE(reopened.record(idB)->value(QLatin1String("IsDeleted")).toBool(), true);
        // Indexes are rebuilt and the Id counter continues.
        QCOMPARE(reopened.create(kContact, contact(QStringLiteral("X"), QStringLiteral("p-1"))).statusCode(),
                 QStringLiteral("DUPLICATE_VALUE"));
        const QString next = reopened.create(kContact, contact(QStringLiteral("Y"))).id;
        QVERIFY(next > idB);
        QCOMPARE(reopened.findByField(kContact, QStringLiteral("Email"), QStringLiteral("A@EXAMPLE.COM")),
                 QStringList {idA});

        reopened.clear();
        QCOMPARE(reopened.count(kContact, true), 0);
        RecordStore cleared;
        QVERIFY(cleared.open(dir.path(), &error));
        QCOMPARE(cleared.count(kContact, true), 0);
        QCOMPARE(cleared.count(QStringLiteral("User")), 1);
    }

    void memoryIsDefault()
    {
        RecordStore store;
        QVERIFY(!store.isPersistent());
        QVERIFY(store.open(QStringLiteral(":memory:")));
        QVERIFY(!store.isPersistent());
    }

    void tenThousandRecords()
    {
        RecordStore store;
        const int sp = store.savepoint();
        for (int i = 0; i < 10000; ++i) {
            const WriteResult r =
                store.create(kContact,
                             contact(QStringLiteral("N%1").arg(i), QStringLiteral("BULK-%1").arg(i),
                                     QStringLiteral("bulk%1@example.com").arg(i)));
            QVERIFY(r.ok());
        }
        store.release(sp);
        QCOMPARE(store.count(kContact), 10000);
        QCOMPARE(
            store.findByField(kContact, QStringLiteral("Legacy_Id__c"), QStringLiteral("bulk-9999")).size(),
            1);
        QCOMPARE(
            store.create(kContact, contact(QStringLiteral("Z"), QStringLiteral("BULK-5000"))).statusCode(),
            QStringLiteral("DUPLICATE_VALUE"));
    }
};

QTEST_GUILESS_MAIN(tst_localorg_store)
#include "tst_localorg_store.moc"
