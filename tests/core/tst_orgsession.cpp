// core's OrgSession: the one session of the desktop app and the runner. The embedded org comes through a
// factory (core does not link the local org); describes are cached under one layout.
#include "app/embeddedorg/localorgembedding.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/metadata/metadataservice.h"
#include "core/salesforce/orgsession.h"
#include "localorg/localorg.h"
#include "tests/testsupport/testenvironment.h"
#include "tests/testsupport/testorg.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace sfsync;

class tst_OrgSession : public QObject
{
    Q_OBJECT

    // Describes `object` through the session's metadata service; the error, null on success.
    static SfError describe(OrgSession &session, const QString &object)
    {
        SfError result = SfError::network(QStringLiteral("TIMEOUT"), QStringLiteral("no answer"));
        bool done = false;
        session.metadata()->describe(object, &session, [&](const ObjectDescribe &, const SfError &error) {
            result = error;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return result;
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment(QStringLiteral("tst_orgsession"));
        QDir(OrgSession::metadataCacheRoot()).removeRecursively(); // a previous run's cache
    }

    void withoutAnEmbeddedOrgTheLocalOrgIsRefused()
    {
        OrgSession::setEmbeddedOrgFactory({});
        OrgSession session;
        QSignalSpy changed(&session, &OrgSession::connectedChanged);
        SfError error;
        QVERIFY(!session.openLocalOrg(&error));
        QCOMPARE(error.errorCode, QStringLiteral("LOCAL_ORG_FAILED"));
        QVERIFY(!session.isConnected());
        QCOMPARE(changed.count(), 0);
    }

    void theLocalOrgIsOpenedThroughTheFactory()
    {
        installLocalOrgEmbedding();
        OrgSession session;
        QSignalSpy changed(&session, &OrgSession::connectedChanged);
        SfError error;
        QVERIFY2(session.openLocalOrg(&error), qPrintable(error.toString()));
        QCOMPARE(session.kind(), OrgSession::Kind::LocalOrg);
        QVERIFY(session.embeddedOrg());
        QCOMPARE(session.instanceUrl(), session.embeddedOrg()->baseUrl());
        QCOMPARE(session.connection()->identity().orgId, session.embeddedOrg()->identity().orgId);
        QCOMPARE(changed.count(), 1);
        QVERIFY(describe(session, QStringLiteral("Contact")).isNull());
        QCOMPARE(session.apiCalls(), 1);
        // The embedded org starts fresh every time: nothing of it is cached on disk.
        QVERIFY(!QFileInfo::exists(OrgSession::metadataCacheRoot()));

        auto *embedded = static_cast<LocalOrgEmbedding *>(session.embeddedOrg());
        QPointer<localorg::LocalOrg> org = &embedded->org();
        QVERIFY(org->isRunning());
        session.close();
        QVERIFY(!session.isConnected());
        QVERIFY(!session.embeddedOrg());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().first().toBool(), false);
        QVERIFY(org.isNull()); // stopped and gone with the session's org
    }

    // One describe cache layout for both programs: <CacheLocation>/metadata/<org Id>/<object, lower
    // case>.json.
    void describesAreCachedPerOrg()
    {
        test::TestOrg org;
        QVERIFY(org.start());
        auto *connection = new Connection;
        QVERIFY(connection->setInstanceUrl(org.baseUrl()).isNull());
        connection->setAccessToken(org.org().accessToken());
        OrgIdentity identity;
        identity.orgId = org.org().organizationId();
        identity.username = org.org().username();
        connection->setIdentity(identity);
        OrgSession session;
        session.adopt(connection, OrgSession::Kind::Profile, QStringLiteral("prod"));
        QCOMPARE(session.profileName(), QStringLiteral("prod"));
        QCOMPARE(session.title(), QStringLiteral("%1 on 127.0.0.1").arg(identity.username));
        QVERIFY(describe(session, QStringLiteral("Contact")).isNull());
        const QString file =
            QDir(OrgSession::metadataCacheRoot()).filePath(identity.orgId + QStringLiteral("/contact.json"));
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        // Exactly one level per org below the root.
        QCOMPARE(QDir(OrgSession::metadataCacheRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                 QStringList {identity.orgId});
    }
};

QTEST_GUILESS_MAIN(tst_OrgSession)
#include "tst_orgsession.moc"
