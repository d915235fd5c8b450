#pragma once

#include "core/engine/fieldvalues.h"
#include "core/engine/matchkeyhash.h"
#include "core/salesforce/metadata/fieldinfo.h"
#include <QJsonValue>

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QStringList>
#include <array>
#include <vector>

namespace sfsync {

// The records of one object that an action's matchers can find, loaded once with a Bulk API 2.0 query
// ("SELECT Id, <matchers> FROM <object> WHERE <a matcher> != null ..."), so that a large job answers its
// lookups locally instead of with one query per hundred rows (see Planner::considerOrgIndex()).
// It keeps an Id and one 128-bit key hash per matcher and record (about bytesPerRecord()), never the values.
// The run's own writes keep it true: updates that give a matcher field a new value move the record to the
// new key (setKey()), deletes take it out (remove()); records the run creates are CreatedIndex's.
// With `compared` fields (an action that skips unchanged rows) it also keeps a 128-bit hash of each such
// field's stored value (ValueConverter::storedKey), enough to tell whether a record holds a row's values.
class OrgIndex
{
public:
    explicit OrgIndex(const QList<FieldInfo> &matchers, const QList<FieldInfo> &compared = {});

    // Adds a results page; the header names the columns (Id, the matcher and compared fields, any order).
    void addPage(const QStringList &header, const QList<QStringList> &rows);

    // The records the rows' matcher values find (each row's values in matcher order, Undefined or null for
    // none), as lookup records: "Id" and, for each matcher a record is found by, that value (the row's own,
    // equal to the record's), so Planner::resolve() decides as it does for a query's records. `recordSlots`,
    // when given, receives each record's place in the index (for holds()).
    [[nodiscard]] QJsonArray lookup(const QList<QList<QJsonValue>> &rows,
                                    QList<quint32> *recordSlots = nullptr) const;
    // Whether the record at `slot` held every one of `values` when the index was loaded (each a compared
    // field; one that is not compared is never held).
    [[nodiscard]] bool holds(quint32 slot, const FieldValues &values) const;

    // Record `id` now holds the match key `key` for `matcher` (empty: no value).
    void setKey(const QString &id, int matcher, const QString &key);
    // Record `id` was deleted.
    void remove(const QString &id);

    [[nodiscard]] qsizetype size() const { return qsizetype(m_records.size()); }
    // Memory per record, for deciding whether an object is small enough to index.
    [[nodiscard]] static qint64 bytesPerRecord(int matchers, int compared = 0);

private:
    struct Record
    {
        std::array<char, 18> id {};
        quint8 idLength = 0;
        bool removed = false;
    };

    [[nodiscard]] QString idAt(quint32 slot) const;
    void insert(int matcher, const MatchKeyHash &key, quint32 slot);
    [[nodiscard]] qint64 slotOf(const QString &id);

    QList<FieldInfo> m_fields;
    qsizetype m_matchers;
    QList<FieldInfo> m_compared;
    std::vector<MatchKeyHash> m_values; // record * compared + field; null = no value
    std::vector<Record> m_records;
    std::vector<MatchKeyHash> m_keys; // record * matchers + matcher; null = no value
    QList<QHash<MatchKeyHash, quint32>> m_first; // per matcher: key -> its first record
    QList<QHash<MatchKeyHash, QList<quint32>>> m_more; // per matcher: key -> further records
    QHash<QString, quint32> m_byId; // RecordId::key -> record; built on the first setKey()/remove()
};

} // namespace sfsync
