#include "core/engine/syncsummary.h"

#include <QJsonArray>

namespace sfsync {

SyncSummary::Category SyncSummary::categoryFor(const SfError &error)
{
    switch (error.kind()) {
    case SfError::Kind::None:
        return Category::Ok;
    case SfError::Kind::Auth:
        return Category::Auth;
    case SfError::Kind::Usage:
        return Category::Config;
    case SfError::Kind::Limit:
    case SfError::Kind::Transient:
    case SfError::Kind::AnswerLost:
    case SfError::Kind::Unreachable:
    case SfError::Kind::Canceled:
        return Category::Unreachable;
    case SfError::Kind::Record:
        return Category::RowsFailed;
    }
    return Category::RowsFailed;
}

QString SyncSummary::categoryName(Category category)
{
    switch (category) {
    case Category::Ok:
        return QStringLiteral("ok");
    case Category::RowsFailed:
        return QStringLiteral("rowsFailed");
    case Category::Config:
        return QStringLiteral("config");
    case Category::Auth:
        return QStringLiteral("auth");
    case Category::Unreachable:
        return QStringLiteral("unreachable");
    }
    return {};
}

QJsonObject SyncSummary::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("rows"), rows);
    o.insert(QStringLiteral("created"), created);
    o.insert(QStringLiteral("updated"), updated);
    o.insert(QStringLiteral("deleted"), deleted);
    o.insert(QStringLiteral("ambiguous"), ambiguous);
    o.insert(QStringLiteral("notFound"), notFound);
    o.insert(QStringLiteral("invalid"), invalid);
    o.insert(QStringLiteral("failed"), failed);
    o.insert(QStringLiteral("skipped"), skipped);
    o.insert(QStringLiteral("uncertain"), uncertain);
    o.insert(QStringLiteral("unchanged"), unchanged);
    o.insert(QStringLiteral("apiCalls"), apiCalls);
    o.insert(QStringLiteral("elapsedMs"), elapsedMs);
    if (preview) {
        o.insert(QStringLiteral("plannedCreate"), plannedCreate);
        o.insert(QStringLiteral("plannedUpdate"), plannedUpdate);
        o.insert(QStringLiteral("plannedDelete"), plannedDelete);
    }
    o.insert(QStringLiteral("category"), categoryName(category));
    if (cancelled)
        o.insert(QStringLiteral("cancelled"), true);
    if (resumable)
        o.insert(QStringLiteral("resumable"), true);
    if (!fatalError.isNull())
        o.insert(QStringLiteral("error"), fatalError.toString());
    if (!configIssues.isEmpty()) {
        QJsonArray issues;
        for (const ConfigIssue &issue : configIssues)
            issues.append(issue.toString());
        o.insert(QStringLiteral("configErrors"), issues);
    }
    return o;
}

} // namespace sfsync
