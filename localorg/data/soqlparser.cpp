#include "localorg/data/soqlparser.h"

#include <QRegularExpression>

namespace sfsync::localorg {

namespace {

using Kind = SoqlQuery::Value::Kind;
using Op = SoqlQuery::Operator;

struct Token
{
    enum class Type { Identifier, String, Number, Date, DateTime, Symbol, End };
    Type type = Type::End;
    QString text; // identifier / symbol / literal as written; String: the body between the quotes
    qsizetype position = 0;
};

// Splits a statement into tokens. Strings keep their raw body: escapes are checked by the parser, which
// knows whether the literal is a LIKE pattern.
class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    { }

    // False with *error set for an unterminated string or a character SOQL does not know.
    bool tokenize(QList<Token> *tokens, SoqlError *error)
    {
        static const QRegularExpression dateTime(
            QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})"));
        static const QRegularExpression date(QStringLiteral("\\d{4}-\\d{2}-\\d{2}(?![\\w:.-])"));
        static const QRegularExpression number(QStringLiteral("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)(?![\\w.])"));
        static const QRegularExpression identifier(
            QStringLiteral("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*"));
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c.isSpace()) {
                ++i;
                continue;
            }
            if (c == QLatin1Char('\'')) {
                qsizetype j = i + 1;
                while (j < n && m_text.at(j) != QLatin1Char('\'')) {
                    if (m_text.at(j) == QLatin1Char('\\'))
                        ++j; // the escaped character never ends the literal
                    ++j;
                }
                if (j >= n) {
                    *error = SoqlError::at(m_text, i, QStringLiteral("MALFORMED_QUERY"),
                                           QStringLiteral("unterminated string literal"));
                    return false;
                }
                tokens->append(Token {Token::Type::String, m_text.mid(i + 1, j - i - 1), i});
                i = j + 1;
                continue;
            }
            const auto opts = QRegularExpression::AnchorAtOffsetMatchOption;
            if (c.isDigit()
                || ((c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.')) && i + 1 < n
                    && m_text.at(i + 1).isDigit())) {
                QRegularExpressionMatch m = dateTime.match(m_text, i, QRegularExpression::NormalMatch, opts);
                if (m.hasMatch()) {
                    tokens->append(Token {Token::Type::DateTime, m.captured(), i});
                    i += m.capturedLength();
                    continue;
                }
                m = date.match(m_text, i, QRegularExpression::NormalMatch, opts);
                if (m.hasMatch()) {
                    tokens->append(Token {Token::Type::Date, m.captured(), i});
                    i += m.capturedLength();
                    continue;
                }
                m = number.match(m_text, i, QRegularExpression::NormalMatch, opts);
                if (m.hasMatch()) {
                    tokens->append(Token {Token::Type::Number, m.captured(), i});
                    i += m.capturedLength();
                    continue;
                }
            }
            if (c.isLetter() || c == QLatin1Char('_')) {
                const QRegularExpressionMatch m =
                    identifier.match(m_text, i, QRegularExpression::NormalMatch, opts);
                if (m.hasMatch()) {
                    tokens->append(Token {Token::Type::Identifier, m.captured(), i});
                    i += m.capturedLength();
                    continue;
                }
            }
            static const QStringList twoChar = {QStringLiteral("!="), QStringLiteral("<>"),
                                                QStringLiteral("<="), QStringLiteral(">=")};
            const QString two = m_text.mid(i, 2);
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
            *error = SoqlError::at(m_text, i, QStringLiteral("MALFORMED_QUERY"),
                                   QStringLiteral("unexpected token: '%1'").arg(c));
            return false;
        }
        tokens->append(Token {Token::Type::End, QString(), n});
        return true;
    }

private:
    const QString &m_text;
};

class Parser
{
public:
    Parser(const QString &text, QList<Token> tokens)
        : m_text(text)
        , m_tokens(std::move(tokens))
    { }

