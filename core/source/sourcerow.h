#pragma once

#include <QString>
#include <QStringList>

namespace sfsync {

// One row read from a source: its 1-based data row number, where it starts in the file (line, for messages),
// and its cells in header order. A row that could not be read (malformed CSV, invalid UTF-8, bad JSON)
// carries an error and whatever cells could be recovered; it still has its row number so results stay
// aligned.
struct SourceRow
{
    qint64 number = 0;
    qint64 line = 0;
    QStringList cells;
    QString error; // translated; empty for a good row

    [[nodiscard]] bool isError() const { return !error.isEmpty(); }
};

} // namespace sfsync
