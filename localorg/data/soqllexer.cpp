#include "localorg/data/soqllexer.h"

#include <QRegularExpression>

namespace sfsync::localorg {

bool SoqlLexer::tokenize(const QString &text, QList<Token> *tokens, SoqlError *error)
{
    static const QRegularExpression dateTime(
        QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})"));
    static const QRegularExpression date(QStringLiteral("\\d{4}-\\d{2}-\\d{2}(?![\\w:.-])"));
    static const QRegularExpression number(QStringLiteral("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)(?![\\w.])"));
    static const QRegularExpression identifier(
        QStringLiteral("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*(:\\d+(?![\\w.]))?"));
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            qsizetype j = i + 1;
            while (j < n && text.at(j) != QLatin1Char('\'')) {
                if (text.at(j) == QLatin1Char('\\'))
                    ++j; // the escaped character never ends the literal
                ++j;
            }
            if (j >= n) {
                *error = SoqlError::at(text, i, QStringLiteral("MALFORMED_QUERY"),
                                       QStringLiteral("unterminated string literal"));
                return false;
            }
            tokens->append(Token {Token::Type::String, text.mid(i + 1, j - i - 1), i});
            i = j + 1;
            continue;
        }
        const auto opts = QRegularExpression::AnchorAtOffsetMatchOption;
        if (c.isDigit()
            || ((c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.')) && i + 1 < n
                && text.at(i + 1).isDigit())) {
            QRegularExpressionMatch m = dateTime.match(text, i, QRegularExpression::NormalMatch, opts);
            if (m.hasMatch()) {
                tokens->append(Token {Token::Type::DateTime, m.captured(), i});
                i += m.capturedLength();
                continue;
            }
            m = date.match(text, i, QRegularExpression::NormalMatch, opts);
            if (m.hasMatch()) {
                tokens->append(Token {Token::Type::Date, m.captured(), i});
                i += m.capturedLength();
                continue;
            }
            m = number.match(text, i, QRegularExpression::NormalMatch, opts);
            if (m.hasMatch()) {
                tokens->append(Token {Token::Type::Number, m.captured(), i});
                i += m.capturedLength();
                continue;
            }
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            const QRegularExpressionMatch m =
                identifier.match(text, i, QRegularExpression::NormalMatch, opts);
            if (m.hasMatch()) {
                tokens->append(Token {Token::Type::Identifier, m.captured(), i});
                i += m.capturedLength();
                continue;
            }
        }
        static const QStringList twoChar = {QStringLiteral("!="), QStringLiteral("<>"), QStringLiteral("<="),
                                            QStringLiteral(">=")};
        const QString two = text.mid(i, 2);
        if (twoChar.contains(two)) {
            tokens->append(Token {Token::Type::Symbol, two, i});
            i += 2;
            continue;
        }
        if (QStringLiteral("(),=<>").contains(c)) {
            tokens->append(Token {Token::Type::Symbol, QString(c), i});
            ++i;
            continue;
        }
        *error = SoqlError::at(text, i, QStringLiteral("MALFORMED_QUERY"),
                               QStringLiteral("unexpected token: '%1'").arg(c));
        return false;
    }
    tokens->append(Token {Token::Type::End, QString(), n});
    return true;
}

} // namespace sfsync::localorg
