#include "core/engine/parkedrow.h"

#include <QCborArray>
#include <QCborValue>
#include <QtEndian>

namespace sfsync {

namespace {

void appendPart(QByteArray *out, const QByteArray &part)
{
    const quint32 size = qToLittleEndian(quint32(part.size()));
    out->append(reinterpret_cast<const char *>(&size), sizeof size);
    out->append(part);
}

// The next length-prefixed part from `at`; empty (and `at` past the end) when the bytes are cut short.
QByteArray takePart(const QByteArray &bytes, qsizetype *at)
{
    if (*at + qsizetype(sizeof(quint32)) > bytes.size()) {
        *at = bytes.size();
        return {};
    }
    const auto size = qsizetype(qFromLittleEndian<quint32>(bytes.constData() + *at));
    *at += sizeof(quint32);
    const QByteArray part = bytes.mid(*at, size);
    *at += size;
    return part;
}

} // namespace

QByteArray ParkedRow::toBytes() const
{
    QByteArray out;
    appendPart(&out, cells.toBytes());
    appendPart(&out, fields.isEmpty() ? QByteArray() : fields.toPacked());
    QByteArray matchers;
    if (!matcherValues.isEmpty()) {
        QCborArray values;
        for (const QJsonValue &v : matcherValues)
            values.append(v.isUndefined() ? QCborValue(QCborSimpleType::Undefined)
                                          : QCborValue::fromJsonValue(v));
        matchers = values.toCborValue().toCbor();
    }
    appendPart(&out, matchers);
    return out;
}

ParkedRow ParkedRow::fromBytes(const QByteArray &bytes)
{
    ParkedRow row;
    qsizetype at = 0;
    row.cells = PackedCells::fromBytes(takePart(bytes, &at));
    const QByteArray fields = takePart(bytes, &at);
    if (!fields.isEmpty())
        row.fields = FieldValues::fromPacked(fields);
    const QByteArray matchers = takePart(bytes, &at);
    if (!matchers.isEmpty()) {
        for (const QCborValue &v : QCborValue::fromCbor(matchers).toArray())
            row.matcherValues.append(v.isUndefined() ? QJsonValue(QJsonValue::Undefined) : v.toJsonValue());
    }
    return row;
}

} // namespace sfsync
