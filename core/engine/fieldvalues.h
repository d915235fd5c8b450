#pragma once

#include <QByteArray>
#include <QCborArray>
#include <QCborValue>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <utility>

namespace sfsync {

// The typed values one row writes, field name -> value, in mapping order. A QJsonObject would do, but its
// inserts re-encode every value and dominated the engine's CPU profile; a row has a handful of fields, so a
// flat list with linear lookups is cheaper. Names are the describe's, so they compare exactly.
class FieldValues
{
public:
    using Entry = std::pair<QString, QJsonValue>;

    class const_iterator
    {
    public:
        explicit const_iterator(QList<Entry>::const_iterator it)
            : m_it(it)
        { }
        [[nodiscard]] const QString &key() const { return m_it->first; }
        [[nodiscard]] const QJsonValue &value() const { return m_it->second; }
        const_iterator &operator++()
        {
            ++m_it;
            return *this;
        }
        friend bool operator==(const const_iterator &a, const const_iterator &b) { return a.m_it == b.m_it; }
        friend bool operator!=(const const_iterator &a, const const_iterator &b) { return a.m_it != b.m_it; }

    private:
        QList<Entry>::const_iterator m_it;
    };

    // Sets `key` (replacing an earlier value of it).
    void insert(const QString &key, const QJsonValue &value)
    {
        for (Entry &e : m_entries) {
            if (e.first == key) {
                e.second = value;
                return;
            }
        }
        m_entries.emplace_back(key, value);
    }
    // Undefined when absent.
    [[nodiscard]] QJsonValue value(const QString &key) const
    {
        for (const Entry &e : m_entries) {
            if (e.first == key)
                return e.second;
        }
        return QJsonValue(QJsonValue::Undefined);
    }
    [[nodiscard]] bool contains(const QString &key) const
    {
        for (const Entry &e : m_entries) {
            if (e.first == key)
                return true;
        }
        return false;
    }
    [[nodiscard]] bool isEmpty() const { return m_entries.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }
    void clear() { m_entries.clear(); }
    void reserve(qsizetype n) { m_entries.reserve(n); }
    [[nodiscard]] const_iterator constBegin() const { return const_iterator(m_entries.constBegin()); }
    [[nodiscard]] const_iterator constEnd() const { return const_iterator(m_entries.constEnd()); }
    [[nodiscard]] QJsonObject toJsonObject() const
    {
        QJsonObject o;
        for (const Entry &e : m_entries)
            o.insert(e.first, e.second);
        return o;
    }
    // The values in one buffer (CBOR: name, value, name, value...), for rows that wait long before they are
    // sent; fromPacked() gives back the same names, order and value types.
    [[nodiscard]] QByteArray toPacked() const
    {
        QCborArray a;
        for (const Entry &e : m_entries) {
            a.append(e.first);
            a.append(QCborValue::fromJsonValue(e.second));
        }
        return a.toCborValue().toCbor();
    }
    [[nodiscard]] static FieldValues fromPacked(const QByteArray &packed)
    {
        FieldValues values;
        const QCborArray a = QCborValue::fromCbor(packed).toArray();
        values.reserve(a.size() / 2);
        for (qsizetype i = 0; i + 1 < a.size(); i += 2)
            values.m_entries.emplace_back(a.at(i).toString(), a.at(i + 1).toJsonValue());
        return values;
    }

private:
    QList<Entry> m_entries;
};

} // namespace sfsync
