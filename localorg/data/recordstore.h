#pragma once

#include "localorg/data/catalogue.h"
#include "localorg/data/fieldvalidator.h"
#include "localorg/data/recordtables.h"
#include "localorg/data/writeresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

namespace sfsync::localorg {

class RecordDatabase;

// The records of the local org, with Salesforce's data rules (docs/salesforce-api.md §4.3, brief L1). The
// store carries out the record operations and the rules about whole records: objects that cannot be created
// or deleted, Ids with the object's key prefix, NOT_FOUND and ENTITY_IS_DELETED, defaults (picklist defaults,
// booleans, OwnerId), computed person names, system fields (Id, IsDeleted, CreatedDate, LastModifiedDate,
// SystemModstamp, CreatedById, LastModifiedById) and soft delete (deleted records stay for queryAll /
// undelete). The rules about field values (known fields, permissions, types, lengths, e-mail format,
// restricted picklists, references, required and unique fields) are FieldValidator's; the records and their
// indexes live in RecordTables.
//
// Values are stored JSON-typed as Salesforce returns them: strings; numbers; booleans; null; dates
// "YYYY-MM-DD"; datetimes "YYYY-MM-DDThh:mm:ss.000+0000" (UTC); Ids and references in 18-character form.
// Wherever an Id is taken, the 15-character form is accepted too.
//
// Persistence: memory only by default; open(dir) keeps the org in an SQLite file (RecordDatabase:
// dir/localorg.sqlite, one table of JSON records) that is loaded at open and written through after each
// operation (one SQLite transaction per operation, or per outermost savepoint).
//
// Single-threaded: everything runs on the server's thread (no locks).
class RecordStore
{
public:
    explicit RecordStore(Catalogue catalogue = Catalogue::builtIn());
    ~RecordStore();
    RecordStore(const RecordStore &) = delete;
    RecordStore &operator=(const RecordStore &) = delete;

    // Opens (creating when needed) the data folder and loads its records, replacing what is in memory.
    // An empty path or ":memory:" keeps the store in memory. False with a message on failure.
    bool open(const QString &dataDirectory, QString *error = nullptr);
    [[nodiscard]] bool isPersistent() const;

    [[nodiscard]] const Catalogue &catalogue() const { return m_catalogue; }
    // Adds a custom field to an object (Catalogue::addField) and indexes existing records when needed.
    bool addField(const QString &object, const QJsonObject &fieldJson, QString *error = nullptr);

    // The clock for CreatedDate / LastModifiedDate / SystemModstamp (UTC). Defaults to the system clock.
    void setClock(std::function<QDateTime()> clock);
    [[nodiscard]] QDateTime now() const { return m_clock(); }
    // The org's time zone (the Organization's and the user's TimeZoneSidKey), in which SOQL date literals
    // such as TODAY are counted. "GMT" by default. False for a zone the system does not know.
    bool setTimeZone(const QString &sidKey);
    [[nodiscard]] QTimeZone timeZone() const { return m_timeZone; }
    [[nodiscard]] QString timeZoneSidKey() const { return m_timeZoneSidKey; }

    // The local org's own Ids: the single user (owner and creator of every record) and the organization.
    [[nodiscard]] static QString userId(); // 005...
    [[nodiscard]] static QString organizationId(); // 00D...

    // --- record operations -------------------------------------------------------------------------
    // `object` is case-insensitive. For update/remove/undelete/get it may be empty: the object then comes
    // from the Id's key prefix. An Id whose prefix belongs to another object is MALFORMED_ID.
    //
    // create: `fields` may carry "attributes" (ignored) but no Id. Applies defaults (picklist default values,
    // boolean false, OwnerId = userId()) and computes Name for person-name objects (Contact, Lead).
    WriteResult create(const QString &object, const QJsonObject &fields);
    // update: "attributes" and an "Id"/"id" equal to `id` are ignored. A deleted record is ENTITY_IS_DELETED.
    WriteResult update(const QString &object, const QString &id, const QJsonObject &fields);
    // Soft delete: IsDeleted = true, the record stays (queryAll, undelete). Again: ENTITY_IS_DELETED.
    WriteResult remove(const QString &object, const QString &id);
    WriteResult undelete(const QString &object, const QString &id);
    // Hard delete (Bulk API hardDelete): the record is gone at once, not in the recycle bin (queryAll and
    // undelete no longer find it). A record already in the recycle bin is erased from there.
    WriteResult purge(const QString &object, const QString &id);
    // The record with every describe field (null when unset), or only `fields` (case-insensitive names,
    // answered with canonical names; an unknown one is INVALID_FIELD). Deleted records are
    // ENTITY_IS_DELETED unless includeDeleted. Unknown well-formed Id: NOT_FOUND.
    [[nodiscard]] WriteResult get(const QString &object, const QString &id, const QStringList &fields = {},
                                  bool includeDeleted = false) const;

