#pragma once

#include <QString>
#include <QStringView>

namespace sfsync {

// Salesforce record Ids: 15 characters (case-sensitive) or 18 (the 15 plus a case-safe checksum suffix,
// docs/salesforce-api.md §2.11). Two Ids name the same record when their 18-character forms are equal.
class RecordId
{
public:
    // 15 alphanumerics, or 18 whose last three are the checksum of the first 15.
    [[nodiscard]] static bool isValid(QStringView id);
    // The 18-character form; empty when `id` is not valid.
    [[nodiscard]] static QString to18(QStringView id);
    // The three checksum characters of a 15-character Id.
    [[nodiscard]] static QString checksum(QStringView id15);
    // A key equal for every spelling of the same record (15 or 18 characters); empty when invalid.
    [[nodiscard]] static QString key(QStringView id);
};

} // namespace sfsync
