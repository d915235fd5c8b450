#include "profilescommand.h"

#include "console.h"
#include "sharedsettings.h"

#include "core/salesforce/auth/profilestore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace sfsync {

QString ProfilesCommand::synopsis() const
{
    return tr("[options]");
}

QString ProfilesCommand::description() const
{
    return tr("List the signed-in orgs (profiles) that --profile accepts.");
}

void ProfilesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON on stdout, for scripts.")));
}

std::optional<ExitCode> ProfilesCommand::configure(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        Console::error(tr("profiles takes no arguments."), tr("Run 'sfsync-run profiles'."));
        return ExitCode::Usage;
    }
    m_json = parser.isSet(QStringLiteral("json"));
    return std::nullopt;
}

void ProfilesCommand::start()
{
    const auto settings = SharedSettings::open();
    const ProfileStore store(settings.get());
    const QString defaultName = store.defaultProfile();
    QStringList names = store.names();
    std::sort(names.begin(), names.end());

    if (m_json) {
        QJsonArray array;
        for (const QString &name : std::as_const(names)) {
            const std::optional<Profile> p = store.load(name);
            if (!p) {
                continue;
            }
            array.append(QJsonObject {{QStringLiteral("name"), p->name},
                                      {QStringLiteral("instanceUrl"), p->instanceUrl.toString()},
                                      {QStringLiteral("loginUrl"), p->loginHost.toString()},
                                      {QStringLiteral("username"), p->username},
                                      {QStringLiteral("orgId"), p->orgId},
                                      {QStringLiteral("auth"), p->authKind},
                                      {QStringLiteral("default"), p->name == defaultName}});
        }
        Console::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else if (names.isEmpty()) {
        Console::info(
            tr("No profiles yet. Sign in with 'sfsync-run login --profile NAME' (or in the desktop app)."));
    } else {
        QString text;
        for (const QString &name : std::as_const(names)) {
            const std::optional<Profile> p = store.load(name);
            if (!p) {
                continue;
            }
            text += QStringLiteral("%1 %2  %3  %4\n")
                        .arg(name == defaultName ? QStringLiteral("*") : QStringLiteral(" "),
                             p->name.leftJustified(20), p->instanceUrl.toDisplayString(),
                             p->username.isEmpty() ? QStringLiteral("-") : p->username);
        }
        Console::out(text);
        if (!defaultName.isEmpty()) {
            Console::info(tr("* marks the desktop app's default profile."));
        }
    }
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(toInt(ExitCode::Ok)); });
}

} // namespace sfsync
