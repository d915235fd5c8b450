#include "core/source/encodingadvice.h"

#include "core/source/utf8transcoder.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sfsync {

namespace {

using Encoding = SourceConfig::Encoding;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::EncodingAdvice)
};

// Where the first byte is that is not part of valid UTF-8 (-1 when all are), and whether any multi-byte
// sequence was seen. An incomplete sequence at the end of an incomplete head does not count.
qsizetype firstInvalidUtf8(const QByteArray &bytes, bool complete, bool *multiByte)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    *multiByte = false;
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        const int extra = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
        if (extra < 0 || c == 0xC0 || c == 0xC1 || c > 0xF4)
            return i;
        if (i + extra >= n)
            return complete ? i : -1;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        }
        *multiByte = true;
        i += extra + 1;
    }
    return -1;
}

// The encoding the pattern of zero bytes says, if it says one: ASCII text in UTF-16 has a zero in every
// other byte, in UTF-32 in three of four.
std::optional<Encoding> zeroPattern(const QByteArray &head)
{
    const qsizetype n = qMin<qsizetype>(head.size(), 4096) & ~qsizetype(3);
    if (n < 8)
        return std::nullopt;
    qsizetype zeros[4] = {0, 0, 0, 0};
    for (qsizetype i = 0; i < n; ++i) {
        if (head.at(i) == 0)
            ++zeros[i % 4];
    }
    const qsizetype quarter = n / 4;
    auto mostly = [quarter](qsizetype z) {
        return z * 10 >= quarter * 3;
    };
    auto rarely = [quarter](qsizetype z) {
        return z * 20 <= quarter;
    };
    if (rarely(zeros[0]) && mostly(zeros[1]) && mostly(zeros[2]) && mostly(zeros[3]))
        return Encoding::Utf32Le;
    if (mostly(zeros[0]) && mostly(zeros[1]) && mostly(zeros[2]) && rarely(zeros[3]))
        return Encoding::Utf32Be;
    if (rarely(zeros[0]) && rarely(zeros[2]) && mostly(zeros[1]) && mostly(zeros[3]))
        return Encoding::Utf16Le;
    if (mostly(zeros[0]) && mostly(zeros[2]) && rarely(zeros[1]) && rarely(zeros[3]))
        return Encoding::Utf16Be;
    return std::nullopt;
}

bool isUtf16Or32(Encoding e)
{
    return e != Encoding::Utf8 && !SourceConfig::isSingleByte(e);
}

bool sameAs(Encoding chosen, Encoding seen)
{
    // Without a mark, UTF-16 and UTF-32 are read big-endian.
    if (chosen == Encoding::Utf16)
        chosen = Encoding::Utf16Be;
    if (chosen == Encoding::Utf32)
        chosen = Encoding::Utf32Be;
    return chosen == seen;
}

int lineOf(const QByteArray &head, qsizetype at)
{
    return int(head.left(at).count('\n')) + 1;
}

QString hex(unsigned char b)
{
    return QStringLiteral("0x") + QString::number(b, 16).rightJustified(2, QLatin1Char('0')).toUpper();
}

} // namespace

EncodingAdvice EncodingAdvice::check(const QByteArray &head, bool complete, Encoding chosen)
{
    EncodingAdvice advice;
    Encoding marked;
    int markLength = 0;
    if (Utf8Transcoder::byteOrderMark(head, &marked, &markLength))
        return advice; // the reader follows the mark
    auto suggest = [&advice](Encoding e, const QString &reason) {
        advice.doubtful = true;
        advice.suggested = e;
        advice.reason = reason;
        return advice;
    };

    if (const std::optional<Encoding> zeros = zeroPattern(head)) {
        if (sameAs(chosen, *zeros))
            return advice;
        return suggest(*zeros,
                       Text::tr("Many bytes of the file are zero, in the pattern of %1 text without a byte "
                                "order mark. The file is probably %1.")
                           .arg(SourceConfig::encodingName(*zeros)));
    }
    bool multiByte = false;
    const qsizetype invalid = firstInvalidUtf8(head, complete, &multiByte);
    const bool undefined1252 = head.contains('\x81') || head.contains('\x8D') || head.contains('\x8F')
        || head.contains('\x90') || head.contains('\x9D');
    const Encoding eightBit = undefined1252 ? Encoding::Latin1 : Encoding::Windows1252;

    if (isUtf16Or32(chosen)) {
        const Encoding likely = invalid < 0 ? Encoding::Utf8 : eightBit;
        return suggest(likely,
                       Text::tr("The file does not have the zero bytes %1 text has. It is probably %2.")
                           .arg(SourceConfig::encodingName(chosen), SourceConfig::encodingName(likely)));
    }
    if (chosen == Encoding::Utf8) {
        if (invalid >= 0) {
            return suggest(eightBit,
                           Text::tr("Byte %1 on line %2 is not valid UTF-8. The file is probably %3.")
                               .arg(hex(uchar(head.at(invalid))))
                               .arg(lineOf(head, invalid))
                               .arg(SourceConfig::encodingName(eightBit)));
        }
        // "é" in UTF-8 read as Latin-1 and saved as UTF-8 again: "Ã©"; "’" becomes "â€™".
        static const QRegularExpression twice(
            QStringLiteral("[\\x{00C2}\\x{00C3}][\\x{0080}-\\x{00BF}\\x{2018}-"
                           "\\x{203A}\\x{20AC}\\x{0152}-\\x{0178}]|\\x{00E2}\\x{20AC}"));
        const QString text = QString::fromUtf8(head);
        const QRegularExpressionMatch m = twice.match(text);
        if (m.hasMatch()) {
            advice.doubtful = true;
            advice.reason =
                Text::tr("The text holds \"%1\", which is how accented letters look after a file was "
                         "converted to UTF-8 twice. Check the program that wrote it.")
                    .arg(m.captured());
        }
        return advice;
    }
    // A single-byte encoding chosen.
    if (invalid < 0 && multiByte) {
        // Show one of the file's own characters both ways.
        const auto *p = reinterpret_cast<const unsigned char *>(head.constData());
        qsizetype at = 0;
        while (p[at] < 0x80)
            ++at;
        const int length = (p[at] & 0xE0) == 0xC0 ? 2 : (p[at] & 0xF0) == 0xE0 ? 3 : 4;
        const QByteArray sequence = head.mid(at, length);
        QString asChosen;
        {
            Utf8Transcoder t(chosen);
            QByteArray out;
            t.decode(sequence.constData(), sequence.size(), &out);
            asChosen = QString::fromUtf8(out).replace(QChar(0xFFFD), QStringLiteral("?"));
        }
        return suggest(Encoding::Utf8,
                       Text::tr("The file is valid UTF-8: read as %1, \"%2\" shows as \"%3\". It is "
                                "probably UTF-8.")
                           .arg(SourceConfig::encodingName(chosen), QString::fromUtf8(sequence), asChosen));
    }
    if (chosen == Encoding::Latin1) {
        for (qsizetype i = 0; i < head.size(); ++i) {
            const uchar b = uchar(head.at(i));
            if (b >= 0x80 && b < 0xA0 && !undefined1252) {
                return suggest(
                    Encoding::Windows1252,
                    Text::tr("Byte %1 on line %2 is an invisible control character in ISO-8859-1; in "
                             "Windows-1252 it is a printable one (€, quotes, dashes). The file is "
                             "probably Windows-1252.")
                        .arg(hex(b))
                        .arg(lineOf(head, i)));
            }
        }
    }
    return advice;
}

} // namespace sfsync
