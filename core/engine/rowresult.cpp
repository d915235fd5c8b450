#include "core/engine/rowresult.h"

namespace sfsync {

bool RowResult::succeeded() const
{
    if (preview)
        return plan == RowPlan::Create || plan == RowPlan::Update || plan == RowPlan::Delete
            || plan == RowPlan::Unchanged;
    return outcome == RowOutcome::Created || outcome == RowOutcome::Updated || outcome == RowOutcome::Deleted
        || outcome == RowOutcome::Unchanged;
}

QString RowResult::outcomeName(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::Created:
        return QStringLiteral("created");
    case RowOutcome::Updated:
        return QStringLiteral("updated");
    case RowOutcome::Deleted:
        return QStringLiteral("deleted");
    case RowOutcome::Ambiguous:
        return QStringLiteral("ambiguous");
    case RowOutcome::NotFound:
        return QStringLiteral("not_found");
    case RowOutcome::Invalid:
        return QStringLiteral("invalid");
    case RowOutcome::Failed:
        return QStringLiteral("failed");
    case RowOutcome::Skipped:
        return QStringLiteral("skipped");
    case RowOutcome::Uncertain:
        return QStringLiteral("uncertain");
    case RowOutcome::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

QString RowResult::planName(RowPlan plan)
{
    switch (plan) {
    case RowPlan::Create:
        return QStringLiteral("create");
    case RowPlan::Update:
        return QStringLiteral("update");
    case RowPlan::Delete:
        return QStringLiteral("delete");
    case RowPlan::Ambiguous:
        return QStringLiteral("ambiguous");
    case RowPlan::NotFound:
        return QStringLiteral("not_found");
    case RowPlan::Invalid:
        return QStringLiteral("invalid");
    case RowPlan::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

int RowResult::statusFor(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::Created:
        return 201;
    case RowOutcome::Updated:
        return 200;
    case RowOutcome::Deleted:
        return 204;
    case RowOutcome::Unchanged:
        return 304; // "not modified": the record already holds the row's values
    case RowOutcome::Ambiguous:
        return 300;
    case RowOutcome::NotFound:
        return 404;
    case RowOutcome::Invalid:
        return 400;
    case RowOutcome::Failed:
        return 500;
    case RowOutcome::Skipped:
    case RowOutcome::Uncertain:
        return 0;
    }
    return 0;
}

QString RowResult::changesText() const
{
    QStringList parts;
    parts.reserve(changes.size());
    for (const FieldChange &c : changes) {
        if (c.unchanged)
            parts.append(c.field + QStringLiteral(": ") + c.newValue + QStringLiteral(" (unchanged)"));
        else
            parts.append(c.field + QStringLiteral(": ") + c.oldValue + QStringLiteral(" -> ") + c.newValue);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace sfsync
