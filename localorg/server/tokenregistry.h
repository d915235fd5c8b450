#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sfsync::localorg {

// Tokens and authorization codes the local org has issued. In memory only: a restart signs every OAuth client
// out, the fixed token (--access-token) stays.
class TokenRegistry
{
public:
    struct Code
    {
        QString clientId;
        QString redirectUri;
        QString codeChallenge; // empty when the client sent none
        QString scope;
        QDateTime expires;
        bool used = false;
    };
    struct Refresh
    {
        QString clientId;
        QString scope;
    };
    struct Access
    {
        QString clientId;
        QString scope;
        QString refreshToken; // the refresh token it came from (revoking that revokes this)
        QDateTime expires;
    };

    TokenRegistry();

    void setOrgId15(const QString &orgId15) { m_orgId15 = orgId15; }
    // The fixed, never-expiring token; generated when `token` is empty.
    void setFixedToken(const QString &token);
    [[nodiscard]] QString fixedToken() const { return m_fixed; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    [[nodiscard]] QDateTime now() const { return m_clock(); }

    [[nodiscard]] QString issueCode(const Code &code);
    // The grant for a code, marking it used. nullopt for an unknown code; a used or expired code is returned
    // as it is so the caller can tell the cases apart.
    std::optional<Code> takeCode(const QString &code);

    [[nodiscard]] QString issueRefreshToken(const QString &clientId, const QString &scope);
    [[nodiscard]] std::optional<Refresh> refreshToken(const QString &token) const;
    void revokeRefreshToken(const QString &token); // and every access token issued from it

    [[nodiscard]] QString issueAccessToken(const QString &clientId, const QString &scope,
                                           const QString &refreshToken, int lifetimeSecs);
    // True for the fixed token and for issued, unexpired, unrevoked tokens.
    [[nodiscard]] bool isValidAccessToken(const QString &token) const;
    [[nodiscard]] bool isIssuedAccessToken(const QString &token) const { return m_access.contains(token); }
    void revokeAccessToken(const QString &token);
    void expireAccessTokens();

    [[nodiscard]] int issuedAccessTokens() const { return int(m_access.size()); }
    // Every access and refresh token issued so far (expired and revoked ones included), so tests can prove
    // that none of them leaks into a file or a stream.
    [[nodiscard]] QStringList issuedTokens() const { return m_access.keys() + m_refresh.keys(); }

    // "<15-char org id>!AQ.<alphanumerics>", the form Salesforce and the sf CLI use.
    [[nodiscard]] QString newAccessTokenString() const;

private:
    QString m_orgId15;
    QString m_fixed;
    std::function<QDateTime()> m_clock;
    QHash<QString, Code> m_codes;
    QHash<QString, Refresh> m_refresh;
    QHash<QString, Access> m_access;
};

} // namespace sfsync::localorg
