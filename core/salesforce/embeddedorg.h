#pragma once

#include "core/salesforce/orgidentity.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace sfsync {

// An org that runs inside this process on loopback: the local org, the embedded default of both programs.
// Core knows it only through this interface, so neither core nor the desktop UI links the emulator; the
// executables (and the tests) install a factory that makes one (OrgSession::setEmbeddedOrgFactory).
class EmbeddedOrg
{
public:
    virtual ~EmbeddedOrg() = default;

    virtual bool start(QString *error) = 0;
    virtual void stop() = 0;
    [[nodiscard]] virtual QUrl baseUrl() const = 0; // http://127.0.0.1:PORT
    [[nodiscard]] virtual QString accessToken() const = 0; // a fixed token that never expires
    [[nodiscard]] virtual QString newestApiVersion() const = 0;
    [[nodiscard]] virtual OrgIdentity identity() const = 0; // the one user and its org
};

using EmbeddedOrgFactory = std::function<std::unique_ptr<EmbeddedOrg>()>;

} // namespace sfsync
