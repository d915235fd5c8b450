#include "localorg/data/soqlparser.h"

#include "localorg/data/soqldateliteral.h"
#include "localorg/data/soqllexer.h"
#include "localorg/data/soqlstringliteral.h"

#include <QHash>

namespace sfsync::localorg {

namespace {

using Token = SoqlLexer::Token;
using Kind = SoqlQuery::Value::Kind;
using Op = SoqlQuery::Operator;
using Function = SoqlQuery::Aggregate::Function;

std::optional<Function> aggregateFunction(const Token &t)
{
    if (t.type != Token::Type::Identifier)
        return std::nullopt;
    static const QHash<QString, Function> functions = {
        {QStringLiteral("COUNT"), Function::Count},
        {QStringLiteral("COUNT_DISTINCT"), Function::CountDistinct},
        {QStringLiteral("SUM"), Function::Sum},
        {QStringLiteral("MIN"), Function::Min},
        {QStringLiteral("MAX"), Function::Max},
        {QStringLiteral("AVG"), Function::Avg}};
    const auto it = functions.constFind(t.text.toUpper());
    return it == functions.cend() ? std::nullopt : std::optional<Function>(it.value());
}

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
        if (!parseStatement(&query, false))
            return m_error;
        if (peek().type != Token::Type::End)
            return fail(peek());
        return query;
    }

private:
    // One SELECT statement; `inner` for a child subquery, which ends before its closing parenthesis and
    // may not hold another subquery.
    bool parseStatement(SoqlQuery *query, bool inner)
    {
        query->text = m_text;
        if (!expectKeyword("SELECT"))
            return false;
        query->selectPosition = peek().position;
        if (isKeyword(peek(), "COUNT") && peek(1).text == QLatin1String("(")
            && peek(2).text == QLatin1String(")")) {
            next();
            next();
            next();
            query->countOnly = true;
        } else {
            do {
                SoqlQuery::SelectItem item;
                if (!parseSelectItem(&item, inner))
                    return false;
                query->select.append(std::move(item));
            } while (acceptSymbol(","));
        }
        if (!expectKeyword("FROM"))
            return false;
        const Token object = next();
        if (object.type != Token::Type::Identifier || object.text.contains(QLatin1Char('.'))
            || object.text.contains(QLatin1Char(':')) || isReserved(object)) {
            fail(object);
            return false;
        }
        query->object = object.text;
        query->objectPosition = object.position;

        if (acceptKeyword("WHERE")) {
            SoqlQuery::Condition where;
            if (!parseCondition(&where, false))
                return false;
            query->where = std::move(where);
        }
        if (!inner && isKeyword(peek(), "GROUP")) {
            next();
            if (!expectKeyword("BY"))
                return false;
            do {
                SoqlQuery::FieldRef field;
                if (!parseFieldRef(&field))
                    return false;
                query->groupBy.append(field);
            } while (acceptSymbol(","));
            if (acceptKeyword("HAVING")) {
                SoqlQuery::Condition having;
                if (!parseCondition(&having, true))
                    return false;
                query->having = std::move(having);
            }
        }
        if (acceptKeyword("ORDER")) {
            if (!expectKeyword("BY"))
                return false;
            do {
                SoqlQuery::OrderItem item;
                if (aggregateFunction(peek()) && peek(1).text == QLatin1String("(")) {
                    SoqlQuery::Aggregate aggregate;
                    if (!parseAggregate(&aggregate))
                        return false;
                    item.field = aggregate.field;
                    item.aggregate = aggregate;
                } else if (!parseFieldRef(&item.field)) {
                    return false;
                }
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
                        return failed(peek());
                }
                query->orderBy.append(item);
            } while (acceptSymbol(","));
        }
        if (acceptKeyword("LIMIT")) {
            const Token t = next();
            bool ok = false;
            const qint64 limit = t.text.toLongLong(&ok);
            if (t.type != Token::Type::Number || !ok || limit < 0)
                return failed(t);
            query->limit = limit;
        }
        if (acceptKeyword("OFFSET")) {
            const Token t = next();
            bool ok = false;
            const qint64 offset = t.text.toLongLong(&ok);
            if (t.type != Token::Type::Number || !ok || offset < 0)
                return failed(t);
            query->offset = offset;
            query->offsetPosition = t.position;
        }
        return true;
    }

    bool parseSelectItem(SoqlQuery::SelectItem *item, bool inner)
    {
        item->position = peek().position;
        if (peek().type == Token::Type::Symbol && peek().text == QLatin1String("(")) {
            // A child relationship subquery; one level only, as in Salesforce.
            if (inner || !isKeyword(peek(1), "SELECT"))
                return failed(inner ? peek() : peek(1));
            next();
            auto subquery = std::make_shared<SoqlQuery>();
            if (!parseStatement(subquery.get(), true))
                return false;
            if (!expectSymbol(")"))
                return false;
            item->kind = SoqlQuery::SelectItem::Kind::Subquery;
            item->subquery = std::move(subquery);
            return true;
        }
        if (aggregateFunction(peek()) && peek(1).text == QLatin1String("(")) {
            item->kind = SoqlQuery::SelectItem::Kind::Aggregate;
            if (!parseAggregate(&item->aggregate))
                return false;
        } else if (!parseFieldRef(&item->field)) {
            return false;
        }
        // An alias: a plain name right after the field or function ("COUNT(Id) total").
        if (peek().type == Token::Type::Identifier && !isReserved(peek())) {
            const Token alias = next();
            if (alias.text.contains(QLatin1Char('.')) || alias.text.contains(QLatin1Char(':')))
                return failed(alias);
            item->alias = alias.text;
            item->aliasPosition = alias.position;
        }
        return true;
    }

    bool parseFieldRef(SoqlQuery::FieldRef *field)
    {
        const Token t = next();
        if (t.type != Token::Type::Identifier || isReserved(t) || t.text.contains(QLatin1Char(':')))
            return failed(t);
        *field = SoqlQuery::FieldRef {t.text.split(QLatin1Char('.')), t.position};
        return true;
    }

    // FUNCTION ( field ): the caller has checked the name and the parenthesis.
    bool parseAggregate(SoqlQuery::Aggregate *aggregate)
    {
        const Token name = next();
        aggregate->function = *aggregateFunction(name);
        aggregate->position = name.position;
        next(); // (
        if (peek().text == QLatin1String(")")) {
            // COUNT() stands alone; anywhere else the empty call is a syntax error.
            return failed(peek());
        }
        if (!parseFieldRef(&aggregate->field))
            return false;
        const Token close = peek();
        if (!expectSymbol(")"))
            return false;
        aggregate->text = m_text.mid(name.position, close.position + 1 - name.position);
        return true;
    }

    static bool isKeyword(const Token &t, const char *keyword)
    {
        return t.type == Token::Type::Identifier
            && t.text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
    }

    // Salesforce's reserved words (plus OFFSET), which can never be a field, object or alias name.
    static bool isReserved(const Token &t)
    {
        static const char *const reserved[] = {
            "AND",      "ASC",  "DESC",  "EXCLUDES", "FIRST", "FROM",  "GROUP", "HAVING", "IN",
            "INCLUDES", "LAST", "LIKE",  "LIMIT",    "NOT",   "NULL",  "NULLS", "OR",     "SELECT",
            "WHERE",    "WITH", "ORDER", "OFFSET",   "TRUE",  "FALSE", "BY",    "USING",  "FOR"};
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
    bool failed(const Token &t)
    {
        fail(t);
        return false;
    }
    bool failAt(qsizetype position, const QString &message)
    {
        m_error = SoqlError::at(m_text, position, QStringLiteral("MALFORMED_QUERY"), message);
        return false;
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
        return failed(peek());
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
        return failed(peek());
    }

    // condition := term ((AND|OR) term)*; AND and OR may not be mixed on one level without parentheses.
    bool parseCondition(SoqlQuery::Condition *out, bool having)
    {
        SoqlQuery::Condition first;
        if (!parseTerm(&first, having))
            return false;
        SoqlQuery::Condition::Kind joiner = SoqlQuery::Condition::Kind::Compare;
        std::vector<SoqlQuery::Condition> terms;
        terms.push_back(std::move(first));
        while (isKeyword(peek(), "AND") || isKeyword(peek(), "OR")) {
            const SoqlQuery::Condition::Kind kind =
                isKeyword(peek(), "AND") ? SoqlQuery::Condition::Kind::And : SoqlQuery::Condition::Kind::Or;
            if (joiner != SoqlQuery::Condition::Kind::Compare && kind != joiner)
                return failed(peek());
            joiner = kind;
            next();
            SoqlQuery::Condition term;
            if (!parseTerm(&term, having))
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

    bool parseTerm(SoqlQuery::Condition *out, bool having)
    {
        const Token start = peek();
        // Deep nesting ends here, before the recursion could exhaust the stack.
        if (m_depth >= MaxNesting)
            return failAt(start.position, QStringLiteral("Conditions are nested too deeply"));
        const DepthGuard guard(&m_depth);
        if (acceptKeyword("NOT")) {
            SoqlQuery::Condition inner;
            if (!parseTerm(&inner, having))
                return false;
            out->kind = SoqlQuery::Condition::Kind::Not;
            out->position = start.position;
            out->children.push_back(std::move(inner));
            return true;
        }
        if (acceptSymbol("(")) {
            if (!parseCondition(out, having))
                return false;
            return expectSymbol(")");
        }
        out->kind = SoqlQuery::Condition::Kind::Compare;
        out->position = start.position;
        if (aggregateFunction(start) && peek(1).text == QLatin1String("(")) {
            if (!having)
                return failAt(start.position,
                              QStringLiteral("Aggregate functions are not allowed in the WHERE "
                                             "clause; filter on them with HAVING"));
            SoqlQuery::Aggregate aggregate;
            if (!parseAggregate(&aggregate))
                return false;
            out->field = aggregate.field;
            out->aggregate = aggregate;
        } else if (!parseFieldRef(&out->field)) {
            return false;
        }

        const Token op = next();
        bool list = false;
        if (op.type == Token::Type::Symbol) {
            static const QHash<QString, Op> symbols = {
                {QStringLiteral("="), Op::Equal},          {QStringLiteral("!="), Op::NotEqual},
                {QStringLiteral("<>"), Op::NotEqual},      {QStringLiteral("<"), Op::Less},
                {QStringLiteral("<="), Op::LessOrEqual},   {QStringLiteral(">"), Op::Greater},
                {QStringLiteral(">="), Op::GreaterOrEqual}};
            if (!symbols.contains(op.text))
                return failed(op);
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
            return failed(op);
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

    bool invalidString(const Token &t, const QString &bad)
    {
        m_error = SoqlError::at(m_text, t.position, QStringLiteral("MALFORMED_QUERY"),
                                QStringLiteral("Invalid string literal '%1'. Illegal character sequence "
                                               "'%2' in string literal.")
                                    .arg(t.text, bad));
        return false;
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
            if (!SoqlStringLiteral::decode(t.text, false, &value->text, &bad) && !like)
                return invalidString(t, bad);
            if (like && !SoqlStringLiteral::decode(t.text, true, &value->likePattern, &bad))
                return invalidString(t, bad);
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
            return parseDateLiteral(t, value);
        default:
            break;
        }
        return failed(t);
    }

    bool parseDateLiteral(const Token &t, SoqlQuery::Value *value)
    {
        const qsizetype colon = t.text.indexOf(QLatin1Char(':'));
        const QString name = (colon < 0 ? t.text : t.text.left(colon)).toUpper();
        bool takesN = false;
        if (name.contains(QLatin1Char('.')) || !SoqlDateLiteral::isKnown(name, &takesN))
            return failed(t);
        if (takesN != (colon >= 0)) {
            return failAt(t.position,
                          takesN ? QStringLiteral("Date literal %1 needs a number: %1:n").arg(name)
                                 : QStringLiteral("Date literal %1 takes no number").arg(name));
        }
        int n = 0;
        if (takesN) {
            bool ok = false;
            n = t.text.mid(colon + 1).toInt(&ok);
            if (!ok || n > SoqlDateLiteral::MaxN)
                return failAt(t.position + colon + 1,
                              QStringLiteral("The number of a date literal must be between 0 and %1")
                                  .arg(SoqlDateLiteral::MaxN));
        }
        value->kind = Kind::DateLiteral;
        value->dateLiteral = name;
        value->dateLiteralN = n;
        return true;
    }

    static constexpr int MaxNesting = 200;
    struct DepthGuard
    {
        explicit DepthGuard(int *depth)
            : m_depth(depth)
        {
            ++*m_depth;
        }
        ~DepthGuard() { --*m_depth; }
        DepthGuard(const DepthGuard &) = delete;
        DepthGuard &operator=(const DepthGuard &) = delete;
        int *m_depth;
    };

    const QString &m_text;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    int m_depth = 0;
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
    if (!SoqlLexer::tokenize(soql, &tokens, &error))
        return error;
    return Parser(soql, std::move(tokens)).parse();
}

bool SoqlParser::decodeString(QStringView body, bool like, QString *out, QString *bad)
{
    return SoqlStringLiteral::decode(body, like, out, bad);
}

} // namespace sfsync::localorg
