#pragma once

#include "core/salesforce/connection.h"
#include "core/salesforce/restclient.h"
#include "localorg/localorg.h"
#include "tests/testsupport/fakenetworkaccessmanager.h"

#include <memory>

namespace sfsync::test {

// An in-process local org on loopback plus a Connection and RestClient signed in with its fixed token. The
// network manager records every request and passes it on to the org unless a test scripts a reply, so one
// failure can be forced in front of a real server.
class TestOrg
{
public:
    explicit TestOrg(const localorg::LocalOrgOptions &options = defaultOptions());
    ~TestOrg();

    static localorg::LocalOrgOptions defaultOptions(); // in memory, sample data

    // Starts the org and connects; false (with the reason in *error) when the org cannot start.
    bool start(QString *error = nullptr);

    [[nodiscard]] localorg::LocalOrg &org() { return *m_org; }
    [[nodiscard]] FakeNetworkAccessManager &network() { return *m_network; }
    [[nodiscard]] Connection &connection() { return *m_connection; }
    [[nodiscard]] RestClient &rest() { return *m_rest; }
    [[nodiscard]] QUrl baseUrl() const;

private:
    std::unique_ptr<localorg::LocalOrg> m_org;
    std::unique_ptr<FakeNetworkAccessManager> m_network;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<RestClient> m_rest;
};

} // namespace sfsync::test
