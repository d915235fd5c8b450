#pragma once

#include "core/salesforce/sferror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace sfsync {

class OrgSession;
class TokenStore;

// Browser sign-in and saved orgs for the window: runs core's sign-in job (the system browser through
// UrlOpener), keeps the refresh token in the TokenStore (keychain) and the rest in the saved profiles, and
// hands a ready connection to the OrgSession.
class SignInController : public QObject
{
    Q_OBJECT

public:
    SignInController(OrgSession *session, QObject *parent = nullptr);
    ~SignInController() override;

    // The keychain by default; tests pass a memory store. Not owned.
    void setTokenStore(TokenStore *store);
    [[nodiscard]] TokenStore *tokenStore() const;

    // The connected app's client id used for new sign-ins.
    [[nodiscard]] static QString defaultClientId();
    // Sign-in timeout (the user may close the browser tab); default two minutes.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Loopback ports for the redirect (default: core's 7171 and fallbacks). Tests use {0}: any free port.
    void setPorts(const QList<quint16> &ports) { m_ports = ports; }

    void signIn(const QUrl &loginUrl, const QString &clientId);
    void cancel();
    [[nodiscard]] bool isSigningIn() const;

    [[nodiscard]] QStringList savedOrgs() const;
    [[nodiscard]] QString describeSavedOrg(const QString &profile) const;
    void connectSaved(const QString &profile);
    void forget(const QString &profile);
    // Revokes the current profile's token and forgets it (sign out); the local org just closes.
    void signOut();

Q_SIGNALS:
    void statusChanged(const QString &text);
    void finished(const sfsync::SfError &error);
    void savedOrgsChanged();

private:
    class Private;
    Private *d;
    OrgSession *m_session;
    int m_timeoutMs = 120000;
    QList<quint16> m_ports;
};

} // namespace sfsync
