#pragma once

#include "localorg/data/objectschema.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sfsync::localorg {

// The describe catalogue of the local org: describe global plus full describes of the objects that hold data.
//
// builtIn() loads the real describes embedded under :/localorg/catalogue/ (CumulusCI fixtures, BSD-3, see
// LICENSE-CumulusCI.md) and adds the configured custom fields: Legacy_Id__c (text 40, unique,
// case-insensitive external ID) on Account and Contact. Objects listed in describe global without a full
// describe are served in describe global only; object() returns null for them.
//
// Not thread-safe; the local org uses it from the server thread only.
class Catalogue
{
public:
    Catalogue() = default;

    // The catalogue the local org serves. Never fails for the embedded resources (it asserts).
    [[nodiscard]] static Catalogue builtIn();
    // The Legacy_Id__c field definition used on Account and Contact.
    [[nodiscard]] static QJsonObject legacyIdField();

    // Loads describe-global.json and describe-*.json from a folder or resource prefix.
    bool loadFrom(const QString &directory, QString *error = nullptr);
    // Adds or replaces an object from a full sObject describe.
    bool addObject(const QJsonObject &describe, QString *error = nullptr);
    // Adds a field (describe field JSON) to an object, e.g. {"name":"Ext__c","type":"string","length":20,
    // "externalId":true,"unique":true}. Missing properties default to a nillable, filterable, createable,
    // updateable custom field. Fails for an unknown object.
    bool addField(const QString &object, const QJsonObject &fieldJson, QString *error = nullptr);

    // Names of objects with a full describe (the ones that can hold records), in load order.
    [[nodiscard]] QStringList objectNames() const;
    // Case-insensitive; null when the object has no full describe.
    [[nodiscard]] const ObjectSchema *object(const QString &name) const;
    // Exact 3-character key prefix ("001"); null when unknown or without a full describe.
    [[nodiscard]] const ObjectSchema *objectForKeyPrefix(const QString &prefix) const;
    // The object an Id (15 or 18 chars) belongs to, by key prefix; null when unknown.
    [[nodiscard]] const ObjectSchema *objectForId(const QString &id) const;

    // GET /services/data/vXX.X/sobjects: {encoding, maxBatchSize, sobjects[]}; urls rewritten to apiVersion
    // ("62.0"). Objects with a full describe but not in describe-global.json (Custom__c) are added.
    [[nodiscard]] QJsonObject describeGlobal(const QString &apiVersion) const;
    // GET /services/data/vXX.X/sobjects/{T}/describe; empty object when unknown.
    [[nodiscard]] QJsonObject describe(const QString &object, const QString &apiVersion) const;
    // For If-Modified-Since on describe global (the newest lastModified of all objects).
    [[nodiscard]] QDateTime lastModified() const;

    // Rewrites "/services/data/vNN.N/" (and the fixtures' "vxx.0") in every string of a JSON value.
    [[nodiscard]] static QJsonValue withApiVersion(const QJsonValue &value, const QString &apiVersion);

private:
    QJsonObject m_global; // without "sobjects"
    QList<QJsonObject> m_globalEntries;
    QList<ObjectSchema> m_objects;
    QHash<QString, int> m_byLowerName;
    QHash<QString, int> m_byPrefix;
};

} // namespace sfsync::localorg
