#include "core/engine/harddeletepermission.h"

#include "core/corelogging.h"
#include "core/salesforce/restclient.h"
#include "core/salesforce/soql/soql.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sfsync {

QString HardDeletePermission::soql()
{
    return QStringLiteral("SELECT PermissionsBulkApiHardDelete FROM UserPermissionAccess");
}

void HardDeletePermission::check(RestClient *rest, QObject *context,
                                 std::function<void(Answer answer, const SfError &error)> done)
{
    RestRequest request;
    request.path = Soql::queryPath(soql());
    request.kind = QStringLiteral("query");
    rest->send(request, context, [done = std::move(done)](const RestResponse &response) {
        if (!response.ok()) {
            done(Answer::Failed, response.firstError());
            return;
        }
        // One row, for the running user. Anything but an explicit true is no permission: a job that
        // cannot be sure does not erase records for good.
        const QJsonArray records = response.json().object().value(QLatin1String("records")).toArray();
        const bool granted = !records.isEmpty()
            && records.first().toObject().value(QLatin1String("PermissionsBulkApiHardDelete")).toBool();
        qCInfo(lcCoreEngine) << "Bulk API Hard Delete permission:" << (granted ? "granted" : "missing");
        done(granted ? Answer::Granted : Answer::Denied, SfError {});
    });
}

} // namespace sfsync
