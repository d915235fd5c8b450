#pragma once

namespace sfsync {

struct SfError;

// The runner's exit codes (architecture.md, "Headless runner contract"). Scripts rely on these values.
enum class ExitCode : int {
    Ok = 0, // every row succeeded (preview: planned without error)
    RowsFailed = 1, // some rows did not succeed
    Usage = 2, // usage or config error; nothing was sent
    Auth = 3, // authentication failed
    Unreachable = 4, // Salesforce unreachable, or limits exhausted after retries
};

// The exit code for an error that stopped a command before or outside per-row work.
ExitCode exitCodeFor(const SfError &error);

constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace sfsync
