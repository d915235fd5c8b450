#include "validatecommand.h"

#include "connectionopener.h"
#include "console.h"

#include "core/config/configvalidator.h"
#include "core/salesforce/metadata/metadataservice.h"
#include "core/source/source.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace sfsync {

namespace { } // namespace

QString ValidateCommand::synopsis() const
{
    return tr("CONFIG [options]");
}

QString ValidateCommand::description() const
{
    return tr("Check a job config offline and, with an org, against the org's metadata.");
}

void ValidateCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("CONFIG"), tr("The job config file (JSON)."));
    parser.addOption(QCommandLineOption(QStringLiteral("source"),
                                        tr("Check the columns of FILE instead of the config's source.path."),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"),
                                        tr("Print {\"valid\", \"checkedAgainstOrg\", \"issues\"} as JSON on "
                                           "stdout.")));
    addConnectionOptions(parser);
}

std::optional<ExitCode> ValidateCommand::configure(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        Console::error(
            positional.isEmpty() ? tr("validate needs a job config file.")
                                 : tr("validate takes one job config file."),
            tr("Usage: sfsync-run validate CONFIG [--profile NAME | --instance-url URL | --local-org]"));
        return ExitCode::Usage;
    }
    m_configPath = positional.first();
    m_sourceOverride = parser.value(QStringLiteral("source"));
    m_json = parser.isSet(QStringLiteral("json"));
    if (!QFileInfo::exists(m_configPath)) {
        Console::error(tr("the job config %1 does not exist.").arg(m_configPath),
                       tr("Give the path of a job config (JSON)."));
        return ExitCode::Usage;
    }
    // Without connection options the check stays offline; that is not an error.
    return readConnection(parser, false);
}

void ValidateCommand::start()
{
    checkOffline();
    if (!m_loaded || !hasConnection()) {
        // Finish from the event loop, as every command does.
        QTimer::singleShot(0, this, &ValidateCommand::report);
        return;
    }
    openSession([this] { checkAgainstOrg(); });
}

void ValidateCommand::checkOffline()
{
    ConfigIssues issues;
    m_config = JobConfig::load(m_configPath, &issues);
    m_issues += issues;
    // Unreadable, not JSON, or without actions: there is nothing to check against an org.
    m_loaded = !m_config.actions.isEmpty();
    if (!m_loaded) {
        return;
    }
    const QString sourcePath = m_config.resolvedSourcePath(m_sourceOverride);
    const QString sourceKey = m_sourceOverride.isEmpty() ? QStringLiteral("source.path") : QString();
    if (sourcePath.isEmpty() || !QFileInfo::exists(sourcePath)) {
        m_issues.append({sourceKey, tr("the source file %1 does not exist").arg(sourcePath)});
        return;
    }
    const std::unique_ptr<Source> source = Source::create(m_config.source, sourcePath);
    QString error;
    if (!source || !source->open(&error)) {
        m_issues.append({sourceKey, tr("cannot read the source %1: %2").arg(sourcePath, error)});
        return;
    }
    m_issues += ConfigValidator::validateColumns(m_config, source->header());
}

void ValidateCommand::checkAgainstOrg()
{
    QStringList objects;
    for (const Action &action : std::as_const(m_config.actions)) {
        if (!action.object.isEmpty() && !objects.contains(action.object, Qt::CaseInsensitive)) {
            objects.append(action.object);
        }
    }
    session()->metadata()->describeMany(
        objects, this, [this](const QHash<QString, ObjectDescribe> &describes, const SfError &error) {
            if (!error.isNull() && error.errorCode != QLatin1String("NOT_FOUND")) {
                finishWithError(tr("cannot read the org's metadata"), error);
                return;
            }
            // Parents set by their key are known only from the actions' describes: describe them next.
            const QStringList parents = ConfigValidator::missingParentObjects(m_config, describes);
            if (parents.isEmpty()) {
                m_issues += ConfigValidator::validate(m_config, describes);
                m_checkedOrg = true;
                report();
                return;
            }
            session()->metadata()->describeMany(
                parents, this,
                [this, describes](const QHash<QString, ObjectDescribe> &more, const SfError &error) {
                    if (!error.isNull() && error.errorCode != QLatin1String("NOT_FOUND")) {
                        finishWithError(tr("cannot read the org's metadata"), error);
                        return;
                    }
                    QHash<QString, ObjectDescribe> all = describes;
                    all.insert(more);
                    m_issues += ConfigValidator::validate(m_config, all);
                    m_checkedOrg = true;
                    report();
                });
        });
}

void ValidateCommand::report()
{
    if (m_json) {
        QJsonArray issues;
        for (const ConfigIssue &issue : std::as_const(m_issues)) {
            issues.append(QJsonObject {{QStringLiteral("path"), issue.path},
                                       {QStringLiteral("message"), issue.message}});
        }
        const QJsonObject json {{QStringLiteral("valid"), m_issues.isEmpty()},
                                {QStringLiteral("checkedAgainstOrg"), m_checkedOrg},
                                {QStringLiteral("issues"), issues}};
        Console::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))
                     + QLatin1Char('\n'));
    }
    if (!m_issues.isEmpty()) {
        for (const ConfigIssue &issue : std::as_const(m_issues)) {
            Console::err(QStringLiteral("%1: %2\n").arg(m_configPath, issue.toString()));
        }
        Console::error(tr("%1 has %n problem(s).", nullptr, int(m_issues.size())).arg(m_configPath),
                       m_checkedOrg ? tr("Fix the places named above ('sfsync-run describe OBJECT' lists an "
                                         "object's fields and flags).")
                                    : tr("Fix the places named above."));
        Q_EMIT finished(toInt(ExitCode::Usage));
        return;
    }
    if (!m_json) {
        Console::out(m_checkedOrg
                         ? tr("%1 is valid for %2.").arg(m_configPath, session()->describeTarget())
                             + QLatin1Char('\n')
                         : tr("%1 is valid (checked offline; add --profile, --instance-url or --local-org "
                              "to check it against an org).")
                                 .arg(m_configPath)
                             + QLatin1Char('\n'));
    }
    Q_EMIT finished(toInt(ExitCode::Ok));
}

} // namespace sfsync
