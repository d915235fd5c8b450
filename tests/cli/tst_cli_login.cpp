// sfsync-run login / profiles / describe --profile / logout against a local org, with the test playing the
// browser: it reads the authorize URL from stderr and follows it (the org approves at once and redirects to
// the runner's loopback listener). Runs under tests/with-keyring.sh (KEYRING), since profiles keep their
// tokens in the keychain.
#include "tests/testsupport/cliorg.h"
#include "tests/testsupport/clirun.h"
#include "tests/testsupport/testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using sfsync::test::CliOrg;
using sfsync::test::CliResult;
using sfsync::test::CliRun;

class TestCliLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginProfilesDescribeLogout();
    void loginWithoutKeychainSaysWhatToDo();

private:
    // Starts `login`, plays the browser, and returns what the runner printed.
    CliResult login(CliRun &cli, const QStringList &extra, int *browserStatus);
    std::unique_ptr<CliOrg> m_org;
};

void TestCliLogin::initTestCase()
{
    sfsync::test::isolateEnvironment(QStringLiteral("tst_cli_login"));
    m_org = std::make_unique<CliOrg>();
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    m_org->org().setAutoApprove(true);
    m_org->createContact(QStringLiteral("Lovelace"), QStringLiteral("ada@example.com"));
}

CliResult TestCliLogin::login(CliRun &cli, const QStringList &extra, int *browserStatus)
{
    std::unique_ptr<QProcess> process = cli.start(
        QStringList {QStringLiteral("login"), QStringLiteral("--login-url"), m_org->url(),
                     QStringLiteral("--no-browser"), QStringLiteral("--timeout"), QStringLiteral("60")}
        + extra);
    QByteArray err;
    static const QRegularExpression urlLine(QStringLiteral("^  (http://\\S+/services/oauth2/authorize\\S+)$"),
                                            QRegularExpression::MultilineOption);
    QRegularExpressionMatch match;
    auto urlShown = [&] {
        err += process->readAllStandardError();
        match = urlLine.match(QString::fromUtf8(err));
        return match.hasMatch() || process->state() == QProcess::NotRunning;
    };
    [[maybe_unused]] const bool shown = QTest::qWaitFor(urlShown, 30000);
    *browserStatus = -1;
    if (match.hasMatch()) {
        // The browser: GET the authorize URL; the org approves and redirects to the runner's listener.
        QNetworkAccessManager browser;
        QNetworkReply *reply = browser.get(QNetworkRequest(QUrl(match.captured(1), QUrl::StrictMode)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(30000);
        *browserStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
    }
    CliResult result = CliRun::finish(*process);
    result.err.prepend(err);
    return result;
}

void TestCliLogin::loginProfilesDescribeLogout()
{
    CliRun cli;
    int browserStatus = 0;
    const CliResult signedIn =
        login(cli, {QStringLiteral("--profile"), QStringLiteral("local")}, &browserStatus);
    QVERIFY2(signedIn.exitCode == 0, signedIn.describe());
    QCOMPARE(browserStatus, 200); // the runner showed the browser its success page
    QVERIFY2(signedIn.outText().contains(QLatin1String("saved as profile 'local'")), signedIn.describe());
    QVERIFY2(signedIn.errText().contains(QLatin1String("code_challenge=")), signedIn.describe());

    const CliResult listed = cli.run({QStringLiteral("profiles"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.describe());
    const QJsonArray profiles = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(profiles.size(), 1);
    const QJsonObject profile = profiles.first().toObject();
    QCOMPARE(profile.value(QLatin1String("name")).toString(), QStringLiteral("local"));
    QCOMPARE(QUrl(profile.value(QLatin1String("instanceUrl")).toString()), m_org->org().baseUrl());
    QCOMPARE(profile.value(QLatin1String("username")).toString(), m_org->org().username());

    // The profile connects: its tokens come from the keychain.
    const CliResult described =
        cli.run({QStringLiteral("describe"), QStringLiteral("Contact"), QStringLiteral("--profile"),
                 QStringLiteral("local"), QStringLiteral("--json")});
    QVERIFY2(described.exitCode == 0, described.describe());
    QCOMPARE(QJsonDocument::fromJson(described.out).object().value(QLatin1String("name")).toString(),
             QStringLiteral("Contact"));

    const CliResult loggedOut =
        cli.run({QStringLiteral("logout"), QStringLiteral("--profile"), QStringLiteral("local")});
    QVERIFY2(loggedOut.exitCode == 0, loggedOut.describe());
    const CliResult after = cli.run({QStringLiteral("profiles"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(after.out).array().size(), 0);
    const CliResult gone =
        cli.run({QStringLiteral("describe"), QStringLiteral("--profile"), QStringLiteral("local")});
    QVERIFY2(gone.exitCode == 2, gone.describe());
    QVERIFY2(gone.errText().contains(QLatin1String("no profile named 'local'")), gone.describe());
}

void TestCliLogin::loginWithoutKeychainSaysWhatToDo()
{
    CliRun cli;
    // No session bus for the child: no keychain. The runner must refuse to store the token anywhere else.
    cli.environment().insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                             QStringLiteral("unix:path=/nonexistent/sfsync-test-bus"));
    cli.environment().remove(QStringLiteral("DISPLAY"));
    int browserStatus = 0;
    const CliResult r =
        login(cli, {QStringLiteral("--profile"), QStringLiteral("nokeychain")}, &browserStatus);
    QVERIFY2(r.exitCode == 3, r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("SFSYNC_ACCESS_TOKEN")), r.describe());
    QVERIFY2(r.errText().contains(QLatin1String("--instance-url")), r.describe());
    const CliResult listed = cli.run({QStringLiteral("profiles"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 0);
    // No plaintext fallback anywhere in the child's home.
    const QStringList files = QDir(cli.home()).entryList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &file : files) {
        QFile f(QDir(cli.home()).filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("refresh"));
    }
}

QTEST_GUILESS_MAIN(TestCliLogin)
#include "tst_cli_login.moc"
