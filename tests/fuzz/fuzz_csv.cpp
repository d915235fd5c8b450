#include "core/source/csvsource.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

// The CSV reader on arbitrary bytes: it must never crash, hang or read out of bounds, every row it returns
// is numbered in sequence, a row it calls good has exactly as many cells as the header, and its progress
// ends at the file's size.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("input.csv"));
    if (size == 0)
        return 0;
    // The first byte picks the delimiter (',' unless it is one of ";\t|"), so every delimiter gets explored;
    // 0x10 to 0x19 pick an encoding instead (with ','), so every decoder gets explored too.
    const char first = char(data[0]);
    const char delimiter = first == ';' || first == '\t' || first == '|' ? first : ',';
    const QList<sfsync::SourceConfig::Encoding> encodings = sfsync::SourceConfig::encodings();
    const int encodingIndex = first - 0x10;
    const sfsync::SourceConfig::Encoding encoding = encodingIndex >= 0 && encodingIndex < encodings.size()
        ? encodings.at(encodingIndex)
        : sfsync::SourceConfig::Encoding::Utf8;
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(reinterpret_cast<const char *>(data + 1), qint64(size - 1));
    }
    sfsync::CsvSource source(path, QLatin1Char(delimiter), encoding);
    QString error;
    if (!source.open(&error))
        return 0;
    const qsizetype columns = source.header().size();
    sfsync::SourceRow row;
    qint64 expected = 1;
    while (source.next(&row)) {
        if (row.number != expected++)
            std::abort();
        if (!row.isError() && row.cells.size() != columns)
            std::abort();
    }
    if (source.errorString().isEmpty() && source.bytesRead() != source.bytesTotal())
        std::abort();
    return 0;
}
