#include "tests/testsupport/csvfiles.h"

#include <QFile>

namespace sfsync::test {

QByteArray csvField(const QString &value)
{
    QByteArray v = value.toUtf8();
    if (v.contains(',') || v.contains('"') || v.contains('\n') || v.contains('\r')) {
        v.replace("\"", "\"\"");
        return '"' + v + '"';
    }
    return v;
}

QByteArray csvLine(const QStringList &cells)
{
    QByteArray out;
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            out += ',';
        out += csvField(cells.at(i));
    }
    return out + '\n';
}

QList<QStringList> readCsv(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return {};
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool rowHasContent = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            rowHasContent = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
            rowHasContent = true;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            rowHasContent = false;
        } else {
            cell += c;
            rowHasContent = true;
        }
    }
    if (rowHasContent) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

} // namespace sfsync::test
