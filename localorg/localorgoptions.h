#pragma once

#include <QString>
#include <QStringList>

namespace sfsync::localorg {

// How a LocalOrg is started. Every field has a default that gives a working in-memory org with sample data.
struct LocalOrgOptions
{
    quint16 port = 0; // 0 = any free port; always binds 127.0.0.1 only
    QString dataDir; // empty or ":memory:" = in memory; else SQLite in that folder
    QString seed = QStringLiteral("sample"); // "sample" | "none" (sample data only goes into an empty org)
    QString accessToken; // fixed non-expiring token; empty = generate one ("00D...!AQ.local...")
    int latencyMs = 0; // injected per-response latency (never blocks other requests)
    int latencyJitterMs = 0;
    double failRate = 0; // probability that a REST call (or, for lock faults, a record) fails
    // "CODE[=RATE][@METHOD:PATH]" each (FaultRule): answers "503", "500", "420", "REQUEST_LIMIT_EXCEEDED",
    // "401" (INVALID_SESSION_ID, forces a refresh); network faults "LOSE_REQUEST", "LOSE_ANSWER", "DROP",
    // "STALL"; "UNABLE_TO_LOCK_ROW" per record (Collections, Bulk 2.0, single-record writes).
    QStringList failCodes;
    int accessTokenLifetimeSecs = 7200; // OAuth-issued tokens expire after this; then 401 INVALID_SESSION_ID
    qint64 dailyApiLimit = 100000;
    int queryBatchSize = 2000;
    bool rotateRefreshTokens = false;
    bool autoApprove = false; // /authorize redirects at once, as if the user approved
    quint32 randomSeed = 1; // fault injection is reproducible
    // The org's time zone (Organization and User TimeZoneSidKey), in which SOQL date literals count days:
    // "GMT" or an IANA name such as "Europe/Berlin".
    QString timeZone = QStringLiteral("GMT");
    // User permissions the single user lacks, as UserPermissionAccess names them
    // ("PermissionsBulkApiHardDelete"); every other one is granted.
    QStringList revokedPermissions;
};

} // namespace sfsync::localorg
