#pragma once

#include "core/salesforce/sferror.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace sfsync {

class RestClient;

// Asks the org whether the running user may hard delete (the "Bulk API Hard Delete" permission), before a
// job with a hardDelete action writes anything: a missing permission is a problem of the job, not of each
// row. One REST query of UserPermissionAccess (docs/salesforce-api.md, "Hard delete").
class HardDeletePermission
{
public:
    enum class Answer { Granted, Denied, Failed };
    // `done` is called once, unless `context` was destroyed first; with Failed, `error` says why the question
    // could not be answered.
    static void check(RestClient *rest, QObject *context,
                      std::function<void(Answer answer, const SfError &error)> done);
    // The SOQL asked (no literal in it: nothing to escape).
    static QString soql();
};

} // namespace sfsync
