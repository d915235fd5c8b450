#pragma once

#include "core/salesforce/metadata/objectdescribe.h"
#include "core/salesforce/sferror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace sfsync {

class RestClient;

// Describe global and sObject describes for one org, cached on disk per org (under `cacheDir`) and
// revalidated with If-Modified-Since; refresh() forgets what is cached. All answers are asynchronous;
// `context` guards the callback's lifetime (no call after it is destroyed).
class MetadataService : public QObject
{
    Q_OBJECT
public:
    // cacheDir empty: memory only.
    MetadataService(RestClient *rest, const QString &cacheDir, QObject *parent = nullptr);
    ~MetadataService() override;

    using GlobalCallback = std::function<void(const QList<ObjectSummary> &objects, const SfError &error)>;
    using DescribeCallback = std::function<void(const ObjectDescribe &object, const SfError &error)>;

    void describeGlobal(QObject *context, GlobalCallback done);
    // Unknown object: error NOT_FOUND (404). Several objects: describeMany.
    void describe(const QString &objectName, QObject *context, DescribeCallback done);
    void describeMany(const QStringList &objectNames, QObject *context,
                      std::function<void(const QHash<QString, ObjectDescribe> &, const SfError &)> done);

    // What is already in memory (no network), or nullptr.
    [[nodiscard]] const ObjectDescribe *cached(const QString &objectName) const;
    void refresh(); // drop memory and disk cache

private:
    class Private;
    Private *d;
};

} // namespace sfsync
