#include "secretredactor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStringList>

namespace sfsync {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QStringList &secrets()
{
    static QStringList list;
    return list;
}

const QString &mask()
{
    static const QString m = QStringLiteral("***");
    return m;
}

} // namespace

void SecretRedactor::addSecret(const QString &secret)
{
    const QString trimmed = secret.trimmed();
    if (trimmed.size() < 8) {
        return;
    }
    QMutexLocker lock(&mutex());
    if (!secrets().contains(trimmed)) {
        secrets().append(trimmed);
    }
}

QString SecretRedactor::redact(const QString &text)
{
    // "00D" org id prefix, '!', then the opaque part (docs/salesforce-api.md §1.3).
    static const QRegularExpression accessToken(QStringLiteral("\\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._\\-]+"));
    // A token is long: "Bearer flow" or "OAuth sign-in" in a help text is not one.
    static const QRegularExpression bearer(QStringLiteral("\\b(Bearer|OAuth)\\s+[^\\s\"',;]{16,}"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tokenParam(QStringLiteral(
        "\\b(access_token|refresh_token|client_secret|code_verifier|assertion|token)=[^&\\s\"]+"));

    QString out = text;
    {
        QMutexLocker lock(&mutex());
        for (const QString &secret : std::as_const(secrets())) {
            out.replace(secret, mask());
        }
    }
    out.replace(accessToken, mask());
    out.replace(bearer, QStringLiteral("\\1 ") + mask());
    out.replace(tokenParam, QStringLiteral("\\1=") + mask());
    return out;
}

void SecretRedactor::clear()
{
    QMutexLocker lock(&mutex());
    secrets().clear();
}

} // namespace sfsync
