#include "core/salesforce/systemproxyfactory.h"
#include "tests/testsupport/testenvironment.h"

#include <QNetworkProxy>
#include <QTest>

using namespace sfsync;

// The system proxy is honoured for Salesforce hosts, and never used for the local org on loopback.
class tst_SystemProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment(QStringLiteral("tst_systemproxy"));
        // Qt's generic Unix backend reads these on every query.
        qputenv("http_proxy", "http://proxy.example.test:3128");
        qputenv("https_proxy", "http://proxy.example.test:3128");
        qunsetenv("no_proxy");
    }

    void remoteHostsUseTheSystemProxy()
    {
        SystemProxyFactory factory;
        const auto proxies =
            factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://login.salesforce.com/"))));
        QVERIFY(!proxies.isEmpty());
        QCOMPARE(proxies.first().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxies.first().hostName(), QStringLiteral("proxy.example.test"));
        QCOMPARE(proxies.first().port(), quint16(3128));
    }

    void loopbackGoesDirect_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:7000/services/data");
        QTest::newRow("127.5.6.7") << QStringLiteral("http://127.5.6.7:7000/");
        QTest::newRow("localhost") << QStringLiteral("http://localhost:7171/OauthRedirect");
        QTest::newRow("::1") << QStringLiteral("http://[::1]:7000/");
    }

    void loopbackGoesDirect()
    {
        QFETCH(QString, url);
        SystemProxyFactory factory;
        const auto proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(url)));
        QCOMPARE(proxies.size(), 1);
        QCOMPARE(proxies.first().type(), QNetworkProxy::NoProxy);
    }
};

QTEST_GUILESS_MAIN(tst_SystemProxy)
#include "tst_systemproxy.moc"
