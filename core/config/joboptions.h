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

    friend bool operator==(const JobOptions &, const JobOptions &) = default;
};

} // namespace sfsync
