#include "localorg/data/catalogue.h"

#include "localorg/localorglogging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace sfsync::localorg {

namespace {

// The describes do not change while the binary does not; a fixed date keeps If-Modified-Since stable
// across restarts.
QDateTime builtInLastModified()
{
    return QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
}

bool readJson(const QString &path, QJsonObject *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, parseError.errorString());
        return false;
    }
    *out = doc.object();
    return true;
}

} // namespace

Catalogue Catalogue::builtIn()
{
    Catalogue catalogue;
    QString error;
    const bool loaded = catalogue.loadFrom(QStringLiteral(":/localorg/catalogue"), &error);
    Q_ASSERT_X(loaded, "Catalogue::builtIn", qPrintable(error));
    if (!loaded)
        qCCritical(lcLocalOrg) << "cannot load the built-in catalogue:" << error;
    for (const QString &object : {QStringLiteral("Account"), QStringLiteral("Contact")})
        catalogue.addField(object, legacyIdField());
    for (ObjectSchema &info : catalogue.m_objects)
        info.setLastModified(builtInLastModified());
    return catalogue;
}

QJsonObject Catalogue::legacyIdField()
{
    return QJsonObject {
        {QStringLiteral("name"), QStringLiteral("Legacy_Id__c")},
        {QStringLiteral("label"), QStringLiteral("Legacy Id")},
        {QStringLiteral("type"), QStringLiteral("string")},
        {QStringLiteral("length"), 40},
        {QStringLiteral("byteLength"), 120},
        {QStringLiteral("externalId"), true},
        {QStringLiteral("unique"), true},
        {QStringLiteral("caseSensitive"), false},
        {QStringLiteral("filterable"), true},
        {QStringLiteral("idLookup"), true},
        {QStringLiteral("nillable"), true},
        {QStringLiteral("createable"), true},
        {QStringLiteral("updateable"), true},
        {QStringLiteral("custom"), true},
    };
}

bool Catalogue::loadFrom(const QString &directory, QString *error)
{
    QJsonObject global;
    if (!readJson(directory + QStringLiteral("/describe-global.json"), &global, error))
        return false;
    m_globalEntries.clear();
    for (const QJsonValue &v : global.value(QLatin1String("sobjects")).toArray())
        m_globalEntries.append(v.toObject());
    global.remove(QLatin1String("sobjects"));
    m_global = global;

    const QDir dir(directory);
    const QStringList files =
        dir.entryList({QStringLiteral("describe-*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &file : files) {
        if (file == QLatin1String("describe-global.json"))
            continue;
        QJsonObject describe;
        if (!readJson(dir.filePath(file), &describe, error) || !addObject(describe, error))
            return false;
    }
    return true;
}

bool Catalogue::addObject(const QJsonObject &describe, QString *error)
{
    ObjectSchema info = ObjectSchema::fromDescribe(describe, error);
    if (!info.isValid())
        return false;
    info.setLastModified(builtInLastModified());
    const QString lower = info.name().toLower();
    const auto existing = m_byLowerName.constFind(lower);
    int index = 0;
    if (existing != m_byLowerName.cend()) {
        index = existing.value();
        m_objects[index] = info;
    } else {
        index = int(m_objects.size());
        m_objects.append(info);
        m_byLowerName.insert(lower, index);
    }
    if (!info.keyPrefix().isEmpty())
        m_byPrefix.insert(info.keyPrefix(), index);
    return true;
}

bool Catalogue::addField(const QString &object, const QJsonObject &fieldJson, QString *error)
{
    const auto it = m_byLowerName.constFind(object.toLower());
    if (it == m_byLowerName.cend()) {
        if (error)
            *error = QStringLiteral("unknown object %1").arg(object);
        return false;
    }
    return m_objects[it.value()].addField(fieldJson, error);
}

QStringList Catalogue::objectNames() const
{
    QStringList names;
    for (const ObjectSchema &info : m_objects)
        names.append(info.name());
    return names;
}

const ObjectSchema *Catalogue::object(const QString &name) const
{
    const auto it = m_byLowerName.constFind(name.toLower());
    return it == m_byLowerName.cend() ? nullptr : &m_objects.at(it.value());
}

const ObjectSchema *Catalogue::objectForKeyPrefix(const QString &prefix) const
{
    const auto it = m_byPrefix.constFind(prefix);
    return it == m_byPrefix.cend() ? nullptr : &m_objects.at(it.value());
}

const ObjectSchema *Catalogue::objectForId(const QString &id) const
{
    return id.size() < 3 ? nullptr : objectForKeyPrefix(id.left(3));
}

QJsonObject Catalogue::describeGlobal(const QString &apiVersion) const
{
    QJsonArray sobjects;
    QSet<QString> listed;
    for (QJsonObject entry : m_globalEntries) {
        const QString name = entry.value(QLatin1String("name")).toString();
        listed.insert(name.toLower());
        // Some fixture entries lack the key prefix their full describe has (Lead, Event).
        if (const ObjectSchema *info = object(name); info && entry.value(QLatin1String("keyPrefix")).isNull())
            entry.insert(QStringLiteral("keyPrefix"), info->keyPrefix());
        sobjects.append(entry);
    }
    for (const ObjectSchema &info : m_objects) {
        if (!listed.contains(info.name().toLower()))
            sobjects.append(info.globalEntry());
    }
    QJsonObject out = m_global;
    out.insert(QStringLiteral("sobjects"), withApiVersion(sobjects, apiVersion));
    return out;
}

QJsonObject Catalogue::describe(const QString &objectName, const QString &apiVersion) const
{
    const ObjectSchema *info = object(objectName);
    if (!info)
        return {};
    return withApiVersion(info->describeJson(), apiVersion).toObject();
}

QDateTime Catalogue::lastModified() const
{
    QDateTime newest = builtInLastModified();
    for (const ObjectSchema &info : m_objects)
        newest = qMax(newest, info.lastModified());
    return newest;
}

QJsonValue Catalogue::withApiVersion(const QJsonValue &value, const QString &apiVersion)
{
    static const QRegularExpression versioned(QStringLiteral("/services/data/v(?:\\d+|xx)\\.\\d+/"));
    switch (value.type()) {
    case QJsonValue::String: {
        QString s = value.toString();
        if (s.contains(QLatin1String("/services/data/v")))
            s.replace(versioned, QStringLiteral("/services/data/v") + apiVersion + QLatin1Char('/'));
        return s;
    }
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(withApiVersion(v, apiVersion));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out = value.toObject();
        for (auto it = out.begin(); it != out.end(); ++it)
            it.value() = withApiVersion(it.value(), apiVersion);
        return out;
    }
    default:
        return value;
    }
}

} // namespace sfsync::localorg
