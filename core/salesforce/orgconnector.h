#pragma once

#include "core/salesforce/sferror.h"

#include <QObject>
#include <QPointer>

namespace sfsync {

class RestClient;

// Makes a Connection ready for work: obtains an access token when there is none (through its credentials),
// picks the API version (GET /services/data: the newest the org offers, capped at
// Connection::newestKnownApiVersion(), unless pinned with --api-version) and reads who is signed in
// (GET /services/oauth2/userinfo). finished() comes once; a null error means ready.
class OrgConnector : public QObject
{
    Q_OBJECT
public:
    explicit OrgConnector(RestClient *rest, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(const sfsync::SfError &error);

private:
    void negotiateVersion();
    void readIdentity();
    void done(const SfError &error);

    QPointer<RestClient> m_rest;
    bool m_done = false;
};

} // namespace sfsync
