#pragma once

#include "core/config/configissue.h"
#include "core/config/jobconfig.h"
#include "core/salesforce/metadata/objectdescribe.h"

#include <QHash>
#include <QStringList>

namespace sfsync {

// Checks a job config against an org's metadata: objects exist; fields exist; matchers are filterable;
// written fields are createable/updateable for the operation; required fields are present for create and
// upsert; constant values convert to the field's type. With the source header, also that every column exists.
class ConfigValidator
{
public:
    // `objects`: describes by object name (any case). A missing entry means the object does not exist.
    static ConfigIssues validate(const JobConfig &config, const QHash<QString, ObjectDescribe> &objects);
    static ConfigIssues validateColumns(const JobConfig &config, const QStringList &sourceHeader);
};

} // namespace sfsync
