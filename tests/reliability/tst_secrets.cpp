#include "tests/testsupport/browser.h"
#include "tests/testsupport/cliorg.h"
#include "tests/testsupport/clirun.h"
#include "tests/testsupport/secretscan.h"
#include "tests/testsupport/testenvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace sfsync::test;

// Whole sfsync-run flows with every token known to the test: a browser sign-in saved as a profile (the test
// plays the browser), a run whose access token expires so it refreshes (with refresh-token rotation), runs
// with SFSYNC_ACCESS_TOKEN, a refused token, validate, describe, preview, and a run killed mid-way; all with
// --verbose --log-file. Afterwards no token appears, as is or encoded, in anything written: the child's
// home (settings, profiles, journal, caches), result and preview files, logs, the config and source folder,
// stdout or stderr. Tokens live only in the keychain (encrypted) and the environment the test gave.
class tst_Secrets : public QObject
{
    Q_OBJECT

    std::unique_ptr<CliOrg> m_org;
    QList<QByteArray> m_streams;
    QSet<QString> m_issued; // every token the org issued (rotation revokes old ones, so collected as we go)

    // Adds the org's current tokens; returns how many were new.
    int collect()
    {
        const qsizetype before = m_issued.size();
        for (const QString &t : m_org->org().issuedTokens())
            m_issued.insert(t);
        return int(m_issued.size() - before);
    }
    QStringList m_logs;

    static QString wrongToken() { return QStringLiteral("00D000000000001!AQwrongBUTstillSECRET0987654321"); }

    CliResult keep(const CliResult &r)
    {
        m_streams << r.out << r.err;
        return r;
    }

    QStringList verbose(const QString &name)
    {
        const QString log = m_org->dir() + QStringLiteral("/logs/") + name + QStringLiteral(".log");
        m_logs << log;
        return {QStringLiteral("--verbose"), QStringLiteral("--log-file"), log};
    }

    CliResult login(CliRun &cli)
    {
        std::unique_ptr<QProcess> process =
            cli.start(QStringList {QStringLiteral("login"), QStringLiteral("--login-url"), m_org->url(),
                                   QStringLiteral("--no-browser"), QStringLiteral("--timeout"),
                                   QStringLiteral("60"), QStringLiteral("--profile"), QStringLiteral("local")}
                      + verbose(QStringLiteral("login")));
        QByteArray err;
        static const QRegularExpression urlLine(
            QStringLiteral("^  (http://\\S+/services/oauth2/authorize\\S+)$"),
            QRegularExpression::MultilineOption);
        QRegularExpressionMatch match;
        (void)QTest::qWaitFor(
            [&] {
                err += process->readAllStandardError();
                match = urlLine.match(QString::fromUtf8(err));
                return match.hasMatch() || process->state() == QProcess::NotRunning;
            },
            30000);
        if (match.hasMatch()) {
            QNetworkAccessManager browser;
            const BrowserPage approved = browse(browser, QUrl(match.captured(1), QUrl::StrictMode));
            if (approved.status == 302)
                browse(browser, approved.location);
        }
        CliResult result = CliRun::finish(*process);
        result.err.prepend(err);
        return keep(result);
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateEnvironment(QStringLiteral("tst_secrets"));
        m_org = std::make_unique<CliOrg>();
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
        m_org->org().setAutoApprove(true);
        m_org->org().setRotateRefreshTokens(true);
        QVERIFY(QDir().mkpath(m_org->dir() + QStringLiteral("/logs")));
    }

