#include "core/source/utf8transcoder.h"

#include <algorithm>

namespace sfsync {

namespace {

using Encoding = SourceConfig::Encoding;

// Windows-1252 0x80-0x9F (where it differs from ISO-8859-1); 0 marks the five undefined bytes.
constexpr char16_t Windows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

// ISO-8859-15 differs from ISO-8859-1 in eight bytes (the euro sign and letters for French, Finnish and
// Estonian).
char16_t latin9(unsigned char c)
{
    switch (c) {
    case 0xA4:
        return 0x20AC;
    case 0xA6:
        return 0x0160;
    case 0xA8:
        return 0x0161;
    case 0xB4:
        return 0x017D;
    case 0xB8:
        return 0x017E;
    case 0xBC:
        return 0x0152;
    case 0xBD:
        return 0x0153;
    case 0xBE:
        return 0x0178;
    default:
        return c;
    }
}

char *putUtf8(char *d, char32_t cp)
{
    if (cp < 0x80) {
        *d++ = char(cp);
    } else if (cp < 0x800) {
        *d++ = char(0xC0 | (cp >> 6));
        *d++ = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *d++ = char(0xE0 | (cp >> 12));
        *d++ = char(0x80 | ((cp >> 6) & 0x3F));
        *d++ = char(0x80 | (cp & 0x3F));
    } else {
        *d++ = char(0xF0 | (cp >> 18));
        *d++ = char(0x80 | ((cp >> 12) & 0x3F));
        *d++ = char(0x80 | ((cp >> 6) & 0x3F));
        *d++ = char(0x80 | (cp & 0x3F));
    }
    return d;
}

} // namespace

Utf8Transcoder::Utf8Transcoder(SourceConfig::Encoding encoding, qint64 inputOffset)
    : m_encoding(encoding)
    , m_input(inputOffset)
{ }

bool Utf8Transcoder::byteOrderMark(const QByteArray &head, SourceConfig::Encoding *encoding, int *length)
{
    struct Mark
    {
        const char *bytes;
        int length;
        Encoding encoding;
    };
    static constexpr Mark marks[] = {
        {"\xFF\xFE\x00\x00", 4, Encoding::Utf32Le}, {"\x00\x00\xFE\xFF", 4, Encoding::Utf32Be},
        {"\xEF\xBB\xBF", 3, Encoding::Utf8},        {"\xFF\xFE", 2, Encoding::Utf16Le},
        {"\xFE\xFF", 2, Encoding::Utf16Be},
    };
    for (const Mark &m : marks) {
        if (head.size() >= m.length && std::equal(m.bytes, m.bytes + m.length, head.constData())) {
            *encoding = m.encoding;
            *length = m.length;
            return true;
        }
    }
    return false;
}

void Utf8Transcoder::fault(QByteArray *out, qint64 input, QByteArray bytes, FaultKind kind)
{
    m_faults.append(Fault {m_output, input, std::move(bytes), kind});
    out->append(char(0xFF));
    ++m_output;
}

void Utf8Transcoder::appendCodePoint(QByteArray *out, char32_t cp)
{
    char buf[4];
    const char *end = putUtf8(buf, cp);
    out->append(buf, end - buf);
    m_output += end - buf;
}

const Utf8Transcoder::Fault *Utf8Transcoder::faultAt(qint64 output) const
{
    const auto it = std::lower_bound(m_faults.cbegin(), m_faults.cend(), output,
                                     [](const Fault &f, qint64 o) { return f.output < o; });
    return it != m_faults.cend() && it->output == output ? &*it : nullptr;
}

void Utf8Transcoder::dropFaultsBefore(qint64 output)
{
    const auto it = std::lower_bound(m_faults.cbegin(), m_faults.cend(), output,
                                     [](const Fault &f, qint64 o) { return f.output < o; });
    m_faults.erase(m_faults.cbegin(), it);
}

void Utf8Transcoder::decodeSingleByte(const unsigned char *p, qsizetype n, QByteArray *out)
{
    // Every byte is one character of at most three UTF-8 bytes: write into room made up front.
    qsizetype start = out->size();
    out->resize(start + 3 * n);
    char *d = out->data() + start;
    auto settle = [&] {
        const qsizetype written = d - (out->data() + start);
        out->resize(start + written);
        m_output += written;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            *d++ = char(c);
            continue;
        }
        char16_t cp = c;
        if (m_encoding == Encoding::Windows1252 && c < 0xA0) {
            cp = Windows1252High[c - 0x80];
            if (cp == 0) {
                settle();
                fault(out, m_input + i, QByteArray(1, char(c)), FaultKind::UndefinedByte);
                start = out->size();
                out->resize(start + 3 * (n - i - 1));
                d = out->data() + start;
                continue;
            }
        } else if (m_encoding == Encoding::Latin9) {
            cp = latin9(c);
        }
        d = putUtf8(d, cp);
    }
    settle();
}

