#include "core/engine/orgindex.h"

#include "core/config/valueconverter.h"
#include "core/salesforce/recordid.h"

#include <QJsonObject>
#include <map>

namespace sfsync {

namespace {

// A Bulk API 2.0 CSV value as the JSON value a REST query would have given, as far as match keys care.
QJsonValue jsonOf(const FieldInfo &field, const QString &text)
{
    if (field.type == QLatin1String("boolean"))
        return QJsonValue(text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
    return QJsonValue(text);
}

} // namespace

OrgIndex::OrgIndex(const QList<FieldInfo> &matchers, const QList<FieldInfo> &compared)
    : m_fields(matchers)
    , m_matchers(matchers.size())
    , m_compared(compared)
    , m_first(matchers.size())
    , m_more(matchers.size())
{ }

qint64 OrgIndex::bytesPerRecord(int matchers, int compared)
{
    // Record + per matcher: the key in m_keys and a hash node (key, slot) with the table's spare room; per
    // compared field its value's hash.
    return qint64(sizeof(Record)) + matchers * qint64(sizeof(MatchKeyHash) + 40)
        + compared * qint64(sizeof(MatchKeyHash));
}

void OrgIndex::insert(int matcher, const MatchKeyHash &key, quint32 slot)
{
    QHash<MatchKeyHash, quint32> &first = m_first[matcher];
    const auto it = first.constFind(key);
    if (it == first.constEnd())
        first.insert(key, slot);
    else
        m_more[matcher][key].append(slot);
}

void OrgIndex::addPage(const QStringList &header, const QList<QStringList> &rows)
{
    const qsizetype idColumn = header.indexOf(QLatin1String("Id"));
    QList<qsizetype> columns;
    for (const FieldInfo &f : std::as_const(m_fields))
        columns.append(header.indexOf(f.name));
    QList<qsizetype> comparedColumns;
    for (const FieldInfo &f : std::as_const(m_compared))
        comparedColumns.append(header.indexOf(f.name));
    if (idColumn < 0)
        return;
    m_records.reserve(m_records.size() + size_t(rows.size()));
    m_keys.reserve(m_keys.size() + size_t(rows.size() * m_matchers));
    m_values.reserve(m_values.size() + size_t(rows.size() * m_compared.size()));
    for (const QStringList &row : rows) {
        const QByteArray id = row.value(idColumn).toLatin1();
        if (id.isEmpty())
            continue;
        const auto slot = quint32(m_records.size());
        Record record;
        record.idLength = quint8(qMin<qsizetype>(id.size(), qsizetype(record.id.size())));
        std::copy_n(id.constData(), record.idLength, record.id.begin());
        m_records.push_back(record);
        for (int m = 0; m < m_matchers; ++m) {
            const QString text = row.value(columns.at(m));
            MatchKeyHash key;
            if (columns.at(m) >= 0 && !text.isEmpty()) {
                key = MatchKeyHash::of(
                    m, ValueConverter::matchKey(m_fields.at(m), jsonOf(m_fields.at(m), text)));
                insert(m, key, slot);
            }
            m_keys.push_back(key);
        }
        for (int f = 0; f < m_compared.size(); ++f) {
            // A column the query did not return is a value the index cannot vouch for: never held.
            const qsizetype c = comparedColumns.at(f);
            const QString stored = c >= 0
                ? ValueConverter::storedKey(m_compared.at(f), jsonOf(m_compared.at(f), row.value(c)))
                : QStringLiteral("\x01missing");
            m_values.push_back(stored.isEmpty() ? MatchKeyHash() : MatchKeyHash::of(f, stored));
        }
    }
}

bool OrgIndex::holds(quint32 slot, const FieldValues &values) const
{
    if (slot >= m_records.size())
        return false;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString &name = it.key();
        const QJsonValue &value = it.value();
        int f = 0;
        while (f < m_compared.size() && m_compared.at(f).name != name)
            ++f;
        if (f == m_compared.size())
            return false;
        const QString stored = ValueConverter::storedKey(m_compared.at(f), value);
        const MatchKeyHash wanted = stored.isEmpty() ? MatchKeyHash() : MatchKeyHash::of(f, stored);
        if (!(m_values.at(size_t(slot) * size_t(m_compared.size()) + size_t(f)) == wanted))
            return false;
    }
    return true;
}

QString OrgIndex::idAt(quint32 slot) const
{
    const Record &r = m_records.at(slot);
    return QString::fromLatin1(r.id.data(), r.idLength);
}

QJsonArray OrgIndex::lookup(const QList<QList<QJsonValue>> &rows, QList<quint32> *recordSlots) const
{
    std::map<quint32, QJsonObject> found; // by slot: the order the query would have had
    for (const QList<QJsonValue> &values : rows) {
        for (int m = 0; m < m_matchers && m < values.size(); ++m) {
            const QJsonValue &value = values.at(m);
            if (value.isUndefined() || value.isNull())
                continue;
            const MatchKeyHash key = MatchKeyHash::of(m, ValueConverter::matchKey(m_fields.at(m), value));
            const auto first = m_first.at(m).constFind(key);
            if (first == m_first.at(m).constEnd())
                continue;
            QList<quint32> slots {*first};
            slots += m_more.at(m).value(key);
            for (quint32 slot : std::as_const(slots)) {
                // Removed, or moved to another key since the snapshot.
                if (m_records.at(slot).removed || !(m_keys.at(slot * m_matchers + m) == key))
                    continue;
                QJsonObject &record = found[slot];
                record.insert(QStringLiteral("Id"), idAt(slot));
                record.insert(m_fields.at(m).name, value);
            }
        }
    }
    QJsonArray records;
    for (const auto &[slot, record] : found) {
        records.append(record);
        if (recordSlots)
            recordSlots->append(slot);
    }
    return records;
}

qint64 OrgIndex::slotOf(const QString &id)
{
    if (m_byId.isEmpty() && !m_records.empty()) {
        m_byId.reserve(qsizetype(m_records.size()));
        for (quint32 slot = 0; slot < m_records.size(); ++slot)
            m_byId.insert(RecordId::key(idAt(slot)), slot);
    }
    const auto it = m_byId.constFind(RecordId::key(id));
    return it == m_byId.constEnd() ? -1 : qint64(*it);
}

void OrgIndex::setKey(const QString &id, int matcher, const QString &key)
{
    const qint64 slot = slotOf(id);
    if (slot < 0 || matcher < 0 || matcher >= m_matchers)
        return;
    const MatchKeyHash hash = key.isEmpty() ? MatchKeyHash() : MatchKeyHash::of(matcher, key);
    MatchKeyHash &current = m_keys[size_t(slot * m_matchers + matcher)];
    if (current == hash)
        return;
    current = hash;
    if (!hash.isNull())
        insert(matcher, hash, quint32(slot));
}

void OrgIndex::remove(const QString &id)
{
    const qint64 slot = slotOf(id);
    if (slot >= 0)
        m_records[size_t(slot)].removed = true;
}

} // namespace sfsync
