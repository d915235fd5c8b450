#include "localorg/data/soqlstringliteral.h"

#include <QRegularExpression>

namespace sfsync::localorg {

bool SoqlStringLiteral::decode(QStringView body, bool like, QString *out, QString *bad)
{
    QString result;
    result.reserve(body.size() * (like ? 2 : 1));
    auto literal = [&](QChar c) {
        if (!like)
            result += c;
        else if (c.isNull())
            // QRegularExpression::escape() writes NUL as backslash-zero, which following digits turn into an
            // octal escape (NUL then "02" would read as U+0002): a LIKE pattern would match the wrong text.
            result += QStringLiteral("\\x{0}");
        else if (c.isSurrogate())
            // Escaped one UTF-16 unit at a time, a character beyond U+FFFF would get a backslash between its
            // two halves (an invalid pattern); halves are never pattern syntax, so they go in as they are.
            result += c;
        else
            result += QRegularExpression::escape(QString(c));
    };
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c != QLatin1Char('\\')) {
            if (like && c == QLatin1Char('%'))
                result += QStringLiteral(".*");
            else if (like && c == QLatin1Char('_'))
                result += QLatin1Char('.');
            else
                literal(c);
            continue;
        }
        if (i + 1 >= body.size()) {
            if (bad)
                *bad = QStringLiteral("\\");
            return false;
        }
        const QChar e = body.at(++i);
        switch (e.unicode()) {
        case 'n':
        case 'N':
            literal(QLatin1Char('\n'));
            break;
        case 'r':
        case 'R':
            literal(QLatin1Char('\r'));
            break;
        case 't':
        case 'T':
            literal(QLatin1Char('\t'));
            break;
        case 'b':
        case 'B':
            literal(QChar(0x08));
            break;
        case 'f':
        case 'F':
            literal(QChar(0x0C));
            break;
        case '"':
        case '\'':
        case '\\':
            literal(e);
            break;
        case '_':
        case '%':
            if (!like) {
                if (bad)
                    *bad = QStringLiteral("\\") + e;
                return false;
            }
            literal(e);
            break;
        case 'u': {
            const QStringView hex = body.mid(i + 1, 4);
            bool ok = hex.size() == 4;
            for (QChar h : hex)
                ok = ok && (h.isDigit() || QStringLiteral("abcdefABCDEF").contains(h));
            const uint code = ok ? hex.toUInt(&ok, 16) : 0;
            if (!ok) {
                if (bad)
                    *bad = QStringLiteral("\\u") + body.mid(i + 1, 4).toString();
                return false;
            }
            literal(QChar(char16_t(code)));
            i += 4;
            break;
        }
        default:
            if (bad)
                *bad = QStringLiteral("\\") + e;
            return false;
        }
    }
    if (like)
        result = QStringLiteral("^(?:") + result + QStringLiteral(")$");
    *out = result;
    return true;
}

} // namespace sfsync::localorg
