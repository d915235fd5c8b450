#pragma once

#include "core/config/configissue.h"
#include "core/config/jobconfig.h"
#include "core/salesforce/metadata/objectdescribe.h"

#include <QHash>
#include <QStringList>

namespace sfsync {

// Checks a job config against an org's metadata: objects exist; fields exist; matchers are filterable;
// written fields are createable/updateable for the operation; required fields are present for create and
// upsert; constant values convert to the field's type; a parent's key ("Account.Legacy_Id__c") names a
// relationship of the object and an External ID or idLookup field of the parent. With the source header, also
// that every column exists.
class ConfigValidator
{
public:
    // `objects`: describes by object name (any case). A missing entry means the object does not exist.
    static ConfigIssues validate(const JobConfig &config, const QHash<QString, ObjectDescribe> &objects);
    // The parent objects that field mappings by a parent's key need and `objects` lacks: describe them too
    // before validate() (they are known only once the actions' objects are described).
    static QStringList missingParentObjects(const JobConfig &config,
                                            const QHash<QString, ObjectDescribe> &objects);
    static ConfigIssues validateColumns(const JobConfig &config, const QStringList &sourceHeader);
};

} // namespace sfsync
