#pragma once

#include <QString>
#include <QStringView>

namespace sfsync::localorg {

// The format of Salesforce record Ids: checking, converting and composing them. An Id has a 15-character
// case-sensitive and an 18-character case-safe form (docs/salesforce-api.md §2.11); the 18-character suffix
// encodes, per 5-character chunk, which characters are upper-case letters. (Not core's sfsync::RecordId: the
// local org shares no code with the client it tests.)
class IdFormat
{
public:
    // The 3-character suffix for a 15-character Id ("001M000000qfPyS" -> "IAU"). Empty if not 15 chars.
    [[nodiscard]] static QString checksum(QStringView id15);
    // True for 15 alphanumeric characters, or 18 whose suffix matches (the suffix compares
    // case-insensitively).
    [[nodiscard]] static bool isValid(QStringView id);
    // The canonical 18-character form (suffix upper-case), or an empty string when `id` is not valid.
    [[nodiscard]] static QString to18(QStringView id);
    // The first 15 characters of a valid Id, or an empty string.
    [[nodiscard]] static QString to15(QStringView id);
    // Two Ids name the same record (15 and 18 forms compare equal).
    [[nodiscard]] static bool same(QStringView a, QStringView b);
    // A new 18-character Id: keyPrefix (3 chars) + a fixed "0L" pod marker + counter in base 62 (10 chars).
    [[nodiscard]] static QString make(QStringView keyPrefix, quint64 counter);
    // The 3-character key prefix of an Id ("001"), empty when shorter.
    [[nodiscard]] static QString keyPrefix(QStringView id);
};

} // namespace sfsync::localorg
