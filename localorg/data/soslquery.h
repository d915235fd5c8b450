#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sfsync::localorg {

// One SOSL statement as SoslParser reads it:
//   FIND {search} [IN ALL|NAME|EMAIL|PHONE FIELDS]
//     [RETURNING object [(fields [WHERE ...] [ORDER BY ...] [LIMIT n] [OFFSET n])] [, ...]] [LIMIT n]
struct SoslQuery
{
    enum class Scope { AllFields, NameFields, EmailFields, PhoneFields };

    // A word or "a phrase" of the search: its words in order, lower case, with * and ? wildcards kept.
    struct Term
    {
        QStringList words;
        bool negated = false; // AND NOT term
    };
    // The search in disjunctive form: any group matches when all its terms do (OR between groups).
    using Group = QList<Term>;

    // One RETURNING entry; `fields` and `tail` are SOQL text (the select list, and WHERE / ORDER BY /
    // LIMIT / OFFSET as written).
    struct Returning
    {
        QString object;
        QString fields;
        QString tail;
        qsizetype position = 0;
    };

    QString text;
    QList<Group> search;
    Scope scope = Scope::AllFields;
    QList<Returning> returning; // empty: every searchable object, Ids only
    std::optional<qint64> limit;
};

} // namespace sfsync::localorg
