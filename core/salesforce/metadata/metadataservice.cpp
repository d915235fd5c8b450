#include "core/salesforce/metadata/metadataservice.h"

#include "core/corelogging.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/restclient.h"
#include "core/salesforce/soql/soql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

namespace sfsync {

namespace {

// RFC 7231 date, as If-Modified-Since wants it (always English, always GMT).
QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
        + " GMT";
}

// A cached answer on disk: the raw JSON plus what is needed to revalidate it.
struct CacheEntry
{
    QJsonObject json;
    QDateTime fetchedAt;
    QByteArray lastModified;
    [[nodiscard]] bool isValid() const { return !json.isEmpty(); }
};

} // namespace

class MetadataService::Private
{
public:
    struct Waiter
    {
        QPointer<QObject> context;
        bool guarded = false;
        DescribeCallback done;
    };
    struct GlobalWaiter
    {
        QPointer<QObject> context;
        bool guarded = false;
        GlobalCallback done;
    };

    MetadataService *q = nullptr;
    QPointer<RestClient> rest;
    QString cacheDir;
    QHash<QString, ObjectDescribe> objects; // lower-case name
    QList<ObjectSummary> global;
    bool haveGlobal = false;
    QHash<QString, QList<Waiter>> pending; // lower-case name -> callers waiting for one fetch
    QList<GlobalWaiter> globalWaiters;

    QString orgDir() const
    {
        if (cacheDir.isEmpty() || !rest || !rest->connection())
            return {};
        const Connection *c = rest->connection();
        QString key = c->identity().orgId;
        if (key.isEmpty()) {
            const QUrl url = c->instanceUrl();
            key = url.host() + QLatin1Char('_')
                + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
        }
        key.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
        return QDir(cacheDir).filePath(key);
    }

    QString cacheFile(const QString &name) const
    {
        const QString dir = orgDir();
        return dir.isEmpty() ? QString() : QDir(dir).filePath(name + QLatin1String(".json"));
    }

    CacheEntry readCache(const QString &name) const
    {
        QFile file(cacheFile(name));
        if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
            return {};
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        CacheEntry e;
        e.json = o.value(QLatin1String("describe")).toObject();
        e.fetchedAt = QDateTime::fromString(o.value(QLatin1String("fetchedAt")).toString(), Qt::ISODate);
        e.lastModified = o.value(QLatin1String("lastModified")).toString().toLatin1();
        return e;
    }

    void writeCache(const QString &name, const CacheEntry &entry) const
    {
        const QString path = cacheFile(name);
        if (path.isEmpty())
            return;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QJsonObject o;
        o.insert(QLatin1String("fetchedAt"), entry.fetchedAt.toUTC().toString(Qt::ISODate));
        o.insert(QLatin1String("lastModified"), QString::fromLatin1(entry.lastModified));
        o.insert(QLatin1String("describe"), entry.json);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            qCWarning(lcCoreMetadata) << "cannot write the describe cache" << path;
            return;
        }
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        if (!file.commit())
            qCWarning(lcCoreMetadata) << "cannot write the describe cache" << path;
    }

    // GET with If-Modified-Since when a cached copy exists; calls back with the fresh or revalidated JSON.
    void fetch(const QString &path, const QString &cacheName, const QString &kind,
               std::function<void(const CacheEntry &, const SfError &)> done)
    {
        const CacheEntry cached = readCache(cacheName);
        RestRequest request;
        request.path = path;
        request.kind = kind;
        if (cached.isValid()) {
            const QByteArray since =
                cached.lastModified.isEmpty() ? httpDate(cached.fetchedAt) : cached.lastModified;
            request.headers.append({"If-Modified-Since", since});
        }
        if (!rest) {
            done({}, SfError::network(QStringLiteral("NOT_CONNECTED"), tr("Not connected to an org")));
            return;
        }
        rest->send(request, q, [this, cached, cacheName, done](const RestResponse &response) {
            if (response.httpStatus == 304 && cached.isValid()) {
                qCDebug(lcCoreMetadata) << cacheName << "not modified; using the cache";
                done(cached, {});
                return;
            }
            if (!response.ok()) {
                done({}, response.firstError());
                return;
            }
            CacheEntry fresh;
            fresh.json = response.json().object();
            fresh.fetchedAt = QDateTime::currentDateTimeUtc();
            fresh.lastModified = response.headers.value("last-modified");
            if (fresh.json.isEmpty()) {
                SfError error;
                error.httpStatus = response.httpStatus;
                error.errorCode = QStringLiteral("INVALID_RESPONSE");
                error.message = tr("The describe answer is not a JSON object");
                done({}, error);
                return;
            }
            writeCache(cacheName, fresh);
            done(fresh, {});
        });
    }
};

MetadataService::MetadataService(RestClient *rest, const QString &cacheDir, QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->q = this;
    d->rest = rest;
    d->cacheDir = cacheDir;
}