    // Ids (18-char, in Id order) of the records whose `field` equals `value` under Salesforce's comparison
    // rules (text case-insensitive unless caseSensitive; Ids by 18-char form; numbers numerically).
    // Used for upsert by external ID: more than one match is the server's 300. Hash lookup on indexed fields
    // (unique / externalId / idLookup), a scan otherwise. Unknown object or field: empty list.
    [[nodiscard]] QStringList findByField(const QString &object, const QString &field,
                                          const QJsonValue &value, bool includeDeleted = false) const;

    // --- transactions (allOrNone) ------------------------------------------------------------------
    // savepoint() marks the current state; rollbackTo(sp) undoes every change made after it (and drops the
    // savepoints taken after it); release(sp) keeps the changes. Savepoints nest; while one is open, writes
    // to SQLite are deferred and done in one transaction when the outermost one is released or rolled back.
    [[nodiscard]] int savepoint();
    void rollbackTo(int savepoint);
    void release(int savepoint);

    // --- direct access (server and test assertions) ------------------------------------------------
    // Records of an object in Id (= creation) order, as stored.
    [[nodiscard]] QList<QJsonObject> records(const QString &object, bool includeDeleted = false) const;
    [[nodiscard]] int count(const QString &object, bool includeDeleted = false) const
    {
        return m_tables.count(object, includeDeleted);
    }
    // A record by Id (15 or 18), deleted or not; nullopt when unknown.
    [[nodiscard]] std::optional<QJsonObject> record(const QString &id) const;
    // Same without copying; null when unknown. Valid until the next write. For the SOQL evaluator.
    [[nodiscard]] const QJsonObject *find(const QString &id18) const { return m_tables.find(id18); }
    // Visits the records of an object in Id order without copying; stop by returning false.
    void forEach(const QString &object, bool includeDeleted,
                 const std::function<bool(const QJsonObject &)> &visit) const
    {
        m_tables.forEach(object, includeDeleted, visit);
    }
    // Ids (18-char) whose indexed `field` holds a value equal to `key`, where `key` is already normalised
    // with indexKey(). Empty when the field is not indexed: check hasIndex() first.
    [[nodiscard]] bool hasIndex(const QString &object, const QString &field) const
    {
        return m_tables.hasIndex(object, field);
    }
    [[nodiscard]] QList<QString> indexLookup(const QString &object, const QString &field,
                                             const QString &key) const
    {
        return m_tables.indexLookup(object, field, key);
    }
    [[nodiscard]] static QString indexKey(const FieldSchema &field, const QJsonValue &value)
    {
        return RecordTables::indexKey(field, value);
    }

    // The value of a field in a stored record as Salesforce returns it: null when unset; compound address
    // fields (BillingAddress) as {street, city, state, postalCode, country, latitude, longitude,
    // geocodeAccuracy} built from their components, or null when all are null.
    [[nodiscard]] static QJsonValue fieldValue(const ObjectSchema &object, const FieldSchema &field,
                                               const QJsonObject &record);

    // --- the single user's permissions (UserPermissionAccess, one record) ---------------------------
    // Every permission is granted unless revoked. setUserPermission() changes what the org enforces and what
    // UserPermissionAccess answers; setReportedUserPermission() only the answer (tests of a client that
    // trusts an answer the org then contradicts). Names as the fields: "PermissionsBulkApiHardDelete".
    void setUserPermission(const QString &permission, bool granted);
    void setReportedUserPermission(const QString &permission, bool granted);
    [[nodiscard]] bool hasUserPermission(const QString &permission) const;
    [[nodiscard]] static QString userPermissionAccessId(); // 0up... (the prefix describe global gives)

    // Removes every record (memory and SQLite) and resets the Id counter; the system User and Organization
    // records come back.
    void clear();

private:
    // What a record was before a change made under a savepoint (nullopt: it did not exist).
    struct UndoEntry
    {
        QString object;
        QString id;
        std::optional<QJsonObject> before;
    };

    // Stores the record, remembering its previous state for rollbackTo() and the Id for flush().
    void putRecord(const ObjectSchema &info, const QString &id, const QJsonObject &record);
    [[nodiscard]] QString nowString() const;
    [[nodiscard]] QString nextId(const ObjectSchema &info);
    // Resolves object + id for update/remove/undelete/get; fills result errors when invalid.
    const ObjectSchema *resolve(const QString &object, const QString &id, QString *id18,
                                WriteResult *result) const;
    void markDirty(const QString &id);
    // Writes the changed records to SQLite, unless a savepoint is open (then its release or rollback will).
    void flush();
    void insertSystemRecords();

    Catalogue m_catalogue;
    RecordTables m_tables;
    FieldValidator m_validator;
    quint64 m_counter = 0;
    std::function<QDateTime()> m_clock;
    QTimeZone m_timeZone = QTimeZone::utc();
    QString m_timeZoneSidKey = QStringLiteral("GMT");
    QList<UndoEntry> m_undo;
    QList<qsizetype> m_savepoints; // stack of m_undo sizes; a savepoint handle is its depth
    QSet<QString> m_dirty;
    std::unique_ptr<RecordDatabase> m_database;
    QSet<QString> m_revokedPermissions; // lower-case field names
};

} // namespace sfsync::localorg
