#include "core/signalwatcher.h"
#include "core/translator.h"
#include "core/version.h"
#include "localorg/localorg.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

// Free functions' strings, under the context the runtime looks them up in (lupdate reads the
// macro's argument; a free tr() helper would file them under the namespace).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LocalOrgMain)
};

void fail(const QString &message)
{
    std::fprintf(stderr, "sfsync-localorg: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sfsync::AppInfo::applyTo(QStringLiteral("sfsync-localorg"));
    sfsync::Translator::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("sfsync-localorg: a Salesforce emulator on loopback (OAuth, REST, Bulk API "
                 "2.0). Prints its base URL as the first line, then serves until stopped."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), Text::tr("Port on 127.0.0.1 (0 = any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption data(
        QStringLiteral("data"),
        Text::tr("Data folder (SQLite) that keeps the org across restarts, or :memory:."),
        QStringLiteral("DIR"), QStringLiteral(":memory:"));
    const QCommandLineOption seed(QStringLiteral("seed"), Text::tr("Data for an empty org: sample or none."),
                                  QStringLiteral("sample|none"), QStringLiteral("sample"));
    const QCommandLineOption token(QStringLiteral("access-token"),
                                   Text::tr("A fixed access token that never expires, for scripts and CI."),
                                   QStringLiteral("TOKEN"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), Text::tr("Delay every response by N ms."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption jitter(QStringLiteral("latency-jitter-ms"),
                                    Text::tr("Add up to N ms at random."), QStringLiteral("N"),
                                    QStringLiteral("0"));
    const QCommandLineOption failRate(
        QStringLiteral("fail-rate"),
        Text::tr("Probability (0..1) that a REST call (or a record, for lock faults) fails."),
        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption failCodes(
        QStringLiteral("fail-codes"),
        Text::tr(
            "Comma-separated faults, each CODE[=RATE][@METHOD:PATH]. Answers: 503, 500, 420, 401, "
            "REQUEST_LIMIT_EXCEEDED. Network: LOSE_REQUEST (reset before the call is carried out), "
            "LOSE_ANSWER (carried out, reset before the answer), DROP (carried out, half an answer), STALL "
            "(carried out, never answered). Per record: UNABLE_TO_LOCK_ROW. RATE overrides --fail-rate; "
            "@METHOD:PATH limits a code to one route, e.g. LOSE_ANSWER=0.2@POST:composite/sobjects."),
        QStringLiteral("LIST"), QStringLiteral("503"));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"),
                                      Text::tr("Seconds until OAuth-issued access tokens expire."),
                                      QStringLiteral("SECS"), QStringLiteral("7200"));
    const QCommandLineOption dailyLimit(QStringLiteral("daily-limit"), Text::tr("Daily API request limit."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption batchSize(QStringLiteral("query-batch-size"),
                                       Text::tr("Records per query page."), QStringLiteral("N"),
                                       QStringLiteral("2000"));
    const QCommandLineOption autoApprove(
        QStringLiteral("auto-approve"),
        Text::tr("Approve OAuth sign-ins at once, without the consent page."));
    const QCommandLineOption rotate(QStringLiteral("rotate-refresh-tokens"),
                                    Text::tr("Issue a new refresh token with every refresh."));
    const QCommandLineOption randomSeed(QStringLiteral("random-seed"), Text::tr("Seed for injected faults."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption timeZone(
        QStringLiteral("time-zone"),
        Text::tr("The org's time zone (GMT or an IANA name such as Europe/Berlin), "
                 "in which SOQL date literals such "
                 "as TODAY count days."),
        QStringLiteral("ZONE"), QStringLiteral("GMT"));
    const QCommandLineOption revoke(
        QStringLiteral("revoke-permission"),
        Text::tr("A user permission the user lacks, as UserPermissionAccess names it (e.g. "
                 "PermissionsBulkApiHardDelete); may be repeated."),
        QStringLiteral("NAME"));
    parser.addOptions({port, data, seed, token, latency, jitter, failRate, failCodes, lifetime, dailyLimit,
                       batchSize, autoApprove, rotate, randomSeed, timeZone, revoke});
    parser.process(app);

    sfsync::localorg::LocalOrgOptions options;
    bool ok = true;
    const auto number = [&](const QCommandLineOption &option) {
        bool valid = false;
        const qlonglong value = parser.value(option).toLongLong(&valid);
        if (!valid || value < 0) {
            fail(Text::tr("--%1 needs a non-negative number.").arg(option.names().constFirst()));
            ok = false;
        }
        return value;
    };
    options.port = quint16(number(port));
    options.dataDir = parser.value(data);
    options.seed = parser.value(seed);
    if (options.seed != QLatin1String("sample") && options.seed != QLatin1String("none")) {
        fail(Text::tr("--seed is sample or none."));
        ok = false;
    }
    options.accessToken = parser.value(token);
    options.latencyMs = int(number(latency));
    options.latencyJitterMs = int(number(jitter));
    bool rateOk = false;
    options.failRate = parser.value(failRate).toDouble(&rateOk);
    if (!rateOk || options.failRate < 0 || options.failRate > 1) {
        fail(Text::tr("--fail-rate is a probability between 0 and 1."));
        ok = false;
    }
    options.failCodes = parser.value(failCodes).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (QString codeError; !sfsync::localorg::LocalOrg::checkFaultCodes(options.failCodes, &codeError)) {
        fail(Text::tr("--fail-codes: %1").arg(codeError));
        ok = false;
    }
    options.accessTokenLifetimeSecs = int(number(lifetime));
    options.dailyApiLimit = number(dailyLimit);
    options.queryBatchSize = std::max(1, int(number(batchSize)));
    options.autoApprove = parser.isSet(autoApprove);
    options.rotateRefreshTokens = parser.isSet(rotate);
    options.randomSeed = quint32(number(randomSeed));
    options.timeZone = parser.value(timeZone);
    options.revokedPermissions = parser.values(revoke);
    if (!ok)
        return 2;

    sfsync::localorg::LocalOrg org(options);
    QString error;
    if (!org.start(&error)) {
        fail(error);
        return 1;
    }
    // The contract: the base URL is the first line of stdout, flushed at once so scripts can read it.
    std::printf("%s\n", qPrintable(org.baseUrl().toString()));
    std::fflush(stdout);
    if (options.accessToken.isEmpty())
        std::fprintf(stderr, "%s\n",
                     qPrintable(Text::tr(
                         "No fixed access token: sign in with OAuth (client id sfsync-local) or restart "
                         "with --access-token.")));

    sfsync::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &sfsync::SignalWatcher::interrupted, &app, &QCoreApplication::quit);

    const int code = app.exec();
    org.stop();
    std::printf("%s\n", qPrintable(org.summary()));
    std::fflush(stdout);
    return code;
}