    std::variant<SoqlQuery, SoqlError> parse()
    {
        SoqlQuery query;
        query.text = m_text;
        if (!expectKeyword("SELECT"))
            return m_error;
        if (isKeyword(peek(), "COUNT") && peek(1).text == QLatin1String("(")) {
            next();
            next();
            if (!expectSymbol(")"))
                return m_error;
            query.countOnly = true;
        } else {
            do {
                const Token t = next();
                if (t.type != Token::Type::Identifier || isReserved(t))
                    return fail(t);
                query.fields.append(SoqlQuery::FieldRef {t.text.split(QLatin1Char('.')), t.position});
            } while (acceptSymbol(","));
        }
        if (!expectKeyword("FROM"))
            return m_error;
        const Token object = next();
        if (object.type != Token::Type::Identifier || object.text.contains(QLatin1Char('.'))
            || isReserved(object))
            return fail(object);
        query.object = object.text;
        query.objectPosition = object.position;

        if (acceptKeyword("WHERE")) {
            SoqlQuery::Condition where;
            if (!parseCondition(&where))
                return m_error;
            query.where = std::move(where);
        }
        if (acceptKeyword("ORDER")) {
            if (!expectKeyword("BY"))
                return m_error;
            do {
                const Token t = next();
                if (t.type != Token::Type::Identifier || isReserved(t))
                    return fail(t);
                SoqlQuery::OrderItem item;
                item.field = SoqlQuery::FieldRef {t.text.split(QLatin1Char('.')), t.position};
                if (acceptKeyword("DESC"))
                    item.descending = true;
                else
                    acceptKeyword("ASC");
                item.nullsLast = item.descending;
                if (acceptKeyword("NULLS")) {
                    if (acceptKeyword("LAST"))
                        item.nullsLast = true;
                    else if (acceptKeyword("FIRST"))
                        item.nullsLast = false;
                    else
                        return fail(peek());
                }
                query.orderBy.append(item);
            } while (acceptSymbol(","));
        }
        if (acceptKeyword("LIMIT")) {
            const Token t = next();
            bool ok = false;
            const qint64 limit = t.text.toLongLong(&ok);
            if (t.type != Token::Type::Number || !ok || limit < 0)
                return fail(t);
            query.limit = limit;
        }
        if (acceptKeyword("OFFSET")) {
            const Token t = next();
            bool ok = false;
            const qint64 offset = t.text.toLongLong(&ok);
            if (t.type != Token::Type::Number || !ok || offset < 0)
                return fail(t);
            query.offset = offset;
            query.offsetPosition = t.position;
        }
        if (peek().type != Token::Type::End)
            return fail(peek());
        return query;
    }

private:
    static bool isKeyword(const Token &t, const char *keyword)
    {
        return t.type == Token::Type::Identifier
            && t.text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
    }

    // Keywords that can never be a field or object name in the positions we parse.
    static bool isReserved(const Token &t)
    {
        static const char *const reserved[] = {"SELECT", "FROM",   "WHERE", "AND",   "OR",
                                               "NOT",    "LIKE",   "IN",    "ORDER", "BY",
                                               "LIMIT",  "OFFSET", "NULL",  "TRUE",  "FALSE"};
        for (const char *word : reserved) {
            if (isKeyword(t, word))
                return true;
        }
        return false;
    }

    const Token &peek(int ahead = 0) const { return m_tokens.at(qMin(m_pos + ahead, m_tokens.size() - 1)); }
    Token next()
    {
        const Token t = peek();
        if (m_pos < m_tokens.size() - 1)
            ++m_pos;
        return t;
    }

    SoqlError fail(const Token &t)
    {
        const QString shown = t.type == Token::Type::End ? QStringLiteral("<EOF>")
            : t.type == Token::Type::String              ? QLatin1Char('\'') + t.text + QLatin1Char('\'')
                                                         : t.text;
        m_error = SoqlError::at(m_text, t.position, QStringLiteral("MALFORMED_QUERY"),
                                QStringLiteral("unexpected token: '%1'").arg(shown));
        return m_error;
    }

    bool acceptKeyword(const char *keyword)
    {
        if (!isKeyword(peek(), keyword))
            return false;
        next();
        return true;
    }
    bool expectKeyword(const char *keyword)
    {
        if (acceptKeyword(keyword))
            return true;
        fail(peek());
        return false;
    }
    bool acceptSymbol(const char *symbol)
    {
        if (peek().type != Token::Type::Symbol || peek().text != QLatin1String(symbol))
            return false;
        next();
        return true;
    }
    bool expectSymbol(const char *symbol)
    {
        if (acceptSymbol(symbol))
            return true;
        fail(peek());
        return false;
    }

    // condition := term ((AND|OR) term)*; AND and OR may not be mixed on one level without parentheses.
    bool parseCondition(SoqlQuery::Condition *out)
    {
        SoqlQuery::Condition first;
        if (!parseTerm(&first))
            return false;
        SoqlQuery::Condition::Kind joiner = SoqlQuery::Condition::Kind::Compare;
        std::vector<SoqlQuery::Condition> terms;
        terms.push_back(std::move(first));
        while (isKeyword(peek(), "AND") || isKeyword(peek(), "OR")) {
            const SoqlQuery::Condition::Kind kind =
                isKeyword(peek(), "AND") ? SoqlQuery::Condition::Kind::And : SoqlQuery::Condition::Kind::Or;
            if (joiner != SoqlQuery::Condition::Kind::Compare && kind != joiner) {
                fail(peek());
                return false;
            }
            joiner = kind;
            next();
            SoqlQuery::Condition term;
            if (!parseTerm(&term))
                return false;
            terms.push_back(std::move(term));
        }
        if (terms.size() == 1) {
            *out = std::move(terms.front());
            return true;
        }
        out->kind = joiner;
        out->position = terms.front().position;
        out->children = std::move(terms);
        return true;
    }

