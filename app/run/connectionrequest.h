#pragma once

#include <QString>
#include <QUrl>

namespace sfsync {

// Which org a command talks to, as chosen on the command line and in the environment.
struct ConnectionRequest
{
    enum class Kind {
        None, // no connection options given
        Profile, // --profile NAME: a signed-in org from the keychain
        InstanceUrl, // --instance-url URL + SFSYNC_ACCESS_TOKEN (or client credentials from the environment)
        LocalOrg, // --local-org: an in-process local org seeded with the sample data
        JwtBearer, // --jwt-key FILE --username USER: the JWT bearer flow at the login URL
    };

    Kind kind = Kind::None;
    QString profile;
    QUrl instanceUrl;
    QString accessToken; // only ever from the environment
    // --instance-url without SFSYNC_ACCESS_TOKEN but with SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET: the
    // client credentials flow against the instance (My Domain) URL.
    bool clientCredentials = false;
    QString apiVersion; // "62.0"; empty: negotiate
    // JWT bearer: the private key file, the user, the connected app's consumer key and the login host.
    QString jwtKeyFile;
    QString username;
    QString clientId;
    QUrl loginUrl;

    [[nodiscard]] bool isSet() const { return kind != Kind::None; }
};

} // namespace sfsync