qsizetype Utf8Transcoder::decodeUtf16(const unsigned char *p, qsizetype n, bool bigEndian, QByteArray *out)
{
    auto unit = [&](qsizetype at) -> char16_t {
        return bigEndian ? char16_t((p[at] << 8) | p[at + 1]) : char16_t((p[at + 1] << 8) | p[at]);
    };
    qsizetype i = 0;
    while (n - i >= 2) {
        const char16_t u = unit(i);
        if (u < 0xD800 || u > 0xDFFF) {
            appendCodePoint(out, u);
            i += 2;
            continue;
        }
        if (u >= 0xDC00) { // a low surrogate with no high one before it
            fault(out, m_input + i, QByteArray(reinterpret_cast<const char *>(p + i), 2),
                  FaultKind::UnpairedSurrogate);
            i += 2;
            continue;
        }
        if (n - i < 4)
            break; // the low surrogate is in the next chunk
        const char16_t low = unit(i + 2);
        if (low < 0xDC00 || low > 0xDFFF) { // the next unit is read again on its own
            fault(out, m_input + i, QByteArray(reinterpret_cast<const char *>(p + i), 2),
                  FaultKind::UnpairedSurrogate);
            i += 2;
            continue;
        }
        appendCodePoint(out, 0x10000 + ((char32_t(u) - 0xD800) << 10) + (low - 0xDC00));
        i += 4;
    }
    return i;
}

qsizetype Utf8Transcoder::decodeUtf32(const unsigned char *p, qsizetype n, bool bigEndian, QByteArray *out)
{
    qsizetype i = 0;
    for (; n - i >= 4; i += 4) {
        const char32_t cp = bigEndian
            ? (char32_t(p[i]) << 24) | (char32_t(p[i + 1]) << 16) | (char32_t(p[i + 2]) << 8) | p[i + 3]
            : (char32_t(p[i + 3]) << 24) | (char32_t(p[i + 2]) << 16) | (char32_t(p[i + 1]) << 8) | p[i];
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            fault(out, m_input + i, QByteArray(reinterpret_cast<const char *>(p + i), 4),
                  FaultKind::NotACharacter);
        else
            appendCodePoint(out, cp);
    }
    return i;
}

void Utf8Transcoder::decode(const char *in, qsizetype n, QByteArray *out)
{
    if (SourceConfig::isSingleByte(m_encoding)) {
        decodeSingleByte(reinterpret_cast<const unsigned char *>(in), n, out);
        m_input += n;
        return;
    }
    m_pending.append(in, n);
    const auto *p = reinterpret_cast<const unsigned char *>(m_pending.constData());
    qsizetype used = 0;
    switch (m_encoding) {
    case Encoding::Utf16:
    case Encoding::Utf16Be:
        used = decodeUtf16(p, m_pending.size(), true, out);
        break;
    case Encoding::Utf16Le:
        used = decodeUtf16(p, m_pending.size(), false, out);
        break;
    case Encoding::Utf32:
    case Encoding::Utf32Be:
        used = decodeUtf32(p, m_pending.size(), true, out);
        break;
    case Encoding::Utf32Le:
        used = decodeUtf32(p, m_pending.size(), false, out);
        break;
    default:
        Q_ASSERT_X(false, "Utf8Transcoder", "UTF-8 and single-byte encodings take other paths");
        break;
    }
    m_pending.remove(0, used);
    m_input += used;
}

void Utf8Transcoder::finish(QByteArray *out)
{
    if (m_pending.isEmpty())
        return;
    fault(out, m_input, m_pending, FaultKind::Truncated);
    m_input += m_pending.size();
    m_pending.clear();
}

} // namespace sfsync
