#pragma once

#include <QList>
#include <QString>

namespace sfsync {

// One problem in a job config, named by its JSON path: `actions[1].matchers[0].field: Description is not
// filterable on Contact`.
struct ConfigIssue
{
    QString path; // "actions[1].matchers[0].field"; empty for the file as a whole
    QString message; // translated

    [[nodiscard]] QString toString() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
    friend bool operator==(const ConfigIssue &, const ConfigIssue &) = default;
};

using ConfigIssues = QList<ConfigIssue>;

} // namespace sfsync