    bool parseTerm(SoqlQuery::Condition *out)
    {
        const Token start = peek();
        if (acceptKeyword("NOT")) {
            SoqlQuery::Condition inner;
            if (!parseTerm(&inner))
                return false;
            out->kind = SoqlQuery::Condition::Kind::Not;
            out->position = start.position;
            out->children.push_back(std::move(inner));
            return true;
        }
        if (acceptSymbol("(")) {
            if (!parseCondition(out))
                return false;
            return expectSymbol(")");
        }
        const Token field = next();
        if (field.type != Token::Type::Identifier || isReserved(field)) {
            fail(field);
            return false;
        }
        out->kind = SoqlQuery::Condition::Kind::Compare;
        out->field = SoqlQuery::FieldRef {field.text.split(QLatin1Char('.')), field.position};
        out->position = field.position;

        const Token op = next();
        bool list = false;
        if (op.type == Token::Type::Symbol) {
            static const QHash<QString, Op> symbols = {
                {QStringLiteral("="), Op::Equal},          {QStringLiteral("!="), Op::NotEqual},
                {QStringLiteral("<>"), Op::NotEqual},      {QStringLiteral("<"), Op::Less},
                {QStringLiteral("<="), Op::LessOrEqual},   {QStringLiteral(">"), Op::Greater},
                {QStringLiteral(">="), Op::GreaterOrEqual}};
            if (!symbols.contains(op.text)) {
                fail(op);
                return false;
            }
            out->op = symbols.value(op.text);
        } else if (isKeyword(op, "LIKE")) {
            out->op = Op::Like;
        } else if (isKeyword(op, "IN")) {
            out->op = Op::In;
            list = true;
        } else if (isKeyword(op, "NOT") && isKeyword(peek(), "IN")) {
            next();
            out->op = Op::NotIn;
            list = true;
        } else {
            fail(op);
            return false;
        }
        if (!list) {
            SoqlQuery::Value value;
            if (!parseValue(out->op == Op::Like, &value))
                return false;
            out->values.append(value);
            return true;
        }
        if (!expectSymbol("("))
            return false;
        do {
            SoqlQuery::Value value;
            if (!parseValue(false, &value))
                return false;
            out->values.append(value);
        } while (acceptSymbol(","));
        return expectSymbol(")");
    }

    bool parseValue(bool like, SoqlQuery::Value *value)
    {
        const Token t = next();
        value->position = t.position;
        value->text = t.text;
        switch (t.type) {
        case Token::Type::String: {
            value->kind = Kind::String;
            QString bad;
            if (!SoqlParser::decodeString(t.text, false, &value->text, &bad) && !like) {
                m_error =
                    SoqlError::at(m_text, t.position, QStringLiteral("MALFORMED_QUERY"),
                                  QStringLiteral("Invalid string literal '%1'. Illegal character sequence "
                                                 "'%2' in string literal.")
                                      .arg(t.text, bad));
                return false;
            }
            if (like && !SoqlParser::decodeString(t.text, true, &value->likePattern, &bad)) {
                m_error =
                    SoqlError::at(m_text, t.position, QStringLiteral("MALFORMED_QUERY"),
                                  QStringLiteral("Invalid string literal '%1'. Illegal character sequence "
                                                 "'%2' in string literal.")
                                      .arg(t.text, bad));
                return false;
            }
            return true;
        }
        case Token::Type::Number:
            value->kind = Kind::Number;
            value->number = t.text.toDouble();
            return true;
        case Token::Type::Date:
            value->kind = Kind::Date;
            return true;
        case Token::Type::DateTime:
            value->kind = Kind::DateTime;
            return true;
        case Token::Type::Identifier:
            if (isKeyword(t, "NULL")) {
                value->kind = Kind::Null;
                return true;
            }
            if (isKeyword(t, "TRUE") || isKeyword(t, "FALSE")) {
                value->kind = Kind::Boolean;
                value->boolean = isKeyword(t, "TRUE");
                return true;
            }
            break;
        default:
            break;
        }
        fail(t);
        return false;
    }

    const QString &m_text;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    SoqlError m_error;
};

} // namespace

std::variant<SoqlQuery, SoqlError> SoqlParser::parse(const QString &soql)
{
    if (soql.size() > MaxQueryLength) {
        return SoqlError {
            QStringLiteral("MALFORMED_QUERY"),
            QStringLiteral("Query is too long: SOQL statements cannot exceed %1 characters (got %2)")
                .arg(MaxQueryLength)
                .arg(soql.size())};
    }
    QList<Token> tokens;
    SoqlError error;
    if (!Lexer(soql).tokenize(&tokens, &error))
        return error;
    return Parser(soql, std::move(tokens)).parse();
}

bool SoqlParser::decodeString(QStringView body, bool like, QString *out, QString *bad)
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
