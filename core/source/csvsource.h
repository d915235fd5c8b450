#pragma once

#include "core/source/source.h"
#include "core/source/utf8transcoder.h"

#include <QByteArray>
#include <QFile>
#include <memory>

namespace sfsync {

// RFC 4180 CSV: quoted fields with embedded delimiters, newlines and doubled quotes; CRLF or LF; any single
// ASCII delimiter. The first record is the header (duplicate names are an error, empty names a warning).
// Blank lines are skipped. A malformed record (stray quote, text after a closing quote, unterminated quote,
// wrong number of fields, bytes that are no character in the file's encoding) is returned as an error row
// with its line number, and reading continues on the next line.
//
// The file is in the configured encoding, unless it starts with a byte order mark (UTF-8, UTF-16 or
// UTF-32), which wins. Files not in UTF-8 go through a Utf8Transcoder, so the parser always sees UTF-8.
//
// Reads the file in chunks of ChunkSize bytes; only a record longer than a chunk makes the buffer grow.
class CsvSource : public Source
{
public:
    static constexpr qint64 ChunkSize = 64 * 1024;
    static constexpr qint64 MaxRecordBytes = 64 * 1024 * 1024;

    explicit CsvSource(const QString &path, QChar delimiter = QLatin1Char(','),
                       SourceConfig::Encoding encoding = SourceConfig::Encoding::Utf8);
    ~CsvSource() override;

    bool open(QString *error) override;
    [[nodiscard]] QStringList header() const override { return m_header; }
    bool next(SourceRow *row) override;

    [[nodiscard]] qint64 bytesRead() const override;
    [[nodiscard]] qint64 bytesTotal() const override;
    [[nodiscard]] qint64 maxBufferedBytes() const override { return m_maxBuffered; }
    // What the file is read as: the configured encoding, or the one its byte order mark names.
    [[nodiscard]] SourceConfig::Encoding encoding() const { return m_encoding; }

private:
    enum class Parse { Record, Malformed, NeedMore, End };
    Parse parseRecord(QStringList *cells, QString *error, qint64 *linesConsumed);
    bool fill(); // reads one more chunk; false at end of file
    bool chooseEncoding(); // reads a byte order mark; false on a read error
    [[nodiscard]] QString encodingError(qsizetype recordStart, qsizetype bad, int column) const;

    QString m_path;
    char m_delimiter;
    SourceConfig::Encoding m_encoding;
    QFile m_file;
    std::unique_ptr<Utf8Transcoder> m_transcoder; // null for UTF-8: the buffer holds the file's bytes
    QByteArray m_raw; // the last chunk read, before transcoding
    qint64 m_rawRead = 0; // bytes read from the file
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 1; // line where the next record starts
    qint64 m_rowNumber = 0;
    qint64 m_consumedBefore = 0; // bytes dropped from the front of m_buffer
    qint64 m_maxBuffered = 0;
    QStringList m_header;
    QByteArray m_scratch;
    bool m_errorHasPosition = false; // the last malformed record's message says its own line
};

} // namespace sfsync
