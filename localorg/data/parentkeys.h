#pragma once

#include "localorg/data/recorderror.h"

#include <QJsonObject>
#include <QList>

namespace sfsync::localorg {

class Catalogue;
class ObjectSchema;
class RecordTables;

// A reference set through the parent's key, as Salesforce takes it in a REST body:
// "Account": {"Legacy_Id__c": "A-1"}, or for a polymorphic reference with the parent's type named:
// "Owner": {"attributes": {"type": "User"}, "Email": "x@example.com"}. Replaces each such entry of `fields`
// with the reference field (AccountId) holding the parent's Id. The key must be an External ID or idLookup
// field of the parent and find exactly one (undeleted) record.
class ParentKeys
{
public:
    ParentKeys(const Catalogue &catalogue, const RecordTables &tables);
    [[nodiscard]] QList<RecordError> resolve(const ObjectSchema &object, QJsonObject *fields) const;

private:
    const Catalogue &m_catalogue;
    const RecordTables &m_tables;
};

} // namespace sfsync::localorg
