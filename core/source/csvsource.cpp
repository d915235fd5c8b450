#include "core/source/csvsource.h"

#include "core/corelogging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <cstring>

namespace sfsync {

namespace {

// Free functions' strings, under the context the runtime looks them up in (lupdate reads the
// macro's argument; a free tr() helper would file them under the namespace).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::CsvSource)
};

// The index of the first byte that does not belong to a valid UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(const unsigned char *p, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)
            || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return i;
        i += extra + 1;
    }
    return -1;
}

// Appends one cell; false when its bytes are not UTF-8.
bool appendCell(QStringList *cells, const char *p, qsizetype n)
{
    bool ascii = true;
    for (qsizetype i = 0; i < n; ++i) {
        if (static_cast<unsigned char>(p[i]) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        cells->append(QString::fromLatin1(p, n));
        return true;
    }
    if (firstInvalidUtf8(reinterpret_cast<const unsigned char *>(p), n) >= 0)
        return false;
    cells->append(QString::fromUtf8(p, n));
    return true;
}

QString hexBytes(const QByteArray &bytes)
{
    QStringList out;
    for (const char b : bytes)
        out.append(QStringLiteral("0x")
                   + QString::number(uchar(b), 16).rightJustified(2, QLatin1Char('0')).toUpper());
    return out.join(QLatin1Char(' '));
}

} // namespace

CsvSource::CsvSource(const QString &path, QChar delimiter, SourceConfig::Encoding encoding)
    : m_path(path)
    , m_delimiter(char(delimiter.unicode() < 0x80 ? delimiter.unicode() : ','))
    , m_encoding(encoding)
    , m_file(path)
{ }

CsvSource::~CsvSource() = default;

qint64 CsvSource::bytesRead() const
{
    if (!m_transcoder)
        return m_consumedBefore + m_pos;
    // Transcoded text is not the file's bytes: scale what was parsed to what was read (exact at the end).
    const qint64 produced = m_transcoder->outputBytes();
    const qint64 parsed = m_consumedBefore + m_pos;
    if (produced <= 0 || parsed >= produced)
        return m_rawRead;
    return qint64(double(m_rawRead) * double(parsed) / double(produced));
}

qint64 CsvSource::bytesTotal() const
{
    return m_file.size();
}

bool CsvSource::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_consumedBefore += m_pos;
        m_buffer.remove(0, m_pos);
        m_pos = 0;
        if (m_transcoder)
            m_transcoder->dropFaultsBefore(m_consumedBefore);
    }
    // A record longer than what is buffered: read as much again, so long records cost O(n log n), not O(n^2).
    const qint64 want = qMax<qint64>(ChunkSize, m_buffer.size());
    if (m_buffer.size() + want > MaxRecordBytes) {
        m_errorString =
            Text::tr("%1: a record is longer than %2 MB").arg(m_path).arg(MaxRecordBytes / (1024 * 1024));
        return false;
    }
    if (!m_transcoder) {
        const qsizetype old = m_buffer.size();
        m_buffer.resize(old + want);
        const qint64 got = m_file.read(m_buffer.data() + old, want);
        if (got < 0) {
            m_buffer.resize(old);
            m_errorString = Text::tr("cannot read %1: %2").arg(m_path, m_file.errorString());
            return false;
        }
        m_buffer.resize(old + got);
        m_rawRead += got;
        if (got == 0)
            m_eof = true;
    } else {
        m_raw.resize(want);
        const qint64 got = m_file.read(m_raw.data(), want);
        if (got < 0) {
            m_errorString = Text::tr("cannot read %1: %2").arg(m_path, m_file.errorString());
            return false;
        }
        m_rawRead += got;
        if (got == 0) {
            m_transcoder->finish(&m_buffer);
            m_eof = true;
        } else {
            m_transcoder->decode(m_raw.constData(), got, &m_buffer);
        }
    }
    m_maxBuffered = qMax<qint64>(m_maxBuffered, m_buffer.size() + m_raw.size());
    return true;
}

