#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>

namespace sfsync::test {

// The TLS identity every loopback test server serves: a self-signed certificate for 127.0.0.1 and its key,
// checked in under tests/testsupport/tls/ (its README says how they were made). One checked-in pair, so a
// suite that trusts it trusts every TLS server the suites start, and a TLS failure reproduces exactly.
QSslCertificate loopbackCertificate();
QSslKey loopbackKey();
// Makes this process's TLS connections accept loopbackCertificate(), as if a CA had signed it.
void trustLoopbackCertificate();

// A throw-away RSA key and a self-signed X.509 certificate for it, made with OpenSSL when constructed: what
// a connected app for the JWT bearer flow holds (the org is given the certificate, the client signs with
// the key). Made per run, so no key that can sign a token is checked in.
class JwtSigningKey
{
public:
    JwtSigningKey();

    [[nodiscard]] const QByteArray &privateKeyPem() const { return m_privateKeyPem; }
    [[nodiscard]] const QByteArray &certificatePem() const { return m_certificatePem; }
    // The RS256 signature (RSA PKCS #1 v1.5 over SHA-256) of `data`, raw bytes; empty on failure.
    [[nodiscard]] QByteArray sign(const QByteArray &data) const;

private:
    QByteArray m_privateKeyPem;
    QByteArray m_certificatePem;
};

} // namespace sfsync::test