MetadataService::~MetadataService()
{
    delete d;
}

void MetadataService::describeGlobal(QObject *context, GlobalCallback done)
{
    Private::GlobalWaiter waiter {context, context != nullptr, std::move(done)};
    if (d->haveGlobal) {
        const QList<ObjectSummary> objects = d->global;
        QTimer::singleShot(0, this, [waiter, objects] {
            if (!waiter.guarded || waiter.context)
                waiter.done(objects, {});
        });
        return;
    }
    d->globalWaiters.append(waiter);
    if (d->globalWaiters.size() > 1)
        return; // a fetch is already on its way
    d->fetch(d->rest ? d->rest->dataPath(QStringLiteral("sobjects")) : QString(), QStringLiteral("global"),
             QStringLiteral("describe"), [this](const CacheEntry &entry, const SfError &error) {
                 QList<ObjectSummary> objects;
                 if (error.isNull()) {
                     const QJsonArray list = entry.json.value(QLatin1String("sobjects")).toArray();
                     for (const QJsonValue &v : list)
                         objects.append(ObjectSummary::fromJson(v.toObject()));
                     d->global = objects;
                     d->haveGlobal = true;
                 }
                 const auto waiters = std::exchange(d->globalWaiters, {});
                 for (const auto &w : waiters) {
                     if (!w.guarded || w.context)
                         w.done(objects, error);
                 }
             });
}

void MetadataService::describe(const QString &objectName, QObject *context, DescribeCallback done)
{
    Private::Waiter waiter {context, context != nullptr, std::move(done)};
    const QString key = objectName.toLower();
    const auto name = Soql::identifier(objectName);
    if (!name || objectName.contains(QLatin1Char('.'))) {
        SfError error;
        error.httpStatus = 404;
        error.errorCode = QStringLiteral("NOT_FOUND");
        error.message = tr("'%1' is not a valid object name").arg(objectName);
        QTimer::singleShot(0, this, [waiter, error] {
            if (!waiter.guarded || waiter.context)
                waiter.done({}, error);
        });
        return;
    }
    const auto known = d->objects.constFind(key);
    if (known != d->objects.constEnd()) {
        const ObjectDescribe object = *known;
        QTimer::singleShot(0, this, [waiter, object] {
            if (!waiter.guarded || waiter.context)
                waiter.done(object, {});
        });
        return;
    }
    QList<Private::Waiter> &waiters = d->pending[key];
    waiters.append(waiter);
    if (waiters.size() > 1)
        return;
    const QString path = d->rest
        ? d->rest->dataPath(QStringLiteral("sobjects/") + *name + QLatin1String("/describe"))
        : QString();
    d->fetch(path, key, QStringLiteral("describe"),
             [this, key](const CacheEntry &entry, const SfError &error) {
                 ObjectDescribe object;
                 if (error.isNull()) {
                     object = ObjectDescribe::fromJson(entry.json);
                     object.fetchedAt = entry.fetchedAt;
                     d->objects.insert(key, object);
                 }
                 const auto waiters = d->pending.take(key);
                 for (const auto &w : waiters) {
                     if (!w.guarded || w.context)
                         w.done(object, error);
                 }
             });
}

void MetadataService::describeMany(
    const QStringList &objectNames, QObject *context,
    std::function<void(const QHash<QString, ObjectDescribe> &, const SfError &)> done)
{
    struct State
    {
        QHash<QString, ObjectDescribe> results;
        SfError firstError;
        int remaining = 0;
    };
    auto state = std::make_shared<State>();
    QStringList unique;
    for (const QString &name : objectNames) {
        if (!unique.contains(name, Qt::CaseInsensitive))
            unique.append(name);
    }
    state->remaining = int(unique.size());
    QPointer<QObject> guard = context;
    const bool guarded = context != nullptr;
    if (unique.isEmpty()) {
        QTimer::singleShot(0, this, [guard, guarded, done] {
            if (!guarded || guard)
                done({}, {});
        });
        return;
    }
    for (const QString &name : std::as_const(unique)) {
        describe(name, this,
                 [state, name, guard, guarded, done](const ObjectDescribe &object, const SfError &error) {
                     if (error.isNull())
                         state->results.insert(name, object);
                     else if (state->firstError.isNull())
                         state->firstError = error;
                     if (--state->remaining == 0 && (!guarded || guard))
                         done(state->results, state->firstError);
                 });
    }
}

const ObjectDescribe *MetadataService::cached(const QString &objectName) const
{
    const auto it = d->objects.constFind(objectName.toLower());
    return it == d->objects.constEnd() ? nullptr : &*it;
}

void MetadataService::refresh()
{
    d->objects.clear();
    d->global.clear();
    d->haveGlobal = false;
    const QString dir = d->orgDir();
    if (!dir.isEmpty())
        QDir(dir).removeRecursively();
    qCInfo(lcCoreMetadata) << "metadata cache cleared";
}

} // namespace sfsync