    void noTokenLeavesTheKeychain()
    {
        QByteArray csv = "email,last\n";
        for (int i = 1; i <= 60; ++i)
            csv += "s" + QByteArray::number(i) + "@secrets.example,Last" + QByteArray::number(i) + "\n";
        m_org->writeFile(QStringLiteral("rows.csv"), csv);
        const QString config = m_org->writeFile(
            QStringLiteral("job.json"),
            "{\"version\": 1, \"name\": \"secrets\",\n  \"source\": {\"type\": \"csv\", \"path\": "
            "\"rows.csv\"},\n  \"actions\": [{\"name\": \"Upsert\", \"object\": \"Contact\", \"operation\": "
            "\"upsert\", \"batchSize\": 10,\n               \"matchers\": [{\"field\": \"Email\", "
            "\"column\": \"email\"}],\n               \"fields\": [{\"field\": \"Email\", \"column\": "
            "\"email\"}, {\"field\": \"LastName\", \"column\": \"last\"}]}]}");
        const QString out = m_org->dir() + QStringLiteral("/out");

        CliRun cli;
        const CliResult signedIn = login(cli);
        QVERIFY2(signedIn.exitCode == 0, signedIn.describe());
        const QStringList profile = {QStringLiteral("--profile"), QStringLiteral("local")};

        QVERIFY(collect() >= 2); // an access and a refresh token
        // The access token expires: the run refreshes (rotating the refresh token) and goes on.
        m_org->org().expireAccessTokens();
        const CliResult run =
            keep(cli.run(QStringList {QStringLiteral("run"), config, QStringLiteral("--out"),
                                      out + QStringLiteral("1"), QStringLiteral("--json")}
                         + profile + verbose(QStringLiteral("run-profile"))));
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(collect() >= 2, "expected the run to refresh (and rotate) its tokens");

        keep(cli.run(QStringList {QStringLiteral("validate"), config} + profile
                     + verbose(QStringLiteral("validate"))));
        keep(cli.run(
            QStringList {QStringLiteral("describe"), QStringLiteral("Contact"), QStringLiteral("--json")}
            + profile + verbose(QStringLiteral("describe"))));
        keep(cli.run(QStringList {QStringLiteral("preview"), config, QStringLiteral("--out"),
                                  out + QStringLiteral("2")}
                     + profile + verbose(QStringLiteral("preview"))));

        // The token from the environment, and a refused one.
        CliRun env;
        env.setToken(CliOrg::token());
        const CliResult envRun = keep(env.run(
            QStringList {QStringLiteral("run"), config, QStringLiteral("--out"), out + QStringLiteral("3")}
            + m_org->connectArgs() + verbose(QStringLiteral("run-env"))));
        QVERIFY2(envRun.exitCode == 0, envRun.describe());
        CliRun wrong;
        wrong.setToken(wrongToken());
        const CliResult refused = keep(wrong.run(
            QStringList {QStringLiteral("run"), config, QStringLiteral("--out"), out + QStringLiteral("4")}
            + m_org->connectArgs() + verbose(QStringLiteral("run-wrong"))));
        QVERIFY2(refused.exitCode == 3, refused.describe());

        // Killed mid-run: whatever it printed before dying is scanned too.
        m_org->org().setLatency(30);
        std::unique_ptr<QProcess> child = env.start(
            QStringList {QStringLiteral("run"), config, QStringLiteral("--out"), out + QStringLiteral("5")}
            + m_org->connectArgs() + verbose(QStringLiteral("run-killed")));
        QTest::qWait(400);
        child->kill();
        keep(CliRun::finish(*child));
        m_org->org().setLatency(0);

        // Something was written everywhere the scan looks.
        for (const QString &log : std::as_const(m_logs))
            QVERIFY2(QFileInfo(log).size() > 0 || log.contains(QLatin1String("killed")), qPrintable(log));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("1/results.csv")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("2/preview.csv")));
        bool journal = false;
        QDirIterator it(cli.home(), {QStringLiteral("journal.sqlite*")}, QDir::Files,
                        QDirIterator::Subdirectories);
        journal = it.hasNext();
        QVERIFY2(journal, "the run journal is where the scan expects it");

        collect();
        QList<QByteArray> secrets;
        for (const QString &t : std::as_const(m_issued))
            secrets << t.toUtf8();
        secrets << CliOrg::token().toUtf8() << wrongToken().toUtf8();
        // The part after '!' alone is the secret too.
        for (const QString &t : m_issued.values() + QStringList {CliOrg::token(), wrongToken()}) {
            const qsizetype bang = t.indexOf(QLatin1Char('!'));
            if (bang > 0)
                secrets << t.mid(bang + 1).toUtf8();
        }
        // The scanner itself finds a token, plain or encoded (else a pass would prove nothing).
        const QString canary =
            m_org->writeFile(QStringLiteral("canary"), "x" + secrets.first().toBase64() + "x");
        QCOMPARE(filesContaining(m_org->dir(), secrets.first()), QStringList {canary});
        QVERIFY(QFile::remove(canary));
        QVERIFY(containsSecret("a=" + QUrl::toPercentEncoding(QString::fromUtf8(secrets.first())),
                               secrets.first()));
        qInfo("%lld secrets, %lld streams, %lld log files scanned", qint64(secrets.size()),
              qint64(m_streams.size()), qint64(m_logs.size()));
        for (const QByteArray &secret : std::as_const(secrets)) {
            for (int i = 0; i < m_streams.size(); ++i)
                QVERIFY2(!containsSecret(m_streams.at(i), secret),
                         qPrintable(QStringLiteral("stream %1 holds a token").arg(i)));
            for (const QString &dir : {cli.home(), env.home(), wrong.home(), m_org->dir()}) {
                const QStringList hits = filesContaining(dir, secret);
                QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_Secrets)
#include "tst_secrets.moc"
