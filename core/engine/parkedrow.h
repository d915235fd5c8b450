#pragma once

#include "core/engine/fieldvalues.h"
#include "core/engine/packedcells.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>

namespace sfsync {

// What a row waiting for a Bulk API 2.0 job needs again later, as one byte string for a ParkedRowStore:
// its source cells (for its result row), the values to send, and its matcher values (for a lost answer's
// read-back). fromBytes(toBytes()) gives back the same cells, names, order and value types.
struct ParkedRow
{
    PackedCells cells;
    FieldValues fields;
    QList<QJsonValue> matcherValues; // Undefined where the cell was empty

    [[nodiscard]] QByteArray toBytes() const;
    [[nodiscard]] static ParkedRow fromBytes(const QByteArray &bytes);
};

} // namespace sfsync