QString CsvSource::encodingError(qsizetype recordStart, qsizetype bad, int column) const
{
    // Where the bad bytes are, in the decoded text: the line (a quoted field may span several) and the
    // character on it, counted in code points; and where they are in the file.
    const char *data = m_buffer.constData();
    qint64 line = m_line;
    qsizetype lineStart = recordStart;
    for (qsizetype i = recordStart; i < bad; ++i) {
        if (data[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    qint64 character = 1;
    for (qsizetype i = lineStart; i < bad; ++i) {
        if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80)
            ++character;
    }
    qint64 offset = m_consumedBefore + bad;
    QString what;
    const Utf8Transcoder::Fault *fault = m_transcoder ? m_transcoder->faultAt(offset) : nullptr;
    const QString encoding = SourceConfig::encodingName(m_encoding);
    if (!fault) {
        what = Text::tr("byte %1 is not valid %2").arg(hexBytes(QByteArray(1, data[bad])), encoding);
    } else {
        offset = fault->input;
        switch (fault->kind) {
        case Utf8Transcoder::FaultKind::UndefinedByte:
            what = Text::tr("byte %1 is not a character in %2").arg(hexBytes(fault->bytes), encoding);
            break;
        case Utf8Transcoder::FaultKind::UnpairedSurrogate:
            what =
                Text::tr("bytes %1 are half of a surrogate pair in %2").arg(hexBytes(fault->bytes), encoding);
            break;
        case Utf8Transcoder::FaultKind::NotACharacter:
            what = Text::tr("bytes %1 are not a character in %2").arg(hexBytes(fault->bytes), encoding);
            break;
        case Utf8Transcoder::FaultKind::Truncated:
            what = Text::tr("the file ends inside a %1 character (bytes %2)")
                       .arg(encoding, hexBytes(fault->bytes));
            break;
        }
    }
    return Text::tr("line %1, character %2 (byte offset %3), column %4: %5")
        .arg(line)
        .arg(character)
        .arg(offset)
        .arg(column)
        .arg(what);
}

CsvSource::Parse CsvSource::parseRecord(QStringList *cells, QString *error, qint64 *linesConsumed)
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const char delim = m_delimiter;
    qsizetype i = m_pos;
    qint64 lines = 0;
    cells->clear();
    if (i >= size)
        return m_eof ? Parse::End : Parse::NeedMore;

    auto malformed = [&](const QString &message, bool positioned = false) -> Parse {
        // Resynchronise on the next line break: the best guess at where the next record starts.
        const void *nl = std::memchr(data + i, '\n', size - i);
        if (!nl && !m_eof)
            return Parse::NeedMore;
        m_pos = nl ? (static_cast<const char *>(nl) - data) + 1 : size;
        *linesConsumed = lines + 1;
        *error = message;
        m_errorHasPosition = positioned;
        return Parse::Malformed;
    };
    auto endOfLine = [&](qsizetype at, qsizetype *next) -> bool {
        // at points to \n or \r; false when more input is needed to know.
        if (data[at] == '\n') {
            *next = at + 1;
            return true;
        }
        if (at + 1 < size) {
            *next = data[at + 1] == '\n' ? at + 2 : at + 1;
            return true;
        }
        if (!m_eof)
            return false;
        *next = at + 1;
        return true;
    };

    for (;;) {
        if (i < size && data[i] == '"') {
            ++i;
            const qsizetype cellStart = i;
            m_scratch.clear();
            for (;;) {
                const void *q = std::memchr(data + i, '"', size - i);
                if (!q) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    i = size;
                    *linesConsumed = lines + 1;
                    m_pos = size;
                    *error = Text::tr("a quoted field is not closed");
                    m_errorHasPosition = false;
                    return Parse::Malformed;
                }
                const qsizetype qi = static_cast<const char *>(q) - data;
                m_scratch.append(data + i, qi - i);
                if (qi + 1 >= size && !m_eof)
                    return Parse::NeedMore;
                if (qi + 1 < size && data[qi + 1] == '"') {
                    m_scratch.append('"');
                    i = qi + 2;
                    continue;
                }
                i = qi + 1;
                break;
            }
            lines += m_scratch.count('\n');
            if (!appendCell(cells, m_scratch.constData(), m_scratch.size())) {
                // The raw bytes hold doubled quotes where the cell has one; quotes are ASCII, so the first
                // bad byte is the same one.
                const qsizetype bad = firstInvalidUtf8(
                    reinterpret_cast<const unsigned char *>(data + cellStart), i - 1 - cellStart);
                return malformed(
                    encodingError(m_pos, cellStart + qMax<qsizetype>(bad, 0), int(cells->size()) + 1), true);
            }
            if (i >= size) {
                m_pos = i;
                *linesConsumed = lines + 1;
                return Parse::Record;
            }
            const char c = data[i];
            if (c == delim) {
                ++i;
                continue;
            }
            if (c == '\n' || c == '\r') {
                qsizetype next = 0;
                if (!endOfLine(i, &next))
                    return Parse::NeedMore;
                m_pos = next;
                *linesConsumed = lines + 1;
                return Parse::Record;
            }
            return malformed(Text::tr("text after the closing quote of column %1").arg(cells->size()));
        }

        const qsizetype start = i;
        bool strayQuote = false;
        while (i < size) {
            const char c = data[i];
            if (c == delim || c == '\n' || c == '\r')
                break;
            if (c == '"')
                strayQuote = true;
            ++i;
        }
        if (i >= size && !m_eof)
            return Parse::NeedMore;
        if (strayQuote)
            return malformed(Text::tr("a quote inside unquoted column %1").arg(cells->size() + 1));
        if (!appendCell(cells, data + start, i - start)) {
            const qsizetype bad =
                firstInvalidUtf8(reinterpret_cast<const unsigned char *>(data + start), i - start);
            return malformed(encodingError(m_pos, start + qMax<qsizetype>(bad, 0), int(cells->size()) + 1),
                             true);
        }
        if (i >= size) {
            m_pos = i;
            *linesConsumed = lines + 1;
            return Parse::Record;
        }
        if (data[i] == delim) {
            ++i;
            continue;
        }
        qsizetype next = 0;
        if (!endOfLine(i, &next))
            return Parse::NeedMore;
        m_pos = next;
        *linesConsumed = lines + 1;
        return Parse::Record;
    }
}

