#include "localorg/data/soslparser.h"

#include <QRegularExpression>

namespace sfsync::localorg {

namespace {

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    { }

    std::variant<SoslQuery, SoqlError> parse()
    {
        SoslQuery query;
        query.text = m_text;
        if (!expectKeyword("FIND"))
            return m_error;
        skipSpace();
        if (m_pos >= m_text.size() || m_text.at(m_pos) != QLatin1Char('{'))
            return fail(m_pos, QStringLiteral("MALFORMED_SEARCH"),
                        QStringLiteral("No search term found. The search term must be enclosed in braces."));
        const qsizetype open = m_pos++;
        QString search;
        while (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char('}')) {
            if (m_text.at(m_pos) == QLatin1Char('\\') && m_pos + 1 < m_text.size()) {
                // An escaped reserved character is plain text, which the word split treats like any
                // punctuation: a separator inside the term ("O\'Brien" is the phrase "o brien").
                search += QChar(0x1f);
                m_pos += 2;
                continue;
            }
            search += m_text.at(m_pos++);
        }
        if (m_pos >= m_text.size())
            return fail(open, QStringLiteral("MALFORMED_SEARCH"),
                        QStringLiteral("The search term must be enclosed in braces: no closing brace."));
        ++m_pos;
        if (!parseSearch(search, open + 1, &query.search))
            return m_error;

        while (true) {
            skipSpace();
            if (m_pos >= m_text.size())
                break;
            const qsizetype at = m_pos;
            const QString word = nextWord().toUpper();
            if (word == QLatin1String("IN")) {
                skipSpace();
                const qsizetype scopeAt = m_pos;
                const QString scope = nextWord().toUpper();
                if (scope == QLatin1String("ALL"))
                    query.scope = SoslQuery::Scope::AllFields;
                else if (scope == QLatin1String("NAME"))
                    query.scope = SoslQuery::Scope::NameFields;
                else if (scope == QLatin1String("EMAIL"))
                    query.scope = SoslQuery::Scope::EmailFields;
                else if (scope == QLatin1String("PHONE"))
                    query.scope = SoslQuery::Scope::PhoneFields;
                else
                    return unexpected(scopeAt);
                if (!expectKeyword("FIELDS"))
                    return m_error;
            } else if (word == QLatin1String("RETURNING")) {
                if (!parseReturning(&query.returning))
                    return m_error;
            } else if (word == QLatin1String("LIMIT")) {
                skipSpace();
                const qsizetype numberAt = m_pos;
                bool ok = false;
                const qint64 limit = nextWord().toLongLong(&ok);
                if (!ok || limit < 0)
                    return unexpected(numberAt);
                query.limit = limit;
            } else {
                return unexpected(at);
            }
        }
        return query;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    // A name, a number, or a single other character.
    QString nextWord()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()
               && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_')))
            ++m_pos;
        if (m_pos == start && m_pos < m_text.size())
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    SoqlError fail(qsizetype position, const QString &code, const QString &message)
    {
        m_error = SoqlError::at(m_text, position, code, message);
        return m_error;
    }

    SoqlError unexpected(qsizetype position)
    {
        m_pos = position;
        const QString token = nextWord();
        return fail(
            position, QStringLiteral("MALFORMED_SEARCH"),
            QStringLiteral("unexpected token: '%1'").arg(token.isEmpty() ? QStringLiteral("<EOF>") : token));
    }

    bool expectKeyword(const char *keyword)
    {
        skipSpace();
        const qsizetype at = m_pos;
        if (nextWord().compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0)
            return true;
        unexpected(at);
        return false;
    }

    bool parseSearch(const QString &search, qsizetype offset, QList<SoslQuery::Group> *groups)
    {
        static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}*?]+"));
        groups->append(SoslQuery::Group());
        bool negate = false;
        qsizetype i = 0;
        while (i < search.size()) {
            if (search.at(i).isSpace()) {
                ++i;
                continue;
            }
            const qsizetype start = i;
            QString raw;
            bool phrase = false;
            if (search.at(i) == QLatin1Char('"')) {
                phrase = true;
                const qsizetype end = search.indexOf(QLatin1Char('"'), i + 1);
                raw = search.mid(i + 1, end < 0 ? -1 : end - i - 1);
                i = end < 0 ? search.size() : end + 1;
            } else {
                while (i < search.size() && !search.at(i).isSpace() && search.at(i) != QLatin1Char('"'))
                    raw += search.at(i++);
            }
            const QString upper = raw.toUpper();
            if (!phrase && upper == QLatin1String("OR")) {
                groups->append(SoslQuery::Group());
                negate = false;
                continue;
            }
            if (!phrase && upper == QLatin1String("AND"))
                continue;
            if (!phrase && upper == QLatin1String("NOT")) {
                negate = true;
                continue;
            }
            if (!phrase && (raw.contains(QLatin1Char('(')) || raw.contains(QLatin1Char(')')))) {
                fail(offset + start, QStringLiteral("MALFORMED_SEARCH"),
                     QStringLiteral("Parentheses in the search are not supported by the local org"));
                return false;
            }
            SoslQuery::Term term;
            term.words = raw.toLower().split(separators, Qt::SkipEmptyParts);
            term.negated = negate;
            negate = false;
            QString letters = term.words.join(QString());
            letters.remove(QLatin1Char('*')).remove(QLatin1Char('?'));
            if (letters.size() < 2) {
                fail(offset + start, QStringLiteral("INVALID_SEARCH"),
                     QStringLiteral("search term must be longer than one character"));
                return false;
            }
            groups->last().append(term);
        }
        for (const SoslQuery::Group &group : std::as_const(*groups)) {
            if (group.isEmpty()) {
                fail(offset, QStringLiteral("INVALID_SEARCH"),
                     QStringLiteral("search term must be longer than one character"));
                return false;
            }
        }
        return true;
    }

