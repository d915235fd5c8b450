#include "core/salesforce/auth/jwtbearercredentials.h"

#include "core/salesforce/auth/tokenrequest.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace sfsync {

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

SfError keyError(const QString &message)
{
    return SfError::network(QStringLiteral("INVALID_PRIVATE_KEY"), message);
}

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct KeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdContextDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};

} // namespace

JwtBearerCredentials::JwtBearerCredentials(const QUrl &loginHost, const QString &clientId,
                                           const QString &username, const QByteArray &privateKeyPem,
                                           QObject *parent)
    : Credentials(parent)
    , m_loginHost(loginHost)
    , m_clientId(clientId)
    , m_username(username)
    , m_privateKeyPem(privateKeyPem)
{ }

JwtBearerCredentials *JwtBearerCredentials::fromKeyFile(const QUrl &loginHost, const QString &clientId,
                                                        const QString &username, const QString &keyFile,
                                                        SfError *error, QObject *parent)
{
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = keyError(QCoreApplication::translate("sfsync::JwtBearerCredentials",
                                                          "Cannot read the private key file %1: %2")
                                  .arg(keyFile, file.errorString()));
        }
        return nullptr;
    }
    return new JwtBearerCredentials(loginHost, clientId, username, file.readAll(), parent);
}

QString JwtBearerCredentials::audience() const
{
    QString aud = m_loginHost.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (aud.endsWith(QLatin1Char('/')))
        aud.chop(1);
    return aud;
}

QByteArray JwtBearerCredentials::assertion(const QDateTime &now, SfError *error) const
{
    const QByteArray header = base64Url(QByteArrayLiteral("{\"alg\":\"RS256\"}"));
    QJsonObject claims;
    claims.insert(QLatin1String("iss"), m_clientId);
    claims.insert(QLatin1String("sub"), m_username);
    claims.insert(QLatin1String("aud"), audience());
    // Salesforce accepts an expiry at most about three minutes ahead.
    claims.insert(QLatin1String("exp"), now.toSecsSinceEpoch() + 180);
    const QByteArray signingInput =
        header + '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    std::unique_ptr<BIO, BioDeleter> bio(
        BIO_new_mem_buf(m_privateKeyPem.constData(), int(m_privateKeyPem.size())));
    std::unique_ptr<EVP_PKEY, KeyDeleter> key(
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key || EVP_PKEY_base_id(key.get()) != EVP_PKEY_RSA) {
        if (error) {
            *error = keyError(QCoreApplication::translate(
                "sfsync::JwtBearerCredentials",
                "The private key for the JWT bearer flow is not an unencrypted RSA key in PEM format"));
        }
        return {};
    }
    std::unique_ptr<EVP_MD_CTX, MdContextDeleter> ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char *>(signingInput.constData()),
                          size_t(signingInput.size()))
            != 1) {
        if (error)
            *error = keyError(QCoreApplication::translate("sfsync::JwtBearerCredentials",
                                                          "Could not sign the JWT assertion"));
        return {};
    }
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       size_t(signingInput.size()))
        != 1) {
        if (error)
            *error = keyError(QCoreApplication::translate("sfsync::JwtBearerCredentials",
                                                          "Could not sign the JWT assertion"));
        return {};
    }
    signature.resize(qsizetype(length));
    return signingInput + '.' + base64Url(signature);
}

TokenRequest *JwtBearerCredentials::createTokenRequest(QNetworkAccessManager *network, SfError *error)
{
    const QByteArray jwt = assertion(QDateTime::currentDateTimeUtc(), error);
    if (jwt.isEmpty())
        return nullptr;
    return new TokenRequest(
        network, m_loginHost,
        {{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer")},
         {QStringLiteral("assertion"), QString::fromLatin1(jwt)},
         {QStringLiteral("format"), QStringLiteral("json")}});
}

} // namespace sfsync
