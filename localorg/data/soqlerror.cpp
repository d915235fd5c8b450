#include "localorg/data/soqlerror.h"

namespace sfsync::localorg {

SoqlError SoqlError::at(const QString &soql, qsizetype position, const QString &errorCode,
                        const QString &text)
{
    position = qBound(qsizetype(0), position, soql.size());
    const qsizetype lineStart = soql.lastIndexOf(QLatin1Char('\n'), position - 1) + 1;
    qsizetype lineEnd = soql.indexOf(QLatin1Char('\n'), position);
    if (lineEnd < 0)
        lineEnd = soql.size();
    const qsizetype row = soql.left(lineStart).count(QLatin1Char('\n')) + 1;
    const qsizetype column = position - lineStart + 1;
    // Very long rows (100 KB IN lists) are cut to a window around the error, so messages stay readable.
    constexpr qsizetype window = 100;
    qsizetype excerptStart = lineStart;
    qsizetype excerptEnd = lineEnd;
    if (lineEnd - lineStart > 2 * window) {
        excerptStart = qMax(lineStart, position - window);
        excerptEnd = qMin(lineEnd, position + window);
    }
    const QString excerpt = soql.mid(excerptStart, excerptEnd - excerptStart);
    const QString caret = QString(position - excerptStart, QLatin1Char(' ')) + QLatin1Char('^');
    return SoqlError {errorCode,
                      QStringLiteral("\n%1\n%2\nERROR at Row:%3:Column:%4\n%5")
                          .arg(excerpt, caret, QString::number(row), QString::number(column), text)};
}

} // namespace sfsync::localorg