    bool parseReturning(QList<SoslQuery::Returning> *out)
    {
        do {
            skipSpace();
            SoslQuery::Returning entry;
            entry.position = m_pos;
            entry.object = nextWord();
            if (entry.object.isEmpty() || !entry.object.at(0).isLetter()) {
                unexpected(entry.position);
                return false;
            }
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('(')) {
                const qsizetype open = m_pos;
                const qsizetype close = closingParenthesis(open);
                if (close < 0) {
                    fail(open, QStringLiteral("MALFORMED_SEARCH"),
                         QStringLiteral("unexpected token: '<EOF>': the RETURNING clause has no closing "
                                        "parenthesis"));
                    return false;
                }
                splitClause(m_text.mid(open + 1, close - open - 1), &entry);
                m_pos = close + 1;
            } else {
                entry.fields = QStringLiteral("Id");
            }
            out->append(entry);
            skipSpace();
        } while (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char(',') && ++m_pos);
        return true;
    }

    // The parenthesis that closes the one at `open`, outside quoted literals; -1 when none does.
    qsizetype closingParenthesis(qsizetype open) const
    {
        int depth = 0;
        bool quoted = false;
        for (qsizetype i = open; i < m_text.size(); ++i) {
            const QChar c = m_text.at(i);
            if (quoted) {
                if (c == QLatin1Char('\\'))
                    ++i;
                else if (c == QLatin1Char('\''))
                    quoted = false;
            } else if (c == QLatin1Char('\'')) {
                quoted = true;
            } else if (c == QLatin1Char('(')) {
                ++depth;
            } else if (c == QLatin1Char(')') && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    // "Name, Phone WHERE ... LIMIT 5" -> fields "Name, Phone", tail "WHERE ... LIMIT 5".
    static void splitClause(const QString &clause, SoslQuery::Returning *entry)
    {
        static const QRegularExpression keyword(QStringLiteral("\\b(WHERE|ORDER\\s+BY|LIMIT|OFFSET)\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
        qsizetype split = clause.size();
        bool quoted = false;
        for (qsizetype i = 0; i < clause.size(); ++i) {
            if (clause.at(i) == QLatin1Char('\'') && (i == 0 || clause.at(i - 1) != QLatin1Char('\\')))
                quoted = !quoted;
            if (!quoted
                && keyword
                       .match(clause, i, QRegularExpression::NormalMatch,
                              QRegularExpression::AnchorAtOffsetMatchOption)
                       .hasMatch()) {
                split = i;
                break;
            }
        }
        entry->fields = clause.left(split).trimmed();
        entry->tail = clause.mid(split).trimmed();
        if (entry->fields.isEmpty())
            entry->fields = QStringLiteral("Id");
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    SoqlError m_error;
};

} // namespace

std::variant<SoslQuery, SoqlError> SoslParser::parse(const QString &sosl)
{
    return Parser(sosl).parse();
}

} // namespace sfsync::localorg
