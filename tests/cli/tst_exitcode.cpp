// The runner's exit codes come from the one classifier (SfError::kind) through one table: the same error
// gives the same exit code whether it stopped `describe`, `login` or a run.
#include "app/run/exitcode.h"
#include "core/salesforce/sferror.h"

#include <QTest>

using namespace sfsync;

class tst_ExitCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categoriesHaveFixedCodes()
    {
        // Scripts rely on these values (docs/cli.md, "Exit codes").
        QCOMPARE(toInt(exitCodeFor(SyncSummary::Category::Ok)), 0);
        QCOMPARE(toInt(exitCodeFor(SyncSummary::Category::RowsFailed)), 1);
        QCOMPARE(toInt(exitCodeFor(SyncSummary::Category::Config)), 2);
        QCOMPARE(toInt(exitCodeFor(SyncSummary::Category::Auth)), 3);
        QCOMPARE(toInt(exitCodeFor(SyncSummary::Category::Unreachable)), 4);
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("exit");
        const auto row = [](const char *name, int status, const char *code, const char *message,
                            SfError::Kind kind, ExitCode exit) {
            QTest::newRow(name) << status << QString::fromLatin1(code) << QString::fromLatin1(message)
                                << int(kind) << toInt(exit);
        };
        row("session", 401, "INVALID_SESSION_ID", "Session expired", SfError::Kind::Auth, ExitCode::Auth);
        row("invalid_client", 400, "invalid_client", "invalid client credentials", SfError::Kind::Auth,
            ExitCode::Auth);
        row("invalid_grant", 400, "invalid_grant", "expired access/refresh token", SfError::Kind::Auth,
            ExitCode::Auth);
        row("bad oauth token", 403, "HTTP_403", "Bad_OAuth_Token", SfError::Kind::Auth, ExitCode::Auth);
        row("no keychain", 0, "NO_KEYCHAIN", "no secret service", SfError::Kind::Auth, ExitCode::Auth);
        row("refresh in progress", 400, "invalid_grant", "token request is already being processed",
            SfError::Kind::Transient, ExitCode::Unreachable);
        row("no profile", 0, "NO_SUCH_PROFILE", "", SfError::Kind::Usage, ExitCode::Usage);
        row("insecure url", 0, "INSECURE_URL", "", SfError::Kind::Usage, ExitCode::Usage);
        row("daily limit", 403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.",
            SfError::Kind::Limit, ExitCode::Unreachable);
        row("concurrent limit", 403, "REQUEST_LIMIT_EXCEEDED", "ConcurrentRequests Limit exceeded.",
            SfError::Kind::Transient, ExitCode::Unreachable);
        row("unavailable", 503, "SERVER_UNAVAILABLE", "", SfError::Kind::Transient, ExitCode::Unreachable);
        row("gateway", 502, "HTTP_502", "", SfError::Kind::Transient, ExitCode::Unreachable);
        row("refused", 0, "CONNECTION_REFUSED", "", SfError::Kind::Unreachable, ExitCode::Unreachable);
        row("timeout", 0, "TIMEOUT", "", SfError::Kind::Transient, ExitCode::Unreachable);
        row("answer lost", 0, "ANSWER_LOST", "", SfError::Kind::AnswerLost, ExitCode::Unreachable);
        row("not found", 404, "NOT_FOUND", "", SfError::Kind::Record, ExitCode::RowsFailed);
        row("bad query", 400, "MALFORMED_QUERY", "", SfError::Kind::Record, ExitCode::RowsFailed);
    }

    void errors()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(int, kind);
        QFETCH(int, exit);
        const SfError error {status, code, message, {}};
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(toInt(exitCodeFor(error)), exit);
        // A run stopped by this error ends in the category with the same exit code.
        QCOMPARE(toInt(exitCodeFor(SyncSummary::categoryFor(error))), exit);
    }
};

QTEST_GUILESS_MAIN(tst_ExitCode)
#include "tst_exitcode.moc"
