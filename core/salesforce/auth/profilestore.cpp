#include "core/salesforce/auth/profilestore.h"

#include <QRegularExpression>
#include <QSettings>

namespace sfsync {

namespace {

const QString Group = QStringLiteral("profiles");

template<typename F>
auto withSettings(QSettings *settings, F &&f)
{
    if (settings)
        return f(*settings);
    QSettings defaults;
    return f(defaults);
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{ }

bool ProfileStore::isValidName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$"));
    return valid.match(name).hasMatch();
}

QStringList ProfileStore::names() const
{
    return withSettings(m_settings, [](QSettings &s) {
        s.beginGroup(Group);
        QStringList names = s.childGroups();
        s.endGroup();
        names.sort(Qt::CaseInsensitive);
        return names;
    });
}

std::optional<Profile> ProfileStore::load(const QString &name) const
{
    if (!isValidName(name))
        return std::nullopt;
    return withSettings(m_settings, [&name](QSettings &s) -> std::optional<Profile> {
        s.beginGroup(Group + QLatin1Char('/') + name);
        if (!s.contains(QStringLiteral("instanceUrl"))) {
            s.endGroup();
            return std::nullopt;
        }
        Profile p;
        p.name = name;
        p.instanceUrl = QUrl(s.value(QStringLiteral("instanceUrl")).toString());
        p.loginHost = QUrl(s.value(QStringLiteral("loginHost")).toString());
        p.username = s.value(QStringLiteral("username")).toString();
        p.orgId = s.value(QStringLiteral("orgId")).toString();
        p.userId = s.value(QStringLiteral("userId")).toString();
        p.clientId = s.value(QStringLiteral("clientId")).toString();
        p.authKind = s.value(QStringLiteral("authKind"), p.authKind).toString();
        p.apiVersion = s.value(QStringLiteral("apiVersion")).toString();
        s.endGroup();
        return p;
    });
}

void ProfileStore::save(const Profile &profile)
{
    if (!isValidName(profile.name))
        return;
    withSettings(m_settings, [&profile](QSettings &s) {
        s.beginGroup(Group + QLatin1Char('/') + profile.name);
        s.setValue(QStringLiteral("instanceUrl"), profile.instanceUrl.toString());
        s.setValue(QStringLiteral("loginHost"), profile.loginHost.toString());
        s.setValue(QStringLiteral("username"), profile.username);
        s.setValue(QStringLiteral("orgId"), profile.orgId);
        s.setValue(QStringLiteral("userId"), profile.userId);
        s.setValue(QStringLiteral("clientId"), profile.clientId);
        s.setValue(QStringLiteral("authKind"), profile.authKind);
        s.setValue(QStringLiteral("apiVersion"), profile.apiVersion);
        s.endGroup();
        s.sync();
        return 0;
    });
}

void ProfileStore::remove(const QString &name)
{
    if (!isValidName(name))
        return;
    withSettings(m_settings, [this, &name](QSettings &s) {
        s.remove(Group + QLatin1Char('/') + name);
        if (s.value(QStringLiteral("defaultProfile")).toString() == name)
            s.remove(QStringLiteral("defaultProfile"));
        s.sync();
        Q_UNUSED(this)
        return 0;
    });
}

QString ProfileStore::defaultProfile() const
{
    return withSettings(m_settings,
                        [](QSettings &s) { return s.value(QStringLiteral("defaultProfile")).toString(); });
}

void ProfileStore::setDefaultProfile(const QString &name)
{
    withSettings(m_settings, [&name](QSettings &s) {
        s.setValue(QStringLiteral("defaultProfile"), name);
        s.sync();
        return 0;
    });
}

} // namespace sfsync
