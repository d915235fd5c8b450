#pragma once

#include "core/salesforce/metadata/fieldinfo.h"
#include "core/salesforce/soql/lookupquery.h"
#include "core/salesforce/soql/soql.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sfsync {

// Builds the batched lookup queries for record matchers, split into as few queries as possible so that each
// GET URI stays under a byte budget (Soql::TargetUriBytes by default, never over Soql::MaxUriBytes) and each
// statement under Soql::MaxQueryLength. Literals come only from Soql::literal, typed by the field's describe.
//
//   OR across matchers:  SELECT Id, A, B FROM Obj WHERE A IN ('x','y') OR B IN (1,2)
//   AND per row:         SELECT Id, A, B FROM Obj WHERE (A = 'x' AND B = 1) OR (A = 'y' AND B = 2)
class LookupQueryBuilder
{
public:
    struct Matcher
    {
        FieldInfo field;
        QVariantList values;
    };

    struct Result
    {
        QList<LookupQuery> queries;
        QList<LookupInvalidValue> invalid;
        QString error; // the whole lookup is impossible (bad object or field name); nothing built
    };

    // `uriPrefix` is everything before "query?q=" as sent: e.g.
    // "https://x.my.salesforce.com/services/data/v62.0/".
    LookupQueryBuilder(const QString &objectName, const QStringList &selectFields, const QString &uriPrefix);

    void setMaxUriBytes(int bytes) { m_maxUriBytes = qMin(bytes, Soql::MaxUriBytes); }
    [[nodiscard]] int maxUriBytes() const { return m_maxUriBytes; }
    void setMaxQueryLength(int chars) { m_maxQueryLength = qMin(chars, Soql::MaxQueryLength); }
    // A condition every query also requires, ANDed to the lookup terms: "(condition) AND (terms)". Its
    // literals must come from Soql::literal like any other (e.g. "CreatedDate >= 2026-12-03T06:12:16Z").
    void setCondition(const QString &condition) { m_condition = condition; }

    // Any matcher's value matches (values deduplicated per matcher).
    [[nodiscard]] Result buildOr(const QList<Matcher> &matchers) const;
    // All fields of a row match; `rows[i]` holds one value per field, in `fields` order.
    [[nodiscard]] Result buildAnd(const QList<FieldInfo> &fields, const QList<QVariantList> &rows) const;

    // Why `value` cannot look a record up by `field` (empty, or no valid SOQL literal of the field's type);
    // empty when it can. The same check the builders apply, for lookups answered without a query.
    [[nodiscard]] static QString invalidValue(const FieldInfo &field, const QVariant &value);

private:
    [[nodiscard]] QString selectPrefix(const QList<FieldInfo> &fields, QString *error) const;
    [[nodiscard]] QString whereSuffix() const
    {
        return m_condition.isEmpty() ? QString() : QStringLiteral(")");
    }
    [[nodiscard]] LookupQuery finish(const QString &soql) const;

    QString m_objectName;
    QStringList m_selectFields;
    QString m_uriPrefix;
    QString m_condition;
    int m_maxUriBytes = Soql::TargetUriBytes;
    int m_maxQueryLength = Soql::MaxQueryLength;
};

} // namespace sfsync
