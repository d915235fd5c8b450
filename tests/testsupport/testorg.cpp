#include "testorg.h"

#include "core/salesforce/auth/accesstokencredentials.h"

namespace sfsync::test {

TestOrg::TestOrg(const localorg::LocalOrgOptions &options)
    : m_org(std::make_unique<localorg::LocalOrg>(options))
    , m_network(std::make_unique<FakeNetworkAccessManager>())
    , m_connection(std::make_unique<Connection>())
{
    m_rest = std::make_unique<RestClient>(m_connection.get(), m_network.get());
}

TestOrg::~TestOrg()
{
    m_rest.reset();
    m_connection.reset();
    m_network.reset();
    m_org.reset();
}

localorg::LocalOrgOptions TestOrg::defaultOptions()
{
    localorg::LocalOrgOptions options;
    options.dataDir = QStringLiteral(":memory:");
    options.seed = QStringLiteral("sample");
    return options;
}

bool TestOrg::start(QString *error)
{
    if (!m_org->start(error))
        return false;
    const SfError urlError = m_connection->setInstanceUrl(m_org->baseUrl());
    if (!urlError.isNull()) {
        if (error)
            *error = urlError.toString();
        return false;
    }
    m_connection->setCredentials(new AccessTokenCredentials(m_org->accessToken()));
    m_connection->setApiVersion(m_org->newestApiVersion());
    return true;
}

QUrl TestOrg::baseUrl() const
{
    return m_org->baseUrl();
}

} // namespace sfsync::test
