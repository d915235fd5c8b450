#include "core/salesforce/bulk2/bulk2rowresult.h"

#include <QRegularExpression>

namespace sfsync {

SfError Bulk2RowResult::parseError(const QString &sfError)
{
    SfError error;
    error.httpStatus = 400;
    QString text = sfError.trimmed();
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        error.errorCode = text;
        return error;
    }
    error.errorCode = text.left(colon);
    text = text.mid(colon + 1);
    // "<message>:<fields> --": the trailing "--" ends the field list, which itself has no colon.
    if (text.endsWith(QLatin1String("--"))) {
        text.chop(2);
        text = text.trimmed();
        const qsizetype last = text.lastIndexOf(QLatin1Char(':'));
        static const QRegularExpression fieldList(QStringLiteral("^[A-Za-z0-9_.,\\s]*$"));
        if (last >= 0 && fieldList.match(QStringView(text).mid(last + 1)).hasMatch()) {
            const QString fields = text.mid(last + 1).trimmed();
            text.truncate(last);
            for (const QString &f : fields.split(QLatin1Char(','), Qt::SkipEmptyParts))
                error.fields.append(f.trimmed());
        }
    }
    error.message = text;
    return error;
}

} // namespace sfsync
