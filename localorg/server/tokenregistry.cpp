#include "tokenregistry.h"

#include <QRandomGenerator>

namespace sfsync::localorg {

namespace {

QString randomAlphanumeric(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]));
    return out;
}

QByteArray randomBase64(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return raw.toBase64();
}

} // namespace

TokenRegistry::TokenRegistry()
    : m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void TokenRegistry::setFixedToken(const QString &token)
{
    m_fixed = token.isEmpty() ? newAccessTokenString() : token;
}

QString TokenRegistry::newAccessTokenString() const
{
    return m_orgId15 + QStringLiteral("!AQ.local") + randomAlphanumeric(48);
}

QString TokenRegistry::issueCode(const Code &code)
{
    // Real codes carry base64 characters; this one always has a '/' and a trailing "==", so a client that
    // decodes the callback twice or not at all (QTBUG-81624) fails here as it would against Salesforce.
    const QString value = QStringLiteral("aPrx") + QString::fromLatin1(randomBase64(18)) + QLatin1Char('/')
        + QString::fromLatin1(randomBase64(12)).remove(QLatin1Char('=')) + QStringLiteral("==");
    Code stored = code;
    stored.used = false;
    m_codes.insert(value, stored);
    return value;
}

std::optional<TokenRegistry::Code> TokenRegistry::takeCode(const QString &code)
{
    auto it = m_codes.find(code);
    if (it == m_codes.end())
        return std::nullopt;
    const Code before = it.value();
    it->used = true;
    return before;
}

QString TokenRegistry::issueRefreshToken(const QString &clientId, const QString &scope)
{
    const QString token = QStringLiteral("5Aep861local") + randomAlphanumeric(60);
    m_refresh.insert(token, {clientId, scope});
    return token;
}

std::optional<TokenRegistry::Refresh> TokenRegistry::refreshToken(const QString &token) const
{
    const auto it = m_refresh.constFind(token);
    if (it == m_refresh.cend())
        return std::nullopt;
    return it.value();
}

void TokenRegistry::revokeRefreshToken(const QString &token)
{
    m_refresh.remove(token);
    for (auto it = m_access.begin(); it != m_access.end();) {
        if (it->refreshToken == token)
            it = m_access.erase(it);
        else
            ++it;
    }
}

QString TokenRegistry::issueAccessToken(const QString &clientId, const QString &scope,
                                        const QString &refreshToken, int lifetimeSecs)
{
    const QString token = newAccessTokenString();
    m_access.insert(token, {clientId, scope, refreshToken, now().addSecs(lifetimeSecs)});
    return token;
}

bool TokenRegistry::isValidAccessToken(const QString &token) const
{
    if (token.isEmpty())
        return false;
    if (token == m_fixed)
        return true;
    const auto it = m_access.constFind(token);
    return it != m_access.cend() && now() < it->expires;
}

void TokenRegistry::revokeAccessToken(const QString &token)
{
    m_access.remove(token);
}

void TokenRegistry::expireAccessTokens()
{
    const QDateTime past = now().addSecs(-1);
    for (auto &access : m_access)
        access.expires = past;
}

} // namespace sfsync::localorg
