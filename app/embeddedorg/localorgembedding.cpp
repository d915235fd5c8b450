#include "app/embeddedorg/localorgembedding.h"

#include "core/salesforce/orgsession.h"
#include "localorg/localorg.h"

#include <QCoreApplication>

namespace sfsync {

LocalOrgEmbedding::LocalOrgEmbedding()
    : m_org(std::make_unique<localorg::LocalOrg>())
{ }

LocalOrgEmbedding::~LocalOrgEmbedding() = default;

bool LocalOrgEmbedding::start(QString *error)
{
    return m_org->start(error);
}

void LocalOrgEmbedding::stop()
{
    m_org->stop();
}

QUrl LocalOrgEmbedding::baseUrl() const
{
    return m_org->baseUrl();
}

QString LocalOrgEmbedding::accessToken() const
{
    return m_org->accessToken();
}

QString LocalOrgEmbedding::newestApiVersion() const
{
    return m_org->newestApiVersion();
}

OrgIdentity LocalOrgEmbedding::identity() const
{
    OrgIdentity identity;
    identity.username = m_org->username();
    identity.displayName = QCoreApplication::translate("sfsync::LocalOrgEmbedding", "Local org user");
    identity.orgId = m_org->organizationId();
    identity.userId = m_org->userId();
    return identity;
}

void installLocalOrgEmbedding()
{
    OrgSession::setEmbeddedOrgFactory([] { return std::make_unique<LocalOrgEmbedding>(); });
}

} // namespace sfsync
