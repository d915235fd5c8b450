#include "core/salesforce/auth/keychaintokenstore.h"
#include "tests/testsupport/testenvironment.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace sfsync;

// A round trip through the real system keychain (runs under tests/with-keyring.sh).
class tst_KeychainTokenStore : public QObject
{
    Q_OBJECT

private:
    KeychainTokenStore m_store {QStringLiteral("sfsync-test-tokens")};

    SfError write(const QString &profile, const StoredTokens &tokens)
    {
        SfError result;
        bool done = false;
        m_store.write(profile, tokens, this, [&](const SfError &e) {
            result = e;
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        }();
        return result;
    }

    StoredTokens read(const QString &profile, SfError *error)
    {
        StoredTokens result;
        bool done = false;
        m_store.read(profile, this, [&](const StoredTokens &t, const SfError &e) {
            result = t;
            *error = e;
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        }();
        return result;
    }

    SfError remove(const QString &profile)
    {
        SfError result;
        bool done = false;
        m_store.remove(profile, this, [&](const SfError &e) {
            result = e;
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        }();
        return result;
    }

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_keychaintokenstore")); }

    void roundTrip_data()
    {
        QTest::addColumn<int>("length");
        QTest::newRow("short") << 100;
        QTest::newRow("one chunk exactly") << 1900;
        QTest::newRow("chunked") << 5000;
    }

    void roundTrip()
    {
        QFETCH(int, length);
        const QString profile = QUuid::createUuid().toString(QUuid::WithoutBraces);
        StoredTokens tokens;
        tokens.refreshToken = QStringLiteral("5Aep861") + QString(length, QLatin1Char('r'));
        tokens.accessToken = QStringLiteral("00Dx0000000BV7z!AR8AQ.access");
        QVERIFY(write(profile, tokens).isNull());
        SfError error;
        QCOMPARE(read(profile, &error), tokens);
        QVERIFY(error.isNull());

        // A shorter value replaces a longer one cleanly.
        StoredTokens shorter;
        shorter.refreshToken = QStringLiteral("short");
        QVERIFY(write(profile, shorter).isNull());
        QCOMPARE(read(profile, &error), shorter);

        QVERIFY(remove(profile).isNull());
        QCOMPARE(read(profile, &error), StoredTokens {});
        QCOMPARE(error.errorCode, QStringLiteral("ENTRY_NOT_FOUND"));
    }

    void chunksRemoved()
    {
        const QString profile = QUuid::createUuid().toString(QUuid::WithoutBraces);
        StoredTokens tokens;
        tokens.refreshToken = QString(7000, QLatin1Char('z'));
        QVERIFY(write(profile, tokens).isNull());
        QVERIFY(remove(profile).isNull());
        SfError error;
        read(profile, &error);
        QCOMPARE(error.errorCode, QStringLiteral("ENTRY_NOT_FOUND"));
    }
};

QTEST_GUILESS_MAIN(tst_KeychainTokenStore)
#include "tst_keychaintokenstore.moc"
