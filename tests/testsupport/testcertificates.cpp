#include "tests/testsupport/testcertificates.h"

#include "tests/testsupport/testenvironment.h"

#include <QFile>
#include <QSslConfiguration>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace sfsync::test {

namespace {

QByteArray readSource(const QString &relative)
{
    QFile file(sourcePath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What was written to a memory BIO, which it frees.
QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const QByteArray bytes(data, qsizetype(size));
    BIO_free(bio);
    return bytes;
}

} // namespace

QSslCertificate loopbackCertificate()
{
    return QSslCertificate(readSource(QStringLiteral("tests/testsupport/tls/selfsigned.crt")), QSsl::Pem);
}

QSslKey loopbackKey()
{
    return QSslKey(readSource(QStringLiteral("tests/testsupport/tls/selfsigned.key")), QSsl::Rsa, QSsl::Pem);
}

void trustLoopbackCertificate()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(loopbackCertificate());
    QSslConfiguration::setDefaultConfiguration(configuration);
}

JwtSigningKey::JwtSigningKey()
{
    EVP_PKEY *key = EVP_RSA_gen(2048);
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("sfsync-test"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509_sign(cert, key, EVP_sha256());
    BIO *keyBio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(keyBio, key, nullptr, nullptr, 0, nullptr, nullptr);
    m_privateKeyPem = drain(keyBio);
    BIO *certBio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(certBio, cert);
    m_certificatePem = drain(certBio);
    X509_free(cert);
    EVP_PKEY_free(key);
}

QByteArray JwtSigningKey::sign(const QByteArray &data) const
{
    BIO *bio = BIO_new_mem_buf(m_privateKeyPem.constData(), int(m_privateKeyPem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        return {};
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    QByteArray signature;
    size_t length = 0;
    const auto *input = reinterpret_cast<const unsigned char *>(data.constData());
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestSign(ctx, nullptr, &length, input, size_t(data.size())) == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length, input,
                           size_t(data.size()))
            == 1)
            signature.resize(qsizetype(length));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return signature;
}

} // namespace sfsync::test
