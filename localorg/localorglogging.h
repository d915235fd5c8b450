#pragma once

#include <QLoggingCategory>

// One logging category per component of the local org.
Q_DECLARE_LOGGING_CATEGORY(lcLocalOrg) // sfsync.localorg
Q_DECLARE_LOGGING_CATEGORY(lcLocalOrgHttp) // sfsync.localorg.http
Q_DECLARE_LOGGING_CATEGORY(lcLocalOrgOAuth) // sfsync.localorg.oauth
Q_DECLARE_LOGGING_CATEGORY(lcLocalOrgRest) // sfsync.localorg.rest
Q_DECLARE_LOGGING_CATEGORY(lcLocalOrgSoql) // sfsync.localorg.soql
Q_DECLARE_LOGGING_CATEGORY(lcLocalOrgBulk) // sfsync.localorg.bulk
Q_DECLARE_LOGGING_CATEGORY(lcLocalOrgStore) // sfsync.localorg.store
