#pragma once

namespace sfsync {

// Job-wide options (the config's "options" object). All optional.
struct JobOptions
{
    bool stopOnMalformedRow =
        false; // a malformed source row stops the job (else it is `invalid` and skipped)
    int concurrency = 4; // sObject Collections calls in flight at once (1..25)
    int lookupConcurrency = 2; // lookup queries in flight at once (1..10)
    bool abortOnAmbiguous = false; // plan every row first; write nothing when any row is ambiguous
    // How long one request may wait for its answer (a Bulk API 2.0 upload: at least 10 minutes). A write
    // that times out after it was sent is a lost answer: the org is read back before anything is decided.
    int requestTimeoutSeconds = 120; // 5..600
    // After a lost answer, how long a write that may create a record is given to finish on the server
    // before the org showing nothing of it lets it be sent again (longer when the org is slow, see
    // docs/robustness.md).
    int lostAnswerSettleSeconds = 10; // 0..600
    // sObject Collections calls and lookup queries that are ready together travel in one Composite call,
    // which counts as one API call for up to five of them (docs/performance.md). Off: one call each.
    bool composite = true;

    friend bool operator==(const JobOptions &, const JobOptions &) = default;
};

} // namespace sfsync
