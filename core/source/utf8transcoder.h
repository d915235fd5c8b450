#pragma once

#include "core/config/sourceconfig.h"

#include <QByteArray>
#include <QList>

namespace sfsync {

// Turns a file's bytes in one of the source encodings into UTF-8, chunk by chunk, so the CSV parser can
// work on UTF-8 bytes whatever the file is in. Chunks may split a character (a UTF-16 surrogate pair, a
// UTF-32 unit) anywhere: the bytes of an unfinished character wait for the next chunk.
//
// Nothing is ever replaced silently. Bytes that are no character in the encoding become one 0xFF byte in
// the output (never valid UTF-8, so the parser rejects the cell holding it) and a Fault that says where in
// the file they were and why, for the parser's error message.
//
// Qt's QStringDecoder does not do here: it reports that something was wrong but not where, replaces the
// bytes with U+FFFD, and (through ICU) maps Windows-1252's five undefined bytes to C1 controls instead of
// failing.
class Utf8Transcoder
{
public:
    enum class FaultKind {
        UndefinedByte, // a single-byte encoding's unassigned byte (Windows-1252: 0x81, 0x8D, 0x8F, 0x90,
                       // 0x9D)
        UnpairedSurrogate, // UTF-16
        NotACharacter, // UTF-32: a surrogate or past U+10FFFF
        Truncated, // the file ends inside a character
    };
    struct Fault
    {
        qint64 output = 0; // offset of the 0xFF marker in the whole output
        qint64 input = 0; // offset of the bytes in the file
        QByteArray bytes;
        FaultKind kind = FaultKind::UndefinedByte;
    };

    // `encoding` must not be UTF-8 (UTF-8 input needs no transcoding); Utf16/Utf32 mean big-endian here:
    // byte order marks are the caller's business (see byteOrderMark()).
    explicit Utf8Transcoder(SourceConfig::Encoding encoding, qint64 inputOffset = 0);

    // Appends the UTF-8 form of `n` input bytes to *out.
    void decode(const char *in, qsizetype n, QByteArray *out);
    // The input has ended: bytes of an unfinished character are a Truncated fault.
    void finish(QByteArray *out);

    [[nodiscard]] qint64 outputBytes() const { return m_output; }
    // The fault whose marker is at `output`, or nullptr.
    [[nodiscard]] const Fault *faultAt(qint64 output) const;
    // Forgets faults before `output` (the parser is past them).
    void dropFaultsBefore(qint64 output);

    // The encoding a byte order mark at the start of `head` announces, and the mark's length; false when
    // `head` starts with none. UTF-32LE's mark is checked before UTF-16LE's, which it begins with.
    static bool byteOrderMark(const QByteArray &head, SourceConfig::Encoding *encoding, int *length);

private:
    void fault(QByteArray *out, qint64 input, QByteArray bytes, FaultKind kind);
    void appendCodePoint(QByteArray *out, char32_t cp);
    qsizetype decodeUtf16(const unsigned char *p, qsizetype n, bool bigEndian, QByteArray *out);
    qsizetype decodeUtf32(const unsigned char *p, qsizetype n, bool bigEndian, QByteArray *out);
    void decodeSingleByte(const unsigned char *p, qsizetype n, QByteArray *out);

    SourceConfig::Encoding m_encoding;
    QByteArray m_pending; // input bytes of a character not finished yet
    qint64 m_input = 0; // file offset of m_pending's first byte (or of the next byte)
    qint64 m_output = 0;
    QList<Fault> m_faults;
};

} // namespace sfsync
