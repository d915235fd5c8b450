#pragma once

#include "localorg/data/objectschema.h"
#include "localorg/data/soqlerror.h"
#include "localorg/data/soqlquery.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace sfsync::localorg {

class Catalogue;
class RecordStore;

// A SOQL field path resolved against the catalogue: an own field, or a reference field and a field of the
// parent it points to.
struct SoqlFieldPath
{
    const FieldSchema *field = nullptr; // the field whose value is read
    const FieldSchema *reference = nullptr; // set for parent paths (Contact.AccountId for Account.Name)
    const ObjectSchema *parent = nullptr;
    QString canonical; // "Email", "Account.Name"
};

// Resolves the field paths of one statement over one object (the FROM object, or a subquery's child
// object) with Salesforce's errors, and reads their values from stored records.
class SoqlFieldResolver
{
public:
    // `soql` is the statement text, for the located errors.
    SoqlFieldResolver(const RecordStore &store, const ObjectSchema &object, const QString &soql);

    [[nodiscard]] const ObjectSchema &object() const { return *m_object; }
    [[nodiscard]] const RecordStore &store() const { return m_store; }
    [[nodiscard]] const Catalogue &catalogue() const;

    // INVALID_FIELD "No such column ..." or "Didn't understand relationship ...", located.
    bool resolve(const SoqlQuery::FieldRef &ref, SoqlFieldPath *path, std::optional<SoqlError> *error) const;
    // The value of a path in a stored record: the parent's value for parent paths (undefined without one).
    [[nodiscard]] QJsonValue value(const SoqlFieldPath &path, const QJsonObject &record) const;
    // The parent record a parent path goes through; null when unset or deleted.
    [[nodiscard]] const QJsonObject *parentOf(const SoqlFieldPath &path, const QJsonObject &record) const;
    [[nodiscard]] SoqlError fail(qsizetype position, const QString &code, const QString &text) const;

private:
    const RecordStore &m_store;
    const ObjectSchema *m_object;
    const QString &m_soql;
};

} // namespace sfsync::localorg
