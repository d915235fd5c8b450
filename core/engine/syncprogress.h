#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace sfsync {

// A snapshot of a SyncJob's progress, emitted at most a few times per second and once at each phase change.
struct SyncProgress
{
    enum class Phase {
        Validating, // config, metadata and source checks
        Planning, // --abort-on-ambiguous / ask: the first pass that plans every row before writing
        Running, // reading, looking up and writing (preview: reading and planning)
        Finishing, // waiting for in-flight calls after a cancel or a fatal error
        Done
    };
    Phase phase = Phase::Validating;
    qint64 rowsRead = 0; // source rows read so far
    qint64 rowsPlanned = 0; // row x action results planned (lookups done)
    qint64 rowsSent = 0; // row x action writes sent to Salesforce
    qint64 rowsDone = 0; // row x action results final
    qint64 bytesRead = -1; // position in the source file, for a progress bar (-1 unknown)
    qint64 bytesTotal = -1; // size of the source file (-1 unknown)
    int apiCalls = 0; // HTTP requests sent by this job
    qint64 limitUsed = -1; // Sforce-Limit-Info api-usage, when known
    qint64 limitMax = -1;
    double rowsPerSecond = 0;
    qint64 elapsedMs = 0;
};

} // namespace sfsync

Q_DECLARE_METATYPE(sfsync::SyncProgress)
