#pragma once

#include "core/source/source.h"

#include <QFile>

namespace sfsync {

// Newline-delimited JSON: one object per line. The columns are the keys of the first object, in the order
// they are written there; later objects fill those columns (a missing key is an empty cell). Strings stay as
// they are, numbers and booleans become their JSON text, null an empty cell, nested objects and arrays
// compact JSON. A line that is not a JSON object is an error row with its line number. Blank lines are
// skipped.
class NdjsonSource : public Source
{
public:
    explicit NdjsonSource(const QString &path);
    ~NdjsonSource() override;

    bool open(QString *error) override;
    [[nodiscard]] QStringList header() const override { return m_header; }
    bool next(SourceRow *row) override;

    [[nodiscard]] qint64 bytesRead() const override { return m_file.pos(); }
    [[nodiscard]] qint64 bytesTotal() const override { return m_file.size(); }
    [[nodiscard]] qint64 maxBufferedBytes() const override { return m_maxBuffered; }

private:
    bool readLine(QByteArray *line); // false at the end

    QString m_path;
    QFile m_file;
    QStringList m_header;
    qint64 m_line = 0;
    qint64 m_rowNumber = 0;
    qint64 m_maxBuffered = 0;
    QByteArray m_pending; // the first line, read by open() to learn the columns
    qint64 m_pendingLine = 0;
    bool m_warnedExtraKeys = false;
};

} // namespace sfsync
