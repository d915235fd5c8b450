#include "core/source/csvsource.h"
#include "core/source/encodingadvice.h"
#include "core/source/utf8transcoder.h"
#include "tests/testsupport/scratchdir.h"
#include "tests/testsupport/testenvironment.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace sfsync;
using Encoding = SourceConfig::Encoding;

namespace {

struct Read
{
    QStringList header;
    QList<SourceRow> rows;
    QString openError;
    QStringList warnings;
    Encoding encoding = Encoding::Utf8;
};

Read readAll(const QString &path, Encoding encoding)
{
    Read r;
    CsvSource source(path, QLatin1Char(','), encoding);
    if (!source.open(&r.openError))
        return r;
    r.header = source.header();
    r.warnings = source.warnings();
    r.encoding = source.encoding();
    SourceRow row;
    while (source.next(&row))
        r.rows.append(row);
    return r;
}

// The test's own encoders, written apart from the reader so each checks the other.
QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (bigEndian) {
            out.append(char(u >> 8));
            out.append(char(u & 0xFF));
        } else {
            out.append(char(u & 0xFF));
            out.append(char(u >> 8));
        }
    }
    return out;
}

QByteArray utf32(const QString &text, bool bigEndian)
{
    QByteArray out;
    for (const char32_t cp : text.toUcs4()) {
        const char b[4] = {char(cp >> 24), char((cp >> 16) & 0xFF), char((cp >> 8) & 0xFF), char(cp & 0xFF)};
        for (int k = 0; k < 4; ++k)
            out.append(bigEndian ? b[k] : b[3 - k]);
    }
    return out;
}

QByteArray encoded(const QString &text, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return text.toUtf8();
    case Encoding::Utf16:
    case Encoding::Utf16Be:
        return utf16(text, true);
    case Encoding::Utf16Le:
        return utf16(text, false);
    case Encoding::Utf32:
    case Encoding::Utf32Be:
        return utf32(text, true);
    case Encoding::Utf32Le:
        return utf32(text, false);
    case Encoding::Latin1:
        return text.toLatin1();
    case Encoding::Windows1252: {
        // The printable characters Windows-1252 puts at 0x80-0x9F, the rest as ISO-8859-1.
        static const QString high = QStringLiteral(
            "\u20AC\uFFFF\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFF\u017D\uFFFF"
            "\uFFFF\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFF\u017E"
            "\u0178");
        QByteArray out;
        for (const QChar c : text) {
            const qsizetype at = high.indexOf(c);
            out.append(at >= 0 ? char(0x80 + at) : char(c.unicode()));
        }
        return out;
    }
    case Encoding::Latin9: {
        static const QString from = QStringLiteral("\u20AC\u0160\u0161\u017D\u017E\u0152\u0153\u0178");
        static const char to[] = "\xA4\xA6\xA8\xB4\xB8\xBC\xBD\xBE";
        QByteArray out;
        for (const QChar c : text) {
            const qsizetype at = from.indexOf(c);
            out.append(at >= 0 ? to[at] : char(c.unicode()));
        }
        return out;
    }
    }
    return {};
}

QByteArray transcodeAll(Encoding encoding, const QByteArray &in, const QList<qsizetype> &cuts)
{
    Utf8Transcoder t(encoding);
    QByteArray out;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        t.decode(in.constData() + from, cut - from, &out);
        from = cut;
    }
    t.decode(in.constData() + from, in.size() - from, &out);
    t.finish(&out);
    return out;
}

} // namespace

