#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sfsync::test {

// CSV as the suites write sources and read result files: RFC 4180 quoting, written here independently of
// the engine's own CSV code, so a test checks the engine's files against a second implementation instead
// of against itself.

// One field, quoted when it holds a comma, a quote or a line break.
QByteArray csvField(const QString &value);
// One line of fields, ending in '\n'.
QByteArray csvLine(const QStringList &cells);
// A CSV file as rows of cells, header included (a leading BOM is skipped; empty on error, with *error).
QList<QStringList> readCsv(const QString &path, QString *error = nullptr);

} // namespace sfsync::test
