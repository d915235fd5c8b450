#include "core/salesforce/metadata/objectdescribe.h"
#include "tests/testsupport/testenvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sfsync;

namespace {

QJsonObject load(const QString &file)
{
    QFile f(QDir(QStringLiteral(SFSYNC_FIXTURES_DIR)).filePath(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

// Parses every real describe in the catalogue (CumulusCI cassettes) and checks facts docs/salesforce-api.md
// §2.3 states about them.
class tst_Describe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_describe")); }

    void everyFixtureParses_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files =
            QDir(QStringLiteral(SFSYNC_FIXTURES_DIR))
                .entryList({QStringLiteral("describe-*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 9);
        for (const QString &file : files) {
            if (file != QLatin1String("describe-global.json"))
                QTest::newRow(qPrintable(file)) << file;
        }
    }

    void everyFixtureParses()
    {
        QFETCH(QString, file);
        const QJsonObject json = load(file);
        QVERIFY(!json.isEmpty());
        const ObjectDescribe d = ObjectDescribe::fromJson(json);
        QVERIFY(d.isValid());
        QCOMPARE(QStringLiteral("describe-") + d.name() + QStringLiteral(".json"), file);
        QCOMPARE(d.fields().size(), json.value(QLatin1String("fields")).toArray().size());
        const FieldInfo *id = d.field(QStringLiteral("id"));
        QVERIFY(id);
        QCOMPARE(id->type, QStringLiteral("id"));
        QVERIFY(id->filterable);
        QVERIFY(!id->createable);
        QVERIFY(!d.matcherCandidates().isEmpty());
        for (const FieldInfo &f : d.fields()) {
            QVERIFY(!f.name.isEmpty());
            QVERIFY2(!f.type.isEmpty(), qPrintable(f.name));
            QCOMPARE(d.field(f.name.toUpper()), &f);
            if (f.type == QLatin1String("reference"))
                QVERIFY2(!f.referenceTo.isEmpty(), qPrintable(f.name));
        }
    }

    void accountFacts()
    {
        const ObjectDescribe d = ObjectDescribe::fromJson(load(QStringLiteral("describe-Account.json")));
        QCOMPARE(d.summary().keyPrefix, QStringLiteral("001"));
        QVERIFY(d.summary().createable && d.summary().updateable && d.summary().deletable);
        const FieldInfo *name = d.field(QStringLiteral("Name"));
        QVERIFY(name);
        QCOMPARE(name->type, QStringLiteral("string"));
        QCOMPARE(name->length, 255);
        QVERIFY(name->isRequiredOnCreate());
        QVERIFY(name->isTextLike());
        QVERIFY(d.requiredOnCreate().contains(name));
        const FieldInfo *industry = d.field(QStringLiteral("Industry"));
        QCOMPARE(industry->type, QStringLiteral("picklist"));
        QVERIFY(!industry->restrictedPicklist);
        QVERIFY(!industry->picklistValues.isEmpty());
        const FieldInfo *address = d.field(QStringLiteral("BillingAddress"));
        QCOMPARE(address->type, QStringLiteral("address"));
        QVERIFY(!d.canWrite(*address, QStringLiteral("create")));
        QVERIFY(!d.canWrite(*address, QStringLiteral("update")));
        QVERIFY(!address->canBeMatcher());
        const FieldInfo *employees = d.field(QStringLiteral("NumberOfEmployees"));
        QCOMPARE(employees->type, QStringLiteral("int"));
        QCOMPARE(employees->digits, 8);
        QVERIFY(employees->isNumeric());
        const FieldInfo *revenue = d.field(QStringLiteral("AnnualRevenue"));
        QCOMPARE(revenue->type, QStringLiteral("currency"));
        QCOMPARE(revenue->precision, 18);
        QCOMPARE(revenue->scale, 0);
        const FieldInfo *owner = d.field(QStringLiteral("OwnerId"));
        QVERIFY(owner->isIdLike());
        QCOMPARE(owner->referenceTo, QStringList {QStringLiteral("User")});
        QCOMPARE(owner->relationshipName, QStringLiteral("Owner"));
        QVERIFY(!d.field(QStringLiteral("NoSuchField__c")));
    }

    void leadAndContactFacts()
    {
        const ObjectDescribe lead = ObjectDescribe::fromJson(load(QStringLiteral("describe-Lead.json")));
        const FieldInfo *status = lead.field(QStringLiteral("Status"));
        QVERIFY(!status->nillable);
        QVERIFY(status->defaultedOnCreate);
        QVERIFY(!status->isRequiredOnCreate());
        QVERIFY(lead.field(QStringLiteral("Email"))->idLookup);
        QVERIFY(lead.requiredOnCreate().contains(lead.field(QStringLiteral("LastName"))));
        QVERIFY(lead.requiredOnCreate().contains(lead.field(QStringLiteral("Company"))));

        const ObjectDescribe contact =
            ObjectDescribe::fromJson(load(QStringLiteral("describe-Contact.json")));
        const FieldInfo *email = contact.field(QStringLiteral("Email"));
        QCOMPARE(email->type, QStringLiteral("email"));
        QCOMPARE(email->length, 80);
        QVERIFY(email->idLookup);
        QVERIFY(email->canBeMatcher());
        QVERIFY(contact.canWrite(*email, QStringLiteral("upsert")));
        QVERIFY(!contact.canWrite(*email, QStringLiteral("delete")));
        // A boolean is never "required": it defaults to false.
        for (const FieldInfo *f : contact.requiredOnCreate())
            QVERIFY(f->type != QLatin1String("boolean"));
        const FieldInfo *description = contact.field(QStringLiteral("Description"));
        QCOMPARE(description->type, QStringLiteral("textarea"));
        QVERIFY(!description->filterable);
        QVERIFY(!contact.matcherCandidates().contains(description));
    }

    void customObjectFacts()
    {
        const ObjectDescribe custom =
            ObjectDescribe::fromJson(load(QStringLiteral("describe-Custom__c.json")));
        QVERIFY(custom.summary().custom);
        QVERIFY(custom.field(QStringLiteral("Name")));
    }

    void describeGlobal()
    {
        const QJsonArray objects =
            load(QStringLiteral("describe-global.json")).value(QLatin1String("sobjects")).toArray();
        QVERIFY(objects.size() > 100);
        bool sawAccount = false;
        for (const QJsonValue &v : objects) {
            const ObjectSummary s = ObjectSummary::fromJson(v.toObject());
            QVERIFY(!s.name.isEmpty());
            if (s.name == QLatin1String("Account")) {
                sawAccount = true;
                QCOMPARE(s.label, QStringLiteral("Account"));
                QCOMPARE(s.labelPlural, QStringLiteral("Accounts"));
                QVERIFY(s.queryable && s.createable && !s.custom);
            }
        }
        QVERIFY(sawAccount);
    }
};

QTEST_GUILESS_MAIN(tst_Describe)
#include "tst_describe.moc"
