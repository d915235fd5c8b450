#pragma once

#include <QList>
#include <QString>

namespace sfsync {

// One lookup query produced by LookupQueryBuilder.
struct LookupQuery
{
    QString soql;
    QString path; // for RestClient: "query?q=<percent-encoded soql>"
    int uriBytes = 0; // size of the full GET URI (prefix + path), as sent
    // OR form: per matcher, the indexes of its values in this query. AND form: one list, the row indexes
    // (rows with identical values share one conjunction).
    QList<QList<int>> values;
};

// A value that cannot take part in a lookup (wrong type for the field, empty, too long for one query).
struct LookupInvalidValue
{
    int matcher = -1; // OR form: the matcher; AND form: -1 (the row) or the offending field
    int index = -1; // OR form: value index; AND form: row index
    QString error;
};

} // namespace sfsync