bool CsvSource::chooseEncoding()
{
    const QByteArray head = m_file.peek(4);
    SourceConfig::Encoding marked = SourceConfig::Encoding::Utf8;
    int markLength = 0;
    if (Utf8Transcoder::byteOrderMark(head, &marked, &markLength)) {
        const auto family = [](SourceConfig::Encoding e) {
            using E = SourceConfig::Encoding;
            return e == E::Utf16Le || e == E::Utf16Be ? E::Utf16
                : e == E::Utf32Le || e == E::Utf32Be  ? E::Utf32
                                                      : e;
        };
        // UTF-8 is the default, so a mark that says otherwise is what detection is for; another encoding
        // was chosen on purpose, and the user should hear that the file says something else (UTF-16 and
        // UTF-32 without a byte order ask the mark for it).
        const bool agrees = m_encoding == marked || m_encoding == family(marked);
        if (m_encoding != SourceConfig::Encoding::Utf8 && !agrees) {
            m_warnings.append(
                Text::tr("the file starts with a %1 byte order mark, so it is read as %1, not %2")
                    .arg(SourceConfig::encodingName(marked), SourceConfig::encodingName(m_encoding)));
            qCWarning(lcCoreSource) << m_path << "byte order mark" << SourceConfig::encodingName(marked)
                                    << "overrules the configured" << SourceConfig::encodingName(m_encoding);
        }
        qCDebug(lcCoreSource) << m_path << "byte order mark:" << SourceConfig::encodingName(marked);
        m_encoding = marked;
        if (marked != SourceConfig::Encoding::Utf8) {
            if (m_file.read(markLength).size() != markLength) {
                m_errorString = Text::tr("cannot read %1: %2").arg(m_path, m_file.errorString());
                return false;
            }
            m_rawRead = markLength;
        }
    }
    if (m_encoding != SourceConfig::Encoding::Utf8)
        m_transcoder = std::make_unique<Utf8Transcoder>(m_encoding, m_rawRead);
    return true;
}

bool CsvSource::open(QString *error)
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot open %1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    if (!chooseEncoding() || !fill()) {
        *error = m_errorString;
        return false;
    }
    if (!m_transcoder && m_buffer.startsWith("\xEF\xBB\xBF"))
        m_pos = 3; // kept in the buffer, so buffer offsets stay file offsets
    SourceRow header;
    if (!next(&header)) {
        *error = m_errorString.isEmpty() ? Text::tr("%1 is empty: a CSV file needs a header row").arg(m_path)
                                         : m_errorString;
        return false;
    }
    if (header.isError()) {
        *error = Text::tr("%1: the header row is malformed: %2").arg(m_path, header.error);
        return false;
    }
    m_rowNumber = 0;
    QSet<QString> seen;
    for (int c = 0; c < header.cells.size(); ++c) {
        const QString &name = header.cells.at(c);
        if (name.isEmpty()) {
            m_warnings.append(Text::tr("column %1 has no name and cannot be mapped").arg(c + 1));
            continue;
        }
        if (seen.contains(name)) {
            *error = Text::tr("%1: the header names column \"%2\" twice").arg(m_path, name);
            return false;
        }
        seen.insert(name);
    }
    m_header = header.cells;
    return true;
}

bool CsvSource::next(SourceRow *row)
{
    for (;;) {
        QString error;
        qint64 lines = 0;
        const Parse p = parseRecord(&row->cells, &error, &lines);
        if (p == Parse::NeedMore) {
            if (!fill() && !m_errorString.isEmpty())
                return false;
            continue;
        }
        if (p == Parse::End)
            return false;
        const qint64 startLine = m_line;
        m_line += lines;
        if (p == Parse::Record && row->cells.size() == 1 && row->cells.first().isEmpty()
            && (m_header.isEmpty() || m_header.size() > 1))
            continue; // a blank line
        row->number = ++m_rowNumber;
        row->line = startLine;
        row->error.clear();
        if (p == Parse::Malformed) {
            row->error = m_errorHasPosition ? error : Text::tr("line %1: %2").arg(startLine).arg(error);
        } else if (!m_header.isEmpty() && row->cells.size() != m_header.size()) {
            row->error = Text::tr("line %1: %2 fields, but the header has %3")
                             .arg(startLine)
                             .arg(row->cells.size())
                             .arg(m_header.size());
        }
        return true;
    }
}

} // namespace sfsync
