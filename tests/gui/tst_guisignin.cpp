#include "core/salesforce/auth/memorytokenstore.h"
#include "core/salesforce/orgsession.h"
#include "tests/testsupport/browser.h"
#include "tests/testsupport/testenvironment.h"
#include "tests/testsupport/testorg.h"
#include "tests/testsupport/widgetlookup.h"
#include "ui/mainwindow.h"
#include "ui/messageboxes.h"
#include "ui/signincontroller.h"
#include "ui/urlopener.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QUrlQuery>
#include <QtTest>

using namespace sfsync;

// Browser sign-in from the window, with the test playing the browser: it receives the authorize URL from
// the app, follows the local org's consent (auto-approved) and its redirect to the app's loopback listener.
class tst_GuiSignIn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestOrg> m_org;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MemoryTokenStore> m_store;
    QNetworkAccessManager m_browser;
    QUrl m_authorizeUrl;
    int m_browserOpened = 0;

    template<class T>
    T *child(const QString &name) const
    {
        return test::child<T>(m_window.get(), name);
    }

    void playBrowser()
    {
        UrlOpener::setHandler([this](const QUrl &url) {
            m_authorizeUrl = url;
            ++m_browserOpened;
            test::followInBrowser(m_browser, url);
            return true;
        });
    }

    void chooseMyDomain(const QString &url, const QString &clientId)
    {
        auto *environment = child<QComboBox>(QStringLiteral("signInEnvironment"));
        environment->setCurrentIndex(2);
        QVERIFY(child<QLineEdit>(QStringLiteral("myDomainUrl"))->isEnabled());
        child<QLineEdit>(QStringLiteral("myDomainUrl"))->setText(url);
        child<QLineEdit>(QStringLiteral("clientId"))->setText(clientId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment(QStringLiteral("tst_guisignin"));
        MessageBoxes::setTestMode(true);
    }

    void init()
    {
        m_org = std::make_unique<test::TestOrg>();
        QVERIFY(m_org->start());
        m_org->org().setAutoApprove(true);
        m_store = std::make_unique<MemoryTokenStore>();
        m_window = std::make_unique<MainWindow>();
        m_window->signInController()->setTokenStore(m_store.get());
        m_window->signInController()->setPorts({0});
        m_window->show();
        m_authorizeUrl.clear();
        m_browserOpened = 0;
        playBrowser();
    }

    void cleanup()
    {
        UrlOpener::setHandler({});
        m_window.reset();
        m_store.reset();
        m_org.reset();
    }

    void signInSaveReconnectAndSignOut()
    {
        chooseMyDomain(m_org->baseUrl().toString(), QStringLiteral("sfsync-local"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("signInButton")), Qt::LeftButton);
        OrgSession *session = m_window->session();
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 20000);
        QCOMPARE(m_browserOpened, 1);

        // What the app sent the browser to.
        QCOMPARE(m_authorizeUrl.path(), QStringLiteral("/services/oauth2/authorize"));
        const QUrlQuery query(m_authorizeUrl);
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("sfsync-local"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QVERIFY(!query.queryItemValue(QStringLiteral("code_challenge")).isEmpty());
        QVERIFY(query.queryItemValue(QStringLiteral("state")).size() >= 16);
        QVERIFY(QUrl(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded))
                    .toString()
                    .startsWith(QStringLiteral("http://localhost:")));

        // Who is signed in, and where, is on screen; the org is saved with its refresh token.
        QCOMPARE(session->kind(), OrgSession::Kind::Profile);
        QCOMPARE(session->username(), m_org->org().username());
        QCOMPARE(session->instanceUrl().port(), m_org->baseUrl().port());
        QCOMPARE(child<QLabel>(QStringLiteral("sessionUser"))->text(), m_org->org().username());
        const QString profile = session->profileName();
        QVERIFY(!profile.isEmpty());
        QTRY_VERIFY(m_store->contains(profile));
        QVERIFY(!m_store->tokens(profile).refreshToken.isEmpty());
        auto *saved = child<QListWidget>(QStringLiteral("savedOrgs"));
        // Until the list is refreshed its one item is the "no saved orgs yet" hint.
        QTRY_COMPARE(saved->count() == 1 ? saved->item(0)->data(Qt::UserRole).toString() : QString(),
                     profile);
        QVERIFY(saved->item(0)->text().contains(m_org->org().username()));

        // The token works: the objects load.
        auto *objects = child<QTableView>(QStringLiteral("objectList"));
        QTRY_VERIFY_WITH_TIMEOUT(objects->model()->rowCount() > 5, 10000);

        // A saved org reconnects without the browser.
        session->close();
        QVERIFY(!session->isConnected());
        saved->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("connectSavedOrg")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 10000);
        QCOMPARE(session->username(), m_org->org().username());
        QCOMPARE(m_browserOpened, 1);

        // Sign out forgets the org and its token.
        QTest::mouseClick(child<QPushButton>(QStringLiteral("signOutButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->contains(profile), 10000);
        QVERIFY(!session->isConnected());
        QTRY_VERIFY(m_window->signInController()->savedOrgs().isEmpty());
        QCOMPARE(child<QLabel>(QStringLiteral("currentOrg"))->text(),
                 QStringLiteral("Sign in or open the local org to start."));
    }

    void failedSignInIsReportedAndNothingIsSaved()
    {
        // The org refuses an unknown client: the browser never comes back, and the sign-in times out.
        m_window->signInController()->setTimeoutMs(1500);
        chooseMyDomain(m_org->baseUrl().toString(), QStringLiteral("no-such-client"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("signInButton")), Qt::LeftButton);
        auto *status = child<QLabel>(QStringLiteral("signInStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Sign-in failed")), 15000);
        QVERIFY(!m_window->session()->isConnected());
        QVERIFY(m_window->signInController()->savedOrgs().isEmpty());
        QVERIFY(child<QPushButton>(QStringLiteral("signInButton"))->isEnabled());
    }

    void myDomainMustBeHttpsUnlessLoopback()
    {
        chooseMyDomain(QStringLiteral("http://example.com"), QStringLiteral("sfsync-local"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("signInButton")), Qt::LeftButton);
        QCOMPARE(m_browserOpened, 0);
        QVERIFY(!child<QLabel>(QStringLiteral("signInStatus"))->text().isEmpty());
        QVERIFY(!m_window->signInController()->isSigningIn());
    }
};

QTEST_MAIN(tst_GuiSignIn)
#include "tst_guisignin.moc"
