#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sfsync::localorg {

// Checks a JWT bearer assertion (RS256, docs/salesforce-api.md §1.5) against a PEM certificate or public key.
class JwtVerifier
{
public:
    struct Result
    {
        bool ok = false;
        QString error; // why not, for logs (never the assertion itself)
        QJsonObject header;
        QJsonObject claims;
    };

    // Decodes header and claims without checking anything (to find the issuer's certificate).
    [[nodiscard]] static Result decode(const QByteArray &assertion);
    // Decodes and verifies the RS256 signature with the key of `certificateOrPublicKeyPem`.
    [[nodiscard]] static Result verify(const QByteArray &assertion,
                                       const QByteArray &certificateOrPublicKeyPem);
};

} // namespace sfsync::localorg
