#pragma once

#include "localorg/data/soqlerror.h"
#include "localorg/data/soslquery.h"

#include <QJsonArray>
#include <QString>

#include <variant>

namespace sfsync::localorg {

class ObjectSchema;
class RecordStore;

// Runs SOSL over a RecordStore. A record matches when some group of the search has all its terms in the
// record's searched fields (and none of its AND NOT terms): a term is found when a field's words hold its
// words in a row, compared case-insensitively, with * for any characters and ? for one. The searched fields
// are the scope's: ALL FIELDS every text, e-mail, phone and URL field, NAME FIELDS the name fields, EMAIL /
// PHONE FIELDS those types. Each RETURNING entry runs as the SOQL statement "SELECT fields FROM object
// tail" over the matching records (so its WHERE, ORDER BY and LIMIT work as in SOQL, and its errors are
// SOQL's); without RETURNING every searchable object that holds records answers with Ids. The result is
// Salesforce's "searchRecords" list: rows with attributes, object by object in RETURNING order, at most
// the statement's LIMIT (2000 without one).
class SoslSearch
{
public:
    static constexpr int MaxRecords = 2000;

    [[nodiscard]] static std::variant<QJsonArray, SoqlError>
    run(const RecordStore &store, const SoslQuery &query, const QString &apiVersion);
};

} // namespace sfsync::localorg
