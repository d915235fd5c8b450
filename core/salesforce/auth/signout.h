#pragma once

#include "core/salesforce/sferror.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace sfsync {

class ProfileStore;
class TokenStore;

// Signs a profile out: revokes its refresh token at {loginHost}/services/oauth2/revoke (which also revokes
// the access tokens issued from it), then deletes the keychain entry and the profile. The local entries go
// even when the revocation fails (the org unreachable, the token already invalid); finished() reports the
// revocation error, if any.
class SignOut : public QObject
{
    Q_OBJECT
public:
    SignOut(QNetworkAccessManager *network, ProfileStore *profiles, TokenStore *tokens,
            QObject *parent = nullptr);

    void start(const QString &profileName);

Q_SIGNALS:
    void finished(const sfsync::SfError &error);

private:
    void revoke(const QUrl &loginHost, const QString &token);
    void forget(const SfError &revokeError);

    QPointer<QNetworkAccessManager> m_network;
    ProfileStore *m_profiles;
    QPointer<TokenStore> m_tokens;
    QString m_profile;
};

} // namespace sfsync
