#include "core/salesforce/sferror.h"
#include "tests/testsupport/testenvironment.h"

#include <QTest>

using namespace sfsync;

class tst_SfError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_sferror")); }

    void restErrorArray()
    {
        const auto errors = SfError::fromResponse(
            400,
            R"([{"message":"Required fields are missing: [Name]","errorCode":"REQUIRED_FIELD_MISSING","fields":["Name"]},
                    {"message":"second","errorCode":"INVALID_FIELD"}])");
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0].httpStatus, 400);
        QCOMPARE(errors[0].errorCode, QStringLiteral("REQUIRED_FIELD_MISSING"));
        QCOMPARE(errors[0].fields, QStringList {QStringLiteral("Name")});
        QCOMPARE(errors[0].toString(),
                 QStringLiteral("REQUIRED_FIELD_MISSING: Required fields are missing: [Name]"));
        QCOMPARE(errors[1].errorCode, QStringLiteral("INVALID_FIELD"));
    }

    void perRecordError()
    {
        const auto errors = SfError::fromResponse(
            200,
            R"({"success":false,"errors":[{"statusCode":"UNABLE_TO_LOCK_ROW","message":"unable to obtain exclusive access","fields":[]}]})");
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].errorCode, QStringLiteral("UNABLE_TO_LOCK_ROW"));
        QVERIFY(errors[0].isTransient());
    }

    void oauthError()
    {
        const auto errors = SfError::fromResponse(
            400, R"({"error":"invalid_grant","error_description":"expired access/refresh token"})");
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].errorCode, QStringLiteral("invalid_grant"));
        QCOMPARE(errors[0].message, QStringLiteral("expired access/refresh token"));
        QVERIFY(!errors[0].isTransient());
        const auto busy = SfError::fromResponse(
            400,
            R"({"error":"invalid_grant","error_description":"token request is already being processed"})");
        QVERIFY(busy[0].isTransient());
    }

    void multipleChoices()
    {
        const auto errors = SfError::fromResponse(
            300,
            R"(["/services/data/v62.0/sobjects/Account/001A","/services/data/v62.0/sobjects/Account/001B"])");
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].httpStatus, 300);
        QCOMPARE(errors[0].errorCode, QStringLiteral("MULTIPLE_CHOICES"));
        QVERIFY(errors[0].message.contains(QLatin1String("001B")));
        QVERIFY(!errors[0].isTransient());
    }

    void nonJsonBodies()
    {
        const auto html = SfError::fromResponse(503, "<html><body>Service Unavailable</body></html>");
        QCOMPARE(html.size(), 1);
        QCOMPARE(html[0].errorCode, QStringLiteral("SERVER_UNAVAILABLE"));
        QVERIFY(html[0].isTransient());
        const auto empty = SfError::fromResponse(502, QByteArray());
        QCOMPARE(empty[0].errorCode, QStringLiteral("HTTP_502"));
        QVERIFY(!empty[0].message.isEmpty());
        QVERIFY(SfError::fromResponse(200, "{}").isEmpty());
        QVERIFY(SfError::fromResponse(204, QByteArray()).isEmpty());
    }

    void transientRules_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("transient");
        QTest::newRow("503") << 503 << "SERVER_UNAVAILABLE"
                             << "" << true;
        QTest::newRow("500") << 500 << "UNKNOWN_EXCEPTION"
                             << "" << true;
        QTest::newRow("502") << 502 << "HTTP_502"
                             << "" << true;
        QTest::newRow("504") << 504 << "HTTP_504"
                             << "" << true;
        QTest::newRow("501") << 501 << "HTTP_501"
                             << "" << false;
        QTest::newRow("420") << 420 << "HTTP_420"
                             << "" << true;
        QTest::newRow("429") << 429 << "HTTP_429"
                             << "" << true;
        QTest::newRow("400") << 400 << "MALFORMED_QUERY"
                             << "" << false;
        QTest::newRow("300") << 300 << "MULTIPLE_CHOICES"
                             << "" << false;
        QTest::newRow("401") << 401 << "INVALID_SESSION_ID"
                             << "" << false;
        QTest::newRow("404") << 404 << "NOT_FOUND"
                             << "" << false;
        QTest::newRow("daily limit") << 403 << "REQUEST_LIMIT_EXCEEDED"
                                     << "TotalRequests Limit exceeded." << false;
        QTest::newRow("concurrent limit")
            << 403 << "REQUEST_LIMIT_EXCEEDED"
            << "ConcurrentRequests (Concurrent API Requests) Limit exceeded." << true;
        QTest::newRow("timeout") << 0 << "TIMEOUT"
                                 << "" << true;
        QTest::newRow("reset") << 0 << "CONNECTION_RESET"
                               << "" << true;
        QTest::newRow("refused") << 0 << "CONNECTION_REFUSED"
                                 << "" << false;
        QTest::newRow("insecure") << 0 << "INSECURE_URL"
                                  << "" << false;
    }

    void transientRules()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(bool, transient);
        SfError e;
        e.httpStatus = status;
        e.errorCode = code;
        e.message = message;
        QCOMPARE(e.isTransient(), transient);
    }

    void network()
    {
        const SfError e = SfError::network(QStringLiteral("TIMEOUT"), QStringLiteral("slow"));
        QCOMPARE(e.httpStatus, 0);
        QVERIFY(!e.isNull());
        QVERIFY(SfError {}.isNull());
    }
};

QTEST_GUILESS_MAIN(tst_SfError)
#include "tst_sferror.moc"
