#pragma once

#include "core/source/source.h"

#include <QByteArray>
#include <QFile>

namespace sfsync {

// RFC 4180 CSV: quoted fields with embedded delimiters, newlines and doubled quotes; CRLF or LF; UTF-8 with
// or without a BOM; any single ASCII delimiter. The first record is the header (duplicate names are an error,
// empty names a warning). Blank lines are skipped. A malformed record (stray quote, text after a closing
// quote, unterminated quote, wrong number of fields, invalid UTF-8) is returned as an error row with its line
// number, and reading continues on the next line.
//
// Reads the file in chunks of ChunkSize bytes; only a record longer than a chunk makes the buffer grow.
class CsvSource : public Source
{
public:
    static constexpr qint64 ChunkSize = 64 * 1024;
    static constexpr qint64 MaxRecordBytes = 64 * 1024 * 1024;

    explicit CsvSource(const QString &path, QChar delimiter = QLatin1Char(','));
    ~CsvSource() override;

    bool open(QString *error) override;
    [[nodiscard]] QStringList header() const override { return m_header; }
    bool next(SourceRow *row) override;

    [[nodiscard]] qint64 bytesRead() const override;
    [[nodiscard]] qint64 bytesTotal() const override;
    [[nodiscard]] qint64 maxBufferedBytes() const override { return m_maxBuffered; }

private:
    enum class Parse { Record, Malformed, NeedMore, End };
    Parse parseRecord(QStringList *cells, QString *error, qint64 *linesConsumed);
    bool fill(); // reads one more chunk; false at end of file
    void skipLine();

    QString m_path;
    char m_delimiter;
    QFile m_file;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 1; // line where the next record starts
    qint64 m_rowNumber = 0;
    qint64 m_consumedBefore = 0; // bytes dropped from the front of m_buffer
    qint64 m_maxBuffered = 0;
    QStringList m_header;
    QByteArray m_scratch;
};

} // namespace sfsync
