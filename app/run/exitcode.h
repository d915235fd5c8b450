#pragma once

#include "core/engine/syncsummary.h"

namespace sfsync {

struct SfError;

// The runner's exit codes (docs/cli.md, "Exit codes"). Scripts rely on these values.
enum class ExitCode : int {
    Ok = 0, // every row succeeded (preview: planned without error)
    RowsFailed = 1, // some rows did not succeed
    Usage = 2, // usage or config error; nothing was sent
    Auth = 3, // authentication failed
    Unreachable = 4, // Salesforce unreachable, or limits exhausted after retries
};

// The one table from the engine's categories to exit codes.
ExitCode exitCodeFor(SyncSummary::Category category);
// The exit code for an error that stopped a command before or outside per-row work: its category
// (SfError::kind) through the table above.
ExitCode exitCodeFor(const SfError &error);

constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace sfsync
