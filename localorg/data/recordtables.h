#pragma once

#include "localorg/data/catalogue.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sfsync::localorg {

// The records in memory: a table per object, in Id (= creation) order, with hash indexes on the fields that
// records are looked up by (unique, external ID and idLookup fields), so that upserts and SOQL `=` / `IN`
// on them need no scan. Storage only: the data rules, the undo log and the SQLite file are RecordStore's.
//
// Object names are case-insensitive; Ids are 18-character.
class RecordTables
{
public:
    // The catalogue tells the object of an Id by its key prefix; it must outlive the tables.
    explicit RecordTables(const Catalogue &catalogue);

    // Stores `record` under `id` and indexes it; returns the record it replaces (nullopt: a new one).
    std::optional<QJsonObject> put(const ObjectSchema &object, const QString &id, const QJsonObject &record);
    // Puts an earlier state back: `before`, or no record at all when nullopt (undoing a create).
    void restore(const QString &object, const QString &id, const std::optional<QJsonObject> &before);
    // Rebuilds the indexes of an object whose fields changed (a field added by configuration).
    void reindex(const ObjectSchema &object);
    void clear();

    // Whether an object has a table, which it gets with its first record. FieldValidator checks references
    // only into objects that have one: the others have never held a record to point to.
    [[nodiscard]] bool hasTable(const QString &object) const;
    [[nodiscard]] const QJsonObject *find(const QString &id18) const;
    [[nodiscard]] int count(const QString &object, bool includeDeleted) const;
    // Stops when `visit` returns false.
    void forEach(const QString &object, bool includeDeleted,
                 const std::function<bool(const QJsonObject &)> &visit) const;
    // Ids (18-char, in Id order) whose `field` equals `value` (compared as indexKey() normalises them):
    // through the index when the field has one, by a scan otherwise.
    [[nodiscard]] QStringList findByField(const ObjectSchema &object, const FieldSchema &field,
                                          const QJsonValue &value, bool includeDeleted) const;

    [[nodiscard]] bool hasIndex(const QString &object, const QString &field) const;
    // Ids in the order their records were indexed; deleted records included.
    [[nodiscard]] QList<QString> indexLookup(const QString &object, const QString &field,
                                             const QString &key) const;
    // The form values are indexed and compared in: text case-folded unless the field is caseSensitive, Ids
    // in 18-character form, numbers and booleans as text. Empty (never indexed, matches nothing) for null,
    // an empty text and a malformed Id.
    [[nodiscard]] static QString indexKey(const FieldSchema &field, const QJsonValue &value);

private:
    struct Table
    {
        QMap<QString, QJsonObject> records; // 18-char Id -> record; Id order = creation order
        // lower-case field name -> indexKey() -> Ids (deleted ones included)
        QHash<QString, QHash<QString, QList<QString>>> indexes;
        int deleted = 0;
    };

    [[nodiscard]] const Table *table(const QString &object) const;
    static void buildIndexes(const ObjectSchema &object, Table &table);
    static void insert(const ObjectSchema &object, Table &table, const QString &id,
                       const QJsonObject &record);
    // Returns the record taken out, nullopt when there was none.
    static std::optional<QJsonObject> erase(const ObjectSchema &object, Table &table, const QString &id);
    static void updateIndexes(const ObjectSchema &object, Table &table, const QString &id,
                              const QJsonObject &record, bool add);

    const Catalogue &m_catalogue;
    QHash<QString, Table> m_tables; // canonical object name -> table
};

} // namespace sfsync::localorg
