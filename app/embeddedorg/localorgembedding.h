#pragma once

#include "core/salesforce/embeddedorg.h"

#include <memory>

namespace sfsync {

namespace localorg {
class LocalOrg;
}

// The local org, in memory and seeded with the sample data, as OrgSession's embedded org: every session
// starts from the same org. The only place where the client and the emulator meet.
class LocalOrgEmbedding : public EmbeddedOrg
{
public:
    LocalOrgEmbedding();
    ~LocalOrgEmbedding() override;

    bool start(QString *error) override;
    void stop() override;
    [[nodiscard]] QUrl baseUrl() const override;
    [[nodiscard]] QString accessToken() const override;
    [[nodiscard]] QString newestApiVersion() const override;
    [[nodiscard]] OrgIdentity identity() const override;

    // The emulator itself, for tests that look at its records.
    [[nodiscard]] localorg::LocalOrg &org() const { return *m_org; }

private:
    std::unique_ptr<localorg::LocalOrg> m_org;
};

// Makes LocalOrgEmbedding the embedded org of OrgSession (OrgSession::openLocalOrg). Called once by each
// executable's main() and by the tests that open the local org through a session.
void installLocalOrgEmbedding();

} // namespace sfsync
