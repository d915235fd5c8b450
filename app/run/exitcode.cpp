#include "exitcode.h"

#include "core/salesforce/sferror.h"

namespace sfsync {

ExitCode exitCodeFor(SyncSummary::Category category)
{
    switch (category) {
    case SyncSummary::Category::Ok:
        return ExitCode::Ok;
    case SyncSummary::Category::RowsFailed:
        return ExitCode::RowsFailed;
    case SyncSummary::Category::Config:
        return ExitCode::Usage;
    case SyncSummary::Category::Auth:
        return ExitCode::Auth;
    case SyncSummary::Category::Unreachable:
        return ExitCode::Unreachable;
    }
    return ExitCode::RowsFailed;
}

ExitCode exitCodeFor(const SfError &error)
{
    // A command stopped by "no error" stopped for a reason nobody could name: not a success.
    if (error.isNull())
        return ExitCode::Unreachable;
    return exitCodeFor(SyncSummary::categoryFor(error));
}

} // namespace sfsync