class tst_CsvEncoding : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &content)
    {
        return m_dir.write(QStringLiteral("f%1.csv").arg(++m_files), content);
    }

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_csvencoding")); }

    void everyEncoding_data()
    {
        QTest::addColumn<int>("configured");
        QTest::addColumn<QByteArray>("bom");
        QTest::addColumn<int>("fileEncoding");
        QTest::addColumn<QString>("text");
        const QString unicode = QStringLiteral("Zoë 東京 \U0001F600 naïve");
        const QString latin1 = QStringLiteral("Jürgen Straße © ½ ÿ");
        const QString cp1252 = QStringLiteral("€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž ‘’“”•–—˜™š›œ žŸ é");
        const QString latin9 = QStringLiteral("€ Š š Ž ž Œ œ Ÿ é ß");
        auto row = [](const char *name, Encoding configured, const QByteArray &bom, Encoding file,
                      const QString &text) {
            QTest::newRow(name) << int(configured) << bom << int(file) << text;
        };
        row("UTF-8", Encoding::Utf8, {}, Encoding::Utf8, unicode);
        row("UTF-8 with BOM", Encoding::Utf8, "\xEF\xBB\xBF", Encoding::Utf8, unicode);
        row("UTF-16LE", Encoding::Utf16Le, {}, Encoding::Utf16Le, unicode);
        row("UTF-16BE", Encoding::Utf16Be, {}, Encoding::Utf16Be, unicode);
        row("UTF-16 without BOM is big-endian", Encoding::Utf16, {}, Encoding::Utf16Be, unicode);
        row("UTF-16 with LE BOM", Encoding::Utf16, QByteArray("\xFF\xFE"), Encoding::Utf16Le, unicode);
        row("UTF-16 with BE BOM", Encoding::Utf16, QByteArray("\xFE\xFF"), Encoding::Utf16Be, unicode);
        row("UTF-16LE with BOM", Encoding::Utf16Le, QByteArray("\xFF\xFE"), Encoding::Utf16Le, unicode);
        row("default detects UTF-16LE BOM", Encoding::Utf8, QByteArray("\xFF\xFE"), Encoding::Utf16Le,
            unicode);
        row("default detects UTF-16BE BOM", Encoding::Utf8, QByteArray("\xFE\xFF"), Encoding::Utf16Be,
            unicode);
        row("default detects UTF-32LE BOM", Encoding::Utf8, QByteArray("\xFF\xFE\x00\x00", 4),
            Encoding::Utf32Le, unicode);
        row("default detects UTF-32BE BOM", Encoding::Utf8, QByteArray("\x00\x00\xFE\xFF", 4),
            Encoding::Utf32Be, unicode);
        row("UTF-32LE", Encoding::Utf32Le, {}, Encoding::Utf32Le, unicode);
        row("UTF-32BE", Encoding::Utf32Be, {}, Encoding::Utf32Be, unicode);
        row("UTF-32 with LE BOM", Encoding::Utf32, QByteArray("\xFF\xFE\x00\x00", 4), Encoding::Utf32Le,
            unicode);
        row("ISO-8859-1", Encoding::Latin1, {}, Encoding::Latin1, latin1);
        row("Windows-1252", Encoding::Windows1252, {}, Encoding::Windows1252, cp1252);
        row("Windows-1252 Latin-1 letters", Encoding::Windows1252, {}, Encoding::Windows1252, latin1);
        row("ISO-8859-15", Encoding::Latin9, {}, Encoding::Latin9, latin9);
    }

    void everyEncoding()
    {
        QFETCH(int, configured);
        QFETCH(QByteArray, bom);
        QFETCH(int, fileEncoding);
        QFETCH(QString, text);
        const QString csv =
            QStringLiteral("name,note\r\n\"%1\",plain\r\n\"quoted, \"\"%1\"\"\nnext line\",%1\n").arg(text);
        const QString path = write(bom + encoded(csv, Encoding(fileEncoding)));
        const Read r = readAll(path, Encoding(configured));
        QVERIFY2(r.openError.isEmpty(), qPrintable(r.openError));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(int(r.encoding), bom.isEmpty() ? configured : fileEncoding);
        QCOMPARE(r.header, (QStringList {"name", "note"}));
        QCOMPARE(r.rows.size(), 2);
        QVERIFY2(!r.rows.at(0).isError(), qPrintable(r.rows.at(0).error));
        QCOMPARE(r.rows.at(0).cells, (QStringList {text, QStringLiteral("plain")}));
        QVERIFY2(!r.rows.at(1).isError(), qPrintable(r.rows.at(1).error));
        QCOMPARE(r.rows.at(1).cells,
                 (QStringList {QStringLiteral("quoted, \"%1\"\nnext line").arg(text), text}));
        QCOMPARE(r.rows.at(1).line, 3);
    }

    // The single-byte tables against Qt's ICU-backed decoders, byte by byte (ICU maps Windows-1252's
    // undefined bytes to C1 controls; those are checked as errors below instead).
    void singleByteTablesMatchIcu_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("icuName");
        QTest::newRow("Windows-1252") << int(Encoding::Windows1252) << QStringLiteral("windows-1252");
        QTest::newRow("ISO-8859-15") << int(Encoding::Latin9) << QStringLiteral("ISO-8859-15");
        QTest::newRow("ISO-8859-1") << int(Encoding::Latin1) << QStringLiteral("ISO-8859-1");
    }

    void singleByteTablesMatchIcu()
    {
        QFETCH(int, encoding);
        QFETCH(QString, icuName);
        QStringDecoder icu(icuName.toLatin1().constData());
        if (!icu.isValid())
            QSKIP("this Qt has no ICU decoder for the encoding");
        static const QByteArray undefined("\x81\x8D\x8F\x90\x9D");
        for (int b = 0x80; b <= 0xFF; ++b) {
            if (Encoding(encoding) == Encoding::Windows1252 && undefined.contains(char(b)))
                continue;
            const QByteArray in(1, char(b));
            const QString expected = QStringDecoder(icuName.toLatin1().constData()).decode(in);
            QCOMPARE(QString::fromUtf8(transcodeAll(Encoding(encoding), in, {})), expected);
        }
    }

    void undefinedWindows1252BytesAreErrors_data()
    {
        QTest::addColumn<int>("byte");
        for (const int b : {0x81, 0x8D, 0x8F, 0x90, 0x9D})
            QTest::newRow(qPrintable(QString::number(b, 16))) << b;
    }

    void undefinedWindows1252BytesAreErrors()
    {
        QFETCH(int, byte);
        const QByteArray head = "a,b\n1,\x80ok\n";
        const QByteArray bad = "x,y\xE9" + QByteArray(1, char(byte)) + "z\n";
        const Read r = readAll(write(head + bad + "2,fine\n"), Encoding::Windows1252);
        QVERIFY(r.openError.isEmpty());
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows.at(0).cells, (QStringList {"1", QStringLiteral("€ok")}));
        // The bad byte is the 5th character of line 3 ("x,yé" before it), at file offset head + 4.
        QCOMPARE(
            r.rows.at(1).error,
            QStringLiteral("line 3, character 5 (byte offset %1), column 2: byte 0x%2 is not a character in "
                           "Windows-1252")
                .arg(head.size() + 4)
                .arg(QString::number(byte, 16).toUpper()));
        QCOMPARE(r.rows.at(1).number, 2);
        QCOMPARE(r.rows.at(2).cells, (QStringList {"2", "fine"}));
        QVERIFY(!r.rows.at(2).isError());
    }

    void invalidUtf8HasLineCharacterAndOffset()
    {
        const QByteArray head = "a,b\n1,ok\n\"multi\n";
        const QByteArray bad = "line\",K\xC3\xB6ln\xE9!\n";
        const Read r = readAll(write(head + bad + "3,\xC3\xA9\n"), Encoding::Utf8);
        QCOMPARE(r.rows.size(), 3);
        // Line 4 of the file (the quoted field began on line 3): `line",Köln` is 10 characters.
        QCOMPARE(r.rows.at(1).error,
                 QStringLiteral("line 4, character 11 (byte offset %1), column 2: byte 0xE9 is "
                                "not valid UTF-8")
                     .arg(head.size() + 11));
        QCOMPARE(r.rows.at(1).line, 3);
        QCOMPARE(r.rows.at(2).cells, (QStringList {"3", QStringLiteral("é")}));
        // Inside a quoted field with doubled quotes before the bad byte.
        const Read q = readAll(write("a,b\n\"say \"\"x\"\" \xFF\",1\n"), Encoding::Utf8);
        QCOMPARE(
            q.rows.at(0).error,
            QStringLiteral("line 2, character 12 (byte offset 15), column 1: byte 0xFF is not valid UTF-8"));
    }

    void badUtf16AndUtf32()
    {
        const QByteArray header = utf16(QStringLiteral("a,b\n"), false);
        // A low surrogate alone, then a high surrogate followed by an ASCII unit (which still counts).
        const QByteArray lone = utf16(QStringLiteral("1,x"), false) + QByteArray("\x00\xDC", 2)
            + utf16(QStringLiteral("\n"), false);
        const QByteArray unpaired = utf16(QStringLiteral("2,"), false) + QByteArray("\x3D\xD8", 2)
            + utf16(QStringLiteral("y\n"), false);
        const QByteArray good = utf16(QStringLiteral("3,\U0001F600\n"), false);
        const QByteArray truncated = utf16(QStringLiteral("4,z"), false) + QByteArray("\x41", 1);
        const Read r = readAll(write(header + lone + unpaired + good + truncated), Encoding::Utf16Le);
        QCOMPARE(r.rows.size(), 4);
        QCOMPARE(
            r.rows.at(0).error,
            QStringLiteral("line 2, character 4 (byte offset %1), column 2: bytes 0x00 0xDC are half of a "
                           "surrogate pair in UTF-16LE")
                .arg(header.size() + 6));
        QCOMPARE(
            r.rows.at(1).error,
            QStringLiteral("line 3, character 3 (byte offset %1), column 2: bytes 0x3D 0xD8 are half of a "
                           "surrogate pair in UTF-16LE")
                .arg(header.size() + lone.size() + 4));
        QCOMPARE(r.rows.at(2).cells, (QStringList {"3", QStringLiteral("\U0001F600")}));
        const qsizetype end = header.size() + lone.size() + unpaired.size() + good.size() + 6;
        QCOMPARE(r.rows.at(3).error,
                 QStringLiteral("line 5, character 4 (byte offset %1), column 2: the file ends "
                                "inside a UTF-16LE character (bytes 0x41)")
                     .arg(end));

        const QByteArray h32 = utf32(QStringLiteral("a\n"), true);
        const Read u =
            readAll(write(QByteArray("\x00\x00\xFE\xFF", 4) + h32 + QByteArray("\x00\x11\x00\x00", 4)
                          + utf32(QStringLiteral("\nok\n"), true)),
                    Encoding::Utf8);
        QCOMPARE(u.rows.size(), 2);
        QCOMPARE(u.rows.at(0).error,
                 QStringLiteral("line 2, character 1 (byte offset 12), column 1: bytes 0x00 "
                                "0x11 0x00 0x00 are not a character in UTF-32BE"));
        QCOMPARE(u.rows.at(1).cells, QStringList {"ok"});
    }

    void byteOrderMarkOverridesAnotherChoice()
    {
        const Read r =
            readAll(write("\xFF\xFE" + utf16(QStringLiteral("name\nZoë\n"), false)), Encoding::Windows1252);
        QCOMPARE(r.encoding, Encoding::Utf16Le);
        QCOMPARE(r.warnings,
                 QStringList {"the file starts with a UTF-16LE byte order mark, so it is read as "
                              "UTF-16LE, not Windows-1252"});
        QCOMPARE(r.rows.at(0).cells, QStringList {QStringLiteral("Zoë")});
        // The byte order of an explicit UTF-16LE is overruled too, and said so; plain UTF-16 asks the mark.
        const QByteArray be = "\xFE\xFF" + utf16(QStringLiteral("name\nZoë\n"), true);
        const Read le = readAll(write(be), Encoding::Utf16Le);
        QCOMPARE(le.encoding, Encoding::Utf16Be);
        QCOMPARE(le.warnings.size(), 1);
        QCOMPARE(le.rows.at(0).cells, QStringList {QStringLiteral("Zoë")});
        QVERIFY(readAll(write(be), Encoding::Utf16).warnings.isEmpty());
    }

    // Every way to split the input between two chunks, and byte by byte, gives the same text as one chunk:
    // surrogate pairs, UTF-32 units and multi-byte UTF-8 output never depend on where a read ended.
    void chunksSplitCharactersAnywhere_data()
    {
        QTest::addColumn<int>("encoding");
        for (const Encoding e : {Encoding::Utf16Le, Encoding::Utf16Be, Encoding::Utf32Le, Encoding::Utf32Be,
                                 Encoding::Windows1252, Encoding::Latin9, Encoding::Latin1})
            QTest::newRow(qPrintable(SourceConfig::encodingName(e))) << int(e);
    }

    void chunksSplitCharactersAnywhere()
    {
        QFETCH(int, encoding);
        const Encoding e = Encoding(encoding);
        const QString text = SourceConfig::isSingleByte(e) ? QStringLiteral("a€é,Ÿ\n")
                                                           : QStringLiteral("a\U0001F600é,東\U00010348\n");
        QString expected = text;
        if (e == Encoding::Latin1)
            expected = QString::fromLatin1(text.toLatin1());
        const QByteArray in = encoded(text, e);
        QCOMPARE(QString::fromUtf8(transcodeAll(e, in, {})), expected);
        for (qsizetype cut = 1; cut < in.size(); ++cut)
            QCOMPARE(QString::fromUtf8(transcodeAll(e, in, {cut})), expected);
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < in.size(); ++i)
            everyByte.append(i);
        QCOMPARE(QString::fromUtf8(transcodeAll(e, in, everyByte)), expected);
    }

    // The same through the reader: a surrogate pair whose halves land in different chunks of the file, for
    // every position around the chunk boundary.
    void readerChunkBoundaries_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("shift");
        for (const Encoding e :
             {Encoding::Utf8, Encoding::Utf16Le, Encoding::Utf32Be, Encoding::Windows1252}) {
            for (int shift = 0; shift < 6; ++shift)
                QTest::addRow("%s %d", qPrintable(SourceConfig::encodingName(e)), shift) << int(e) << shift;
        }
    }

    void readerChunkBoundaries()
    {
        QFETCH(int, encoding);
        QFETCH(int, shift);
        const Encoding e = Encoding(encoding);
        const QString special =
            SourceConfig::isSingleByte(e) ? QStringLiteral("€é") : QStringLiteral("\U0001F600é");
        const qsizetype unit = e == Encoding::Utf16Le ? 2 : e == Encoding::Utf32Be ? 4 : 1;
        // The header and a padding row bring the special characters right up to the first chunk's end.
        const QString header = QStringLiteral("a,b\n");
        const qsizetype padChars = CsvSource::ChunkSize / unit - header.size() - 3 - shift;
        const QString text = header + QStringLiteral("1,") + QString(padChars, QLatin1Char('x'))
            + QStringLiteral("\n2,%1%1\n3,%1\n").arg(special);
        const Read r = readAll(write(encoded(text, e)), e);
        QVERIFY(r.openError.isEmpty());
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows.at(0).cells.value(1).size(), padChars);
        QVERIFY2(!r.rows.at(1).isError(), qPrintable(r.rows.at(1).error));
        QCOMPARE(r.rows.at(1).cells, (QStringList {"2", special + special}));
        QCOMPARE(r.rows.at(2).cells, (QStringList {"3", special}));
    }

    // The source panel's second opinion: the usual mix-ups name the likely encoding, right choices stay
    // quiet.
    void adviceNamesTheLikelyEncoding_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("chosen");
        QTest::addColumn<bool>("doubtful");
        QTest::addColumn<int>("suggested"); // -1: none
        const QByteArray ascii = "name,city\nAnn,Bonn\n";
        const QByteArray cp1252 = "name\n\x93Quoted\x94 \xE9t\xE9\n";
        const QByteArray latin1Only = "name\nJ\xFCrgen \x81\n";
        const QByteArray utf8 = "name\nRen\xC3\xA9\n";
        QTest::newRow("ascii is fine as UTF-8") << ascii << int(Encoding::Utf8) << false << -1;
        QTest::newRow("ascii is fine as Windows-1252") << ascii << int(Encoding::Windows1252) << false << -1;
        QTest::newRow("Windows bytes as UTF-8")
            << cp1252 << int(Encoding::Utf8) << true << int(Encoding::Windows1252);
        QTest::newRow("undefined 1252 byte: Latin-1")
            << latin1Only << int(Encoding::Utf8) << true << int(Encoding::Latin1);
        QTest::newRow("UTF-8 as Latin-1") << utf8 << int(Encoding::Latin1) << true << int(Encoding::Utf8);
        QTest::newRow("UTF-8 as Windows-1252")
            << utf8 << int(Encoding::Windows1252) << true << int(Encoding::Utf8);
        QTest::newRow("UTF-8 is fine") << utf8 << int(Encoding::Utf8) << false << -1;
        QTest::newRow("1252 quotes as Latin-1")
            << cp1252 << int(Encoding::Latin1) << true << int(Encoding::Windows1252);
        QTest::newRow("UTF-16LE without mark") << utf16(QStringLiteral("name\nAnn\n"), false)
                                               << int(Encoding::Utf8) << true << int(Encoding::Utf16Le);
        QTest::newRow("UTF-16BE without mark, UTF-16 chosen")
            << utf16(QStringLiteral("name\nAnn\n"), true) << int(Encoding::Utf16) << false << -1;
        QTest::newRow("UTF-32LE without mark") << utf32(QStringLiteral("name\nAnn\n"), false)
                                               << int(Encoding::Utf16Le) << true << int(Encoding::Utf32Le);
        QTest::newRow("8-bit text as UTF-16")
            << cp1252 << int(Encoding::Utf16Le) << true << int(Encoding::Windows1252);
        QTest::newRow("a mark decides") << QByteArray("\xFF\xFE") + utf16(QStringLiteral("a\n"), false)
                                        << int(Encoding::Latin1) << false << -1;
        QTest::newRow("converted twice")
            << QByteArray("name\nRen\xC3\x83\xC2\xA9\n") << int(Encoding::Utf8) << true << -1;
    }

    void adviceNamesTheLikelyEncoding()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, chosen);
        QFETCH(bool, doubtful);
        QFETCH(int, suggested);
        const EncodingAdvice advice = EncodingAdvice::check(head, true, Encoding(chosen));
        QCOMPARE(advice.doubtful, doubtful);
        QCOMPARE(advice.suggested ? int(*advice.suggested) : -1, suggested);
        QCOMPARE(advice.reason.isEmpty(), !doubtful);
    }

    void adviceIgnoresACharacterCutByTheHeadsEnd()
    {
        // The first bytes of a file end inside "é": not a reason to doubt UTF-8, unless that is the whole
        // file.
        const QByteArray head = "name\nRen\xC3";
        QVERIFY(!EncodingAdvice::check(head, false, Encoding::Utf8).doubtful);
        QVERIFY(EncodingAdvice::check(head, true, Encoding::Utf8).doubtful);
    }

    void streamsInBoundedMemory_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::newRow("Windows-1252") << int(Encoding::Windows1252);
        QTest::newRow("UTF-16LE") << int(Encoding::Utf16Le);
    }

    // ~10 MB of rows: the reader holds a few chunks at most, whatever the encoding, and its progress ends at
    // the file's size.
    void streamsInBoundedMemory()
    {
        QFETCH(int, encoding);
        const Encoding e = Encoding(encoding);
        const QString path = m_dir.filePath(QStringLiteral("big%1.csv").arg(encoding));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(encoded(QStringLiteral("id,name\n"), e));
            QString chunk;
            for (int i = 0; i < 150000; ++i) {
                chunk += QString::number(i) + QStringLiteral(",\"Müller € %1\"\n").arg(i);
                if (chunk.size() > 1 << 19) {
                    f.write(encoded(chunk, e));
                    chunk.clear();
                }
            }
            f.write(encoded(chunk, e));
        }
        CsvSource source(path, QLatin1Char(','), e);
        QString error;
        QVERIFY(source.open(&error));
        SourceRow row;
        QString last;
        qint64 rows = 0;
        qint64 previous = 0;
        while (source.next(&row)) {
            QVERIFY(!row.isError());
            last = row.cells.value(1);
            ++rows;
            QVERIFY(source.bytesRead() >= previous);
            previous = source.bytesRead();
        }
        QVERIFY(source.errorString().isEmpty());
        QCOMPARE(rows, 150000);
        QCOMPARE(last, QStringLiteral("Müller € 149999"));
        QVERIFY2(source.maxBufferedBytes() <= 5 * CsvSource::ChunkSize,
                 qPrintable(QString::number(source.maxBufferedBytes())));
        QCOMPARE(source.bytesRead(), source.bytesTotal());
    }
};

QTEST_GUILESS_MAIN(tst_CsvEncoding)
#include "tst_csvencoding.moc"
