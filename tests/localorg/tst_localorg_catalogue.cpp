#include "localorg/data/catalogue.h"
#include "tests/testsupport/testenvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using sfsync::localorg::Catalogue;
using sfsync::localorg::FieldSchema;
using sfsync::localorg::ObjectSchema;

namespace {

QJsonObject readFixture(const QString &name)
{
    QFile file(QStringLiteral(SFSYNC_FIXTURES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class tst_localorg_catalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_localorg_catalogue")); }

    void everyFixtureParses_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files =
            QDir(QStringLiteral(SFSYNC_FIXTURES_DIR))
                .entryList({QStringLiteral("describe-*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 11);
        for (const QString &file : files) {
            if (file != QLatin1String("describe-global.json"))
                QTest::newRow(qPrintable(file)) << file;
        }
    }
    void everyFixtureParses()
    {
        QFETCH(QString, file);
        const QJsonObject json = readFixture(file);
        QVERIFY(!json.isEmpty());
        QString error;
        const ObjectSchema info = ObjectSchema::fromDescribe(json, &error);
        QVERIFY2(info.isValid(), qPrintable(error));
        QCOMPARE(info.name(), json.value(QLatin1String("name")).toString());
        QCOMPARE(info.keyPrefix(), json.value(QLatin1String("keyPrefix")).toString());
        const QJsonArray fields = json.value(QLatin1String("fields")).toArray();
        QCOMPARE(info.fields().size(), fields.size());
        for (const QJsonValue &f : fields) {
            const QString name = f.toObject().value(QLatin1String("name")).toString();
            const FieldSchema *field = info.field(name.toUpper());
            QVERIFY2(field, qPrintable(name));
            QCOMPARE(field->name, name);
            QCOMPARE(field->type, f.toObject().value(QLatin1String("type")).toString());
        }
        // The describe is served as it was read.
        QCOMPARE(info.describeJson(), json);
    }

    void builtInHoldsTheFixtures()
    {
        const Catalogue catalogue = Catalogue::builtIn();
        const QStringList names = catalogue.objectNames();
        for (const QString &expected :
             {QStringLiteral("Account"), QStringLiteral("Case"), QStringLiteral("Contact"),
              QStringLiteral("Custom__c"), QStringLiteral("Event"), QStringLiteral("Lead"),
              QStringLiteral("Opportunity"), QStringLiteral("OpportunityContactRole"),
              QStringLiteral("Organization"), QStringLiteral("User"),
              QStringLiteral("UserPermissionAccess")}) {
            QVERIFY2(names.contains(expected), qPrintable(expected));
        }
        QCOMPARE(names.size(), 11);
        QCOMPARE(catalogue.object(QStringLiteral("cOnTaCt"))->name(), QStringLiteral("Contact"));
        QVERIFY(!catalogue.object(QStringLiteral("Campaign"))); // listed in describe global only
        QVERIFY(!catalogue.object(QStringLiteral("Xyzzy")));
    }

    void describeGlobal()
    {
        const Catalogue catalogue = Catalogue::builtIn();
        const QJsonObject global = catalogue.describeGlobal(QStringLiteral("62.0"));
        QCOMPARE(global.value(QLatin1String("encoding")).toString(), QStringLiteral("UTF-8"));
        QCOMPARE(global.value(QLatin1String("maxBatchSize")).toInt(), 200);
        const QJsonArray sobjects = global.value(QLatin1String("sobjects")).toArray();
        QCOMPARE(sobjects.size(), 111); // 110 of the fixture + Custom__c
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &v : sobjects)
            byName.insert(v.toObject().value(QLatin1String("name")).toString(), v.toObject());
        QCOMPARE(byName.value(QStringLiteral("Lead")).value(QLatin1String("keyPrefix")).toString(),
                 QStringLiteral("00Q")); // filled in from the Lead describe
        QCOMPARE(byName.value(QStringLiteral("Custom__c")).value(QLatin1String("keyPrefix")).toString(),
                 QStringLiteral("aB5"));
        QCOMPARE(byName.value(QStringLiteral("Account"))
                     .value(QLatin1String("urls"))
                     .toObject()
                     .value(QLatin1String("describe"))
                     .toString(),
                 QStringLiteral("/services/data/v62.0/sobjects/Account/describe"));
        QCOMPARE(byName.value(QStringLiteral("Custom__c"))
                     .value(QLatin1String("urls"))
                     .toObject()
                     .value(QLatin1String("sobject"))
                     .toString(),
                 QStringLiteral("/services/data/v62.0/sobjects/Custom__c"));
    }

    void describeOneObject()
    {
        const Catalogue catalogue = Catalogue::builtIn();
        const QJsonObject contact = catalogue.describe(QStringLiteral("contact"), QStringLiteral("59.0"));
        QCOMPARE(contact.value(QLatin1String("name")).toString(), QStringLiteral("Contact"));
        // The fixture has "vxx.0" placeholders; they are served with the requested version.
        QCOMPARE(
            contact.value(QLatin1String("urls")).toObject().value(QLatin1String("rowTemplate")).toString(),
            QStringLiteral("/services/data/v59.0/sobjects/Contact/{ID}"));
        const QJsonArray fields = contact.value(QLatin1String("fields")).toArray();
        QCOMPARE(fields.size(), 60); // 59 real + Legacy_Id__c
        const QJsonObject legacy = fields.last().toObject();
        QCOMPARE(legacy.value(QLatin1String("name")).toString(), QStringLiteral("Legacy_Id__c"));
        QCOMPARE(legacy.value(QLatin1String("length")).toInt(), 40);
        QCOMPARE(legacy.value(QLatin1String("externalId")).toBool(), true);
        QCOMPARE(legacy.value(QLatin1String("unique")).toBool(), true);
        QCOMPARE(legacy.value(QLatin1String("caseSensitive")).toBool(), false);
        QCOMPARE(legacy.value(QLatin1String("idLookup")).toBool(), true);
        QCOMPARE(legacy.value(QLatin1String("soapType")).toString(), QStringLiteral("xsd:string"));
        QCOMPARE(legacy.value(QLatin1String("custom")).toBool(), true);
        QVERIFY(legacy.contains(QLatin1String("picklistValues"))); // every describe property is there
        QVERIFY(catalogue.describe(QStringLiteral("Xyzzy"), QStringLiteral("62.0")).isEmpty());
        QVERIFY(catalogue.object(QStringLiteral("Account"))->field(QStringLiteral("legacy_id__c")));
    }

    void fieldProperties()
    {
        const Catalogue catalogue = Catalogue::builtIn();
        const ObjectSchema *account = catalogue.object(QStringLiteral("Account"));
        const ObjectSchema *contact = catalogue.object(QStringLiteral("Contact"));
        const ObjectSchema *lead = catalogue.object(QStringLiteral("Lead"));
        QVERIFY(account->field(QStringLiteral("Name"))->isRequiredOnCreate());
        QCOMPARE(account->field(QStringLiteral("Name"))->length, 255);
        QCOMPARE(account->field(QStringLiteral("Name"))->label, QStringLiteral("Account Name"));
        QVERIFY(!account->field(QStringLiteral("Description"))->filterable);
        QVERIFY(account->field(QStringLiteral("NumberOfEmployees"))->isNumeric());
        QVERIFY(contact->field(QStringLiteral("LastName"))->isRequiredOnCreate());
        QVERIFY(!contact->field(QStringLiteral("OwnerId"))->isRequiredOnCreate()); // defaultedOnCreate
        QVERIFY(contact->field(QStringLiteral("Email"))->idLookup);
        QVERIFY(contact->field(QStringLiteral("Email"))->isIndexed());
        QVERIFY(!contact->field(QStringLiteral("Id"))->isIndexed());
        QVERIFY(lead->field(QStringLiteral("Company"))->isRequiredOnCreate());
        QVERIFY(!lead->field(QStringLiteral("Status"))->isRequiredOnCreate());
        QCOMPARE(lead->field(QStringLiteral("Status"))->defaultPicklistValue,
                 QStringLiteral("Open - Not Contacted"));
        QVERIFY(!lead->field(QStringLiteral("IsConverted"))->isRequiredOnCreate()); // boolean
        QVERIFY(lead->field(QStringLiteral("GeocodeAccuracy"))->restrictedPicklist);
        QCOMPARE(contact->referenceFieldForRelationship(QStringLiteral("ACCOUNT"))->name,
                 QStringLiteral("AccountId"));
        QCOMPARE(contact->referenceFieldForRelationship(QStringLiteral("Owner"))->referenceTo,
                 QStringList {QStringLiteral("User")});
        QVERIFY(!contact->referenceFieldForRelationship(QStringLiteral("AccountId")));
    }

    void addField()
    {
        Catalogue catalogue = Catalogue::builtIn();
        const QDateTime before = catalogue.lastModified();
        QCOMPARE(before, Catalogue::builtIn().lastModified()); // stable across builds
        QString error;
        QVERIFY(catalogue.addField(QStringLiteral("lead"),
                                   QJsonObject {{QStringLiteral("name"), QStringLiteral("Score__c")},
                                                {QStringLiteral("type"), QStringLiteral("double")},
                                                {QStringLiteral("precision"), 5},
                                                {QStringLiteral("scale"), 2}},
                                   &error));
        const FieldSchema *score =
            catalogue.object(QStringLiteral("Lead"))->field(QStringLiteral("score__c"));
        QVERIFY(score);
        QVERIFY(score->isNumeric());
        QVERIFY(score->filterable);
        QVERIFY(score->createable);
        QCOMPARE(score->json.value(QLatin1String("soapType")).toString(), QStringLiteral("xsd:double"));
        QCOMPARE(score->label, QStringLiteral("Score"));
        QVERIFY(catalogue.object(QStringLiteral("Lead"))->lastModified() > before);
        QVERIFY(catalogue.lastModified() > before);
        QVERIFY(!catalogue.addField(QStringLiteral("Nope"),
                                    QJsonObject {{QStringLiteral("name"), QStringLiteral("X")}}, &error));
        QCOMPARE(error, QStringLiteral("unknown object Nope"));
        QVERIFY(!catalogue.addField(QStringLiteral("Lead"), QJsonObject {}, &error));
    }
};

QTEST_GUILESS_MAIN(tst_localorg_catalogue)
#include "tst_localorg_catalogue.moc"
