#include "jwtverifier.h"

#include <QJsonDocument>
#include <QList>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace sfsync::localorg {

namespace {

struct BioDeleter
{
    void operator()(BIO *b) const { BIO_free(b); }
};
struct KeyDeleter
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct X509Deleter
{
    void operator()(X509 *x) const { X509_free(x); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};

std::unique_ptr<EVP_PKEY, KeyDeleter> publicKeyFromPem(const QByteArray &pem)
{
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return nullptr;
    if (pem.contains("BEGIN CERTIFICATE")) {
        std::unique_ptr<X509, X509Deleter> cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!cert)
            return nullptr;
        return std::unique_ptr<EVP_PKEY, KeyDeleter>(X509_get_pubkey(cert.get()));
    }
    return std::unique_ptr<EVP_PKEY, KeyDeleter>(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
}

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

JwtVerifier::Result JwtVerifier::decode(const QByteArray &assertion)
{
    Result result;
    const QList<QByteArray> parts = assertion.split('.');
    if (parts.size() != 3) {
        result.error = QStringLiteral("not a JWS compact serialization");
        return result;
    }
    const auto header = QByteArray::fromBase64Encoding(parts.at(0), Base64Url);
    const auto claims = QByteArray::fromBase64Encoding(parts.at(1), Base64Url);
    if (!header || !claims) {
        result.error = QStringLiteral("bad base64url");
        return result;
    }
    const QJsonDocument h = QJsonDocument::fromJson(*header);
    const QJsonDocument c = QJsonDocument::fromJson(*claims);
    if (!h.isObject() || !c.isObject()) {
        result.error = QStringLiteral("header or claims are not JSON objects");
        return result;
    }
    result.header = h.object();
    result.claims = c.object();
    result.ok = true;
    return result;
}

JwtVerifier::Result JwtVerifier::verify(const QByteArray &assertion,
                                        const QByteArray &certificateOrPublicKeyPem)
{
    Result result = decode(assertion);
    if (!result.ok)
        return result;
    result.ok = false;
    if (result.header.value(QStringLiteral("alg")).toString() != QLatin1String("RS256")) {
        result.error = QStringLiteral("alg is not RS256");
        return result;
    }
    const qsizetype lastDot = assertion.lastIndexOf('.');
    const QByteArray signingInput = assertion.left(lastDot);
    const auto signature = QByteArray::fromBase64Encoding(assertion.mid(lastDot + 1), Base64Url);
    if (!signature || (*signature).isEmpty()) {
        result.error = QStringLiteral("bad signature encoding");
        return result;
    }
    const auto key = publicKeyFromPem(certificateOrPublicKeyPem);
    if (!key) {
        result.error = QStringLiteral("the registered certificate cannot be read");
        return result;
    }
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1) {
        result.error = QStringLiteral("cannot initialise the verifier");
        return result;
    }
    const int verified = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char *>((*signature).constData()),
        size_t((*signature).size()), reinterpret_cast<const unsigned char *>(signingInput.constData()),
        size_t(signingInput.size()));
    if (verified != 1) {
        result.error = QStringLiteral("signature does not verify");
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace sfsync::localorg
