#include "localorglogging.h"

Q_LOGGING_CATEGORY(lcLocalOrg, "sfsync.localorg", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLocalOrgHttp, "sfsync.localorg.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLocalOrgOAuth, "sfsync.localorg.oauth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLocalOrgRest, "sfsync.localorg.rest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLocalOrgSoql, "sfsync.localorg.soql", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLocalOrgBulk, "sfsync.localorg.bulk", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLocalOrgStore, "sfsync.localorg.store", QtInfoMsg)
