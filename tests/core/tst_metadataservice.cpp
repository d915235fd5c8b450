#include "core/salesforce/metadata/metadataservice.h"
#include "tests/testsupport/testenvironment.h"
#include "tests/testsupport/testorg.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sfsync;
using sfsync::test::TestOrg;

class tst_MetadataService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestOrg> m_org;
    QTemporaryDir m_cache;

    ObjectDescribe describe(MetadataService &service, const QString &name, SfError *error = nullptr)
    {
        ObjectDescribe result;
        bool done = false;
        service.describe(name, this, [&](const ObjectDescribe &object, const SfError &e) {
            result = object;
            if (error)
                *error = e;
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        }();
        return result;
    }

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_metadataservice")); }

    void init()
    {
        m_org = std::make_unique<TestOrg>();
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
        QDir(m_cache.path()).removeRecursively();
        QDir().mkpath(m_cache.path());
    }

    void cleanup() { m_org.reset(); }

    void describeAndRevalidate()
    {
        {
            MetadataService service(&m_org->rest(), m_cache.path());
            const ObjectDescribe account = describe(service, QStringLiteral("account"));
            QCOMPARE(account.name(), QStringLiteral("Account"));
            QVERIFY(account.field(QStringLiteral("Name")));
            QVERIFY(service.cached(QStringLiteral("Account")));
            QCOMPARE(m_org->network().requests().size(), 1);
            QVERIFY(m_org->network().requests().at(0).header("If-Modified-Since").isEmpty());
            // In memory now: no second request.
            describe(service, QStringLiteral("Account"));
            QCOMPARE(m_org->network().requests().size(), 1);
        }
        // A new session revalidates the disk copy; the org answers 304 and the cache is used.
        m_org->network().clearRequests();
        const int callsBefore = m_org->rest().apiCalls();
        MetadataService second(&m_org->rest(), m_cache.path());
        const ObjectDescribe again = describe(second, QStringLiteral("Account"));
        QCOMPARE(again.name(), QStringLiteral("Account"));
        QCOMPARE(again.fields().size(), second.cached(QStringLiteral("Account"))->fields().size());
        QCOMPARE(m_org->network().requests().size(), 1);
        const QByteArray since = m_org->network().requests().at(0).header("If-Modified-Since");
        QVERIFY2(since.endsWith(" GMT"), since.constData());
        QCOMPARE(m_org->rest().apiCalls(), callsBefore + 1);

        // refresh() forgets memory and disk: the next describe is unconditional.
        second.refresh();
        QVERIFY(!second.cached(QStringLiteral("Account")));
        m_org->network().clearRequests();
        describe(second, QStringLiteral("Account"));
        QVERIFY(m_org->network().requests().at(0).header("If-Modified-Since").isEmpty());
    }

    void notModifiedServedFromCache()
    {
        // Force the 304 path with a scripted answer, so the test does not depend on the org's clock.
        {
            MetadataService service(&m_org->rest(), m_cache.path());
            describe(service, QStringLiteral("Contact"));
        }
        m_org->network().enqueue(sfsync::test::FakeNetworkAccessManager::Reply::json(304, QByteArray()));
        MetadataService service(&m_org->rest(), m_cache.path());
        SfError error;
        const ObjectDescribe contact = describe(service, QStringLiteral("Contact"), &error);
        QVERIFY(error.isNull());
        QCOMPARE(contact.name(), QStringLiteral("Contact"));
        QVERIFY(contact.field(QStringLiteral("Email"))->idLookup);
    }

    void unknownObject()
    {
        MetadataService service(&m_org->rest(), QString());
        SfError error;
        const ObjectDescribe none = describe(service, QStringLiteral("Xyzzy__c"), &error);
        QVERIFY(!none.isValid());
        QCOMPARE(error.httpStatus, 404);
        QCOMPARE(error.errorCode, QStringLiteral("NOT_FOUND"));
        const int sent = int(m_org->network().requests().size());
        describe(service, QStringLiteral("Account WHERE"), &error);
        QCOMPARE(error.errorCode, QStringLiteral("NOT_FOUND"));
        QCOMPARE(int(m_org->network().requests().size()), sent); // invalid names never reach the org
    }

    void concurrentDescribesShareOneRequest()
    {
        MetadataService service(&m_org->rest(), QString());
        int answers = 0;
        for (int i = 0; i < 4; ++i)
            service.describe(QStringLiteral("Lead"), this,
                             [&answers](const ObjectDescribe &o, const SfError &) {
                                 if (o.isValid())
                                     ++answers;
                             });
        QTRY_COMPARE(answers, 4);
        QCOMPARE(m_org->network().requests().size(), 1);
    }

    void describeManyAndGlobal()
    {
        MetadataService service(&m_org->rest(), m_cache.path());
        QHash<QString, ObjectDescribe> many;
        bool done = false;
        service.describeMany(
            {QStringLiteral("Account"), QStringLiteral("Contact"), QStringLiteral("account")}, this,
            [&](const QHash<QString, ObjectDescribe> &r, const SfError &e) {
                QVERIFY(e.isNull());
                many = r;
                done = true;
            });
        QTRY_VERIFY(done);
        QCOMPARE(many.size(), 2);

        QList<ObjectSummary> objects;
        done = false;
        service.describeGlobal(this, [&](const QList<ObjectSummary> &o, const SfError &e) {
            QVERIFY(e.isNull());
            objects = o;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(objects.size() > 100);
        QVERIFY(std::any_of(objects.cbegin(), objects.cend(),
                            [](const ObjectSummary &s) { return s.name == QLatin1String("Custom__c"); }));
    }

    void callbackSkippedWhenContextDies()
    {
        MetadataService service(&m_org->rest(), QString());
        auto *context = new QObject;
        bool called = false;
        service.describe(QStringLiteral("Case"), context,
                         [&called](const ObjectDescribe &, const SfError &) { called = true; });
        delete context;
        bool other = false;
        service.describe(QStringLiteral("Case"), this,
                         [&other](const ObjectDescribe &, const SfError &) { other = true; });
        QTRY_VERIFY(other);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_MetadataService)
#include "tst_metadataservice.moc"
