#include "localorg/data/soslsearch.h"

#include "localorg/data/recordstore.h"
#include "localorg/data/soqlevaluator.h"
#include "localorg/data/soqlparser.h"

#include <QRegularExpression>

namespace sfsync::localorg {

namespace {

bool searched(const FieldSchema &field, SoslQuery::Scope scope)
{
    switch (scope) {
    case SoslQuery::Scope::NameFields:
        return field.json.value(QLatin1String("nameField")).toBool()
            || field.name == QLatin1String("FirstName") || field.name == QLatin1String("LastName");
    case SoslQuery::Scope::EmailFields:
        return field.type == QLatin1String("email");
    case SoslQuery::Scope::PhoneFields:
        return field.type == QLatin1String("phone");
    case SoslQuery::Scope::AllFields:
        break;
    }
    static const QStringList types = {QStringLiteral("string"), QStringLiteral("textarea"),
                                      QStringLiteral("email"), QStringLiteral("phone"),
                                      QStringLiteral("url")};
    return types.contains(field.type);
}

// The search compiled for one object: word patterns per term, the fields to look in.
class Matcher
{
public:
    Matcher(const SoslQuery &query, const ObjectSchema &object)
    {
        for (const FieldSchema &field : object.fields()) {
            if (searched(field, query.scope))
                m_fields.append(field.name);
        }
        for (const SoslQuery::Group &group : query.search) {
            QList<Term> terms;
            for (const SoslQuery::Term &term : group) {
                Term t;
                t.negated = term.negated;
                for (const QString &word : term.words) {
                    QString pattern = QRegularExpression::escape(word);
                    pattern.replace(QStringLiteral("\\*"), QStringLiteral(".*"));
                    pattern.replace(QStringLiteral("\\?"), QStringLiteral("."));
                    t.words.append(QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                                      QRegularExpression::CaseInsensitiveOption));
                }
                terms.append(t);
            }
            m_groups.append(terms);
        }
    }

    [[nodiscard]] bool matches(const QJsonObject &record) const
    {
        static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
        QList<QStringList> values;
        for (const QString &field : m_fields) {
            const QString text = record.value(field).toString();
            if (!text.isEmpty())
                values.append(text.toLower().split(separators, Qt::SkipEmptyParts));
        }
        for (const QList<Term> &group : m_groups) {
            bool all = true;
            for (const Term &term : group) {
                bool found = false;
                for (const QStringList &words : std::as_const(values))
                    found = found || contains(words, term.words);
                if (found == term.negated) {
                    all = false;
                    break;
                }
            }
            if (all)
                return true;
        }
        return false;
    }

private:
    struct Term
    {
        QList<QRegularExpression> words;
        bool negated = false;
    };

    static bool contains(const QStringList &words, const QList<QRegularExpression> &phrase)
    {
        for (qsizetype start = 0; start + phrase.size() <= words.size(); ++start) {
            bool all = true;
            for (qsizetype i = 0; i < phrase.size() && all; ++i)
                all = phrase.at(i).match(words.at(start + i)).hasMatch();
            if (all)
                return true;
        }
        return false;
    }

    QStringList m_fields;
    QList<QList<Term>> m_groups;
};

} // namespace

std::variant<QJsonArray, SoqlError> SoslSearch::run(const RecordStore &store, const SoslQuery &query,
                                                    const QString &apiVersion)
{
    const Catalogue &catalogue = store.catalogue();
    QList<SoslQuery::Returning> returning = query.returning;
    if (returning.isEmpty()) {
        for (const QString &name : catalogue.objectNames()) {
            const ObjectSchema *object = catalogue.object(name);
            if (object->flag(QStringLiteral("searchable")) && store.count(name) > 0)
                returning.append(SoslQuery::Returning {name, QStringLiteral("Id"), QString(), 0});
        }
    }
    const qint64 limit = qMin<qint64>(query.limit.value_or(MaxRecords), MaxRecords);
    QJsonArray records;
    for (const SoslQuery::Returning &entry : std::as_const(returning)) {
        const ObjectSchema *object = catalogue.object(entry.object);
        if (!object || !object->flag(QStringLiteral("searchable"))) {
            return SoqlError::at(query.text, entry.position, QStringLiteral("INVALID_TYPE"),
                                 QStringLiteral("sObject type '%1' is not supported or cannot be searched.")
                                     .arg(entry.object));
        }
        const QString soql =
            QStringLiteral("SELECT %1 FROM %2 %3").arg(entry.fields, object->name(), entry.tail);
        const std::variant<SoqlQuery, SoqlError> parsed = SoqlParser::parse(soql);
        if (const SoqlError *error = std::get_if<SoqlError>(&parsed))
            return *error;
        const Matcher matcher(query, *object);
        const SoqlResult result = SoqlEvaluator(store).run(
            std::get<SoqlQuery>(parsed), apiVersion, false,
            [&matcher](const QJsonObject &record) { return matcher.matches(record); });
        if (!result.ok())
            return *result.error;
        for (const QJsonValue &row : result.records) {
            if (records.size() >= limit)
                return records;
            records.append(row);
        }
    }
    return records;
}

} // namespace sfsync::localorg
