#pragma once

#include "core/config/sourceconfig.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace sfsync {

// A second opinion on a CSV file's encoding from its first bytes, for the source panel's warning. The reader
// itself never guesses: it reads what the config (or a byte order mark) says and reports bytes that do not
// fit. This looks for the usual mix-ups: a Windows file read as UTF-8 (invalid bytes), a UTF-8 file read as
// Latin-1 ("é" shown as "Ã©"), UTF-16 without a byte order mark (every other byte zero), text converted to
// UTF-8 twice.
struct EncodingAdvice
{
    bool doubtful = false; // the chosen encoding looks wrong
    std::optional<SourceConfig::Encoding> suggested; // what it probably is, when that can be told
    QString reason; // translated, for the user

    // `head` is the file's first bytes (`complete` when that is the whole file).
    static EncodingAdvice check(const QByteArray &head, bool complete, SourceConfig::Encoding chosen);
    // How many bytes check() wants to see.
    static constexpr qsizetype HeadBytes = 64 * 1024;
};

} // namespace sfsync
