#pragma once

#include "core/salesforce/salesforcelimits.h"

#include <QtGlobal>

namespace sfsync {

// Tuning of a Bulk API 2.0 load. The defaults suit a real org; tests shrink the limits and delays.
struct Bulk2Options
{
    // Upload limit per job: Salesforce takes at most 100 MB of CSV per job (150 MB base64-encoded,
    // docs/salesforce-api.md §3.1); a load larger than this is split into several jobs.
    qint64 maxJobBytes = SalesforceLimits::BulkUploadBytes;
    // Jobs created, uploaded or being processed at once; further sealed parts wait their turn.
    int maxConcurrentJobs = 2;
    // Job status polls: the first after initialPollMs, then each wait multiplied by pollFactor up to
    // maxPollMs. Salesforce processes a job in seconds to minutes; a short first wait keeps small jobs quick
    // while the growing wait keeps a long job from spending the daily API allocation on polls.
    int initialPollMs = 250;
    double pollFactor = 2.0;
    int maxPollMs = 10000;
    // How long a job's calls may wait for their answer (0: RestClient's default), and an upload, which may
    // carry 100 MB: at least this.
    int requestTimeoutMs = 0;
    int uploadTimeoutMs = 600000;
};

// The waits between one job's status polls: initialPollMs first, then each pollFactor times the last, up to
// maxPollMs. One per job (ingest or query).
class Bulk2PollWait
{
public:
    explicit Bulk2PollWait(const Bulk2Options &options)
        : m_options(options)
        , m_nextMs(qMax(0, options.initialPollMs))
    { }

    // The wait before the next poll; the one after it grows.
    int next()
    {
        const int wait = m_nextMs;
        m_nextMs = int(qMin<double>(m_options.maxPollMs, qMax(1.0, m_nextMs * m_options.pollFactor)));
        return wait;
    }

private:
    Bulk2Options m_options;
    int m_nextMs;
};

} // namespace sfsync
