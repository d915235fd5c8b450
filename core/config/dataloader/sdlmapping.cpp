#include "core/config/dataloader/sdlmapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace sfsync {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::SdlMapping)
};

// The logical lines of a properties file (continuations joined), each with the number of its first line.
QList<QPair<int, QString>> logicalLines(const QString &text)
{
    QList<QPair<int, QString>> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString pending;
    int start = 0;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (pending.isEmpty()) {
            start = i + 1;
            line = line.trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char('!')))
                continue;
        } else {
            line = line.trimmed(); // a continuation's leading blanks are not part of the value
        }
        // An odd number of trailing backslashes continues the line.
        int slashes = 0;
        while (slashes < line.size() && line.at(line.size() - 1 - slashes) == QLatin1Char('\\'))
            ++slashes;
        if (slashes % 2 == 1) {
            pending += line.left(line.size() - 1);
            continue;
        }
        out.append({start, pending + line});
        pending.clear();
    }
    if (!pending.isEmpty())
        out.append({start, pending});
    return out;
}

// raw[from, to) with its properties escapes undone; *ok false for a broken \uXXXX.
QString unescape(const QString &raw, int from, int to, bool *ok)
{
    QString out;
    *ok = true;
    for (int i = from; i < to; ++i) {
        const QChar c = raw.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= to) {
            out.append(c);
            continue;
        }
        const QChar n = raw.at(++i);
        switch (n.unicode()) {
        case 't':
            out.append(QLatin1Char('\t'));
            break;
        case 'n':
            out.append(QLatin1Char('\n'));
            break;
        case 'r':
            out.append(QLatin1Char('\r'));
            break;
        case 'f':
            out.append(QLatin1Char('\f'));
            break;
        case 'u': {
            bool hex = false;
            const uint code = i + 4 < to ? raw.mid(i + 1, 4).toUInt(&hex, 16) : 0;
            if (!hex) {
                *ok = false;
                return out;
            }
            out.append(QChar(char16_t(code)));
            i += 4;
            break;
        }
        default:
            out.append(n); // \: \= \\ \# \! and any other character stand for themselves
        }
    }
    return out;
}

// The index of the first unescaped '=' (-1: none). Only '=' separates: Data Loader always writes it, and
// a ':' is part of a lookup (Account:Legacy_Id__c), escaped or not.
int separatorOf(const QString &line)
{
    for (int i = 0; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char('\\'))
            ++i;
        else if (line.at(i) == QLatin1Char('='))
            return i;
    }
    return -1;
}

} // namespace

QString SdlMapping::fieldName(const QString &dataLoaderField)
{
    const QString f = dataLoaderField.trimmed();
    const int colon = f.indexOf(QLatin1Char(':'));
    // "Relationship:KeyField": Data Loader's lookup by the parent's key. With a '.', it already is the
    // Bulk API's (and sfsync's) "Object:Relationship.KeyField".
    if (colon > 0 && !f.contains(QLatin1Char('.')) && f.indexOf(QLatin1Char(':'), colon + 1) < 0)
        return f.left(colon) + QLatin1Char('.') + f.mid(colon + 1);
    return f;
}

SdlMapping SdlMapping::parse(const QByteArray &content, const QString &fileName, ConfigIssues *issues)
{
    SdlMapping mapping;
    // Data Loader writes ISO 8859-1 with \u escapes; a UTF-8 file (hand-written) reads as UTF-8.
    QString text = QString::fromUtf8(content);
    if (text.contains(QChar::ReplacementCharacter))
        text = QString::fromLatin1(content);
    for (const auto &[number, line] : logicalLines(text)) {
        const QString where = Text::tr("%1 line %2").arg(fileName).arg(number);
        const int separator = separatorOf(line);
        if (separator < 0) {
            issues->append(
                {where, Text::tr("\"%1\" is not a mapping: write SourceColumn=SalesforceField").arg(line)});
            continue;
        }
        bool okLeft = true;
        bool okRight = true;
        const QString left = unescape(line, 0, separator, &okLeft).trimmed();
        const QString right = unescape(line, separator + 1, int(line.size()), &okRight).trimmed();
        if (!okLeft || !okRight) {
            issues->append({where, Text::tr("a \\u escape needs four hexadecimal digits")});
            continue;
        }
        if (left.isEmpty() || right.isEmpty()) {
            mapping.notes.append({where, line,
                                  left.isEmpty() ? Text::tr("no source column: skipped")
                                                 : Text::tr("%1 is mapped to no field: skipped").arg(left)});
            continue;
        }
        // A quoted left side is a constant value.
        const bool constant =
            left.size() >= 2 && left.startsWith(QLatin1Char('"')) && left.endsWith(QLatin1Char('"'));
        for (const QString &part : right.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            FieldMapping fm;
            fm.field = fieldName(part);
            if (fm.field.isEmpty())
                continue;
            if (constant) {
                fm.value = left.mid(1, left.size() - 2);
                fm.hasValue = true;
            } else {
                fm.column = left;
            }
            mapping.fields.append(fm);
        }
    }
    return mapping;
}

SdlMapping SdlMapping::load(const QString &path, ConfigIssues *issues)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        issues->append({path, Text::tr("cannot read the mapping file: %1").arg(file.errorString())});
        return {};
    }
    if (file.size() > 4 * 1024 * 1024) {
        issues->append({path, Text::tr("too large to be a Data Loader mapping file")});
        return {};
    }
    return parse(file.readAll(), QFileInfo(path).fileName(), issues);
}

QString SdlMapping::columnFor(const QString &field) const
{
    for (const FieldMapping &fm : fields) {
        if (!fm.hasValue && fm.field.compare(field, Qt::CaseInsensitive) == 0)
            return fm.column;
    }
    return {};
}

} // namespace sfsync
