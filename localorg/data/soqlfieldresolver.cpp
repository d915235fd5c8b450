#include "localorg/data/soqlfieldresolver.h"

#include "localorg/data/recordstore.h"

namespace sfsync::localorg {

SoqlFieldResolver::SoqlFieldResolver(const RecordStore &store, const ObjectSchema &object,
                                     const QString &soql)
    : m_store(store)
    , m_object(&object)
    , m_soql(soql)
{ }

const Catalogue &SoqlFieldResolver::catalogue() const
{
    return m_store.catalogue();
}

SoqlError SoqlFieldResolver::fail(qsizetype position, const QString &code, const QString &text) const
{
    return SoqlError::at(m_soql, position, code, text);
}

bool SoqlFieldResolver::resolve(const SoqlQuery::FieldRef &ref, SoqlFieldPath *path,
                                std::optional<SoqlError> *error) const
{
    QStringList parts = ref.path;
    // "Contact.Email" FROM Contact names the queried object itself.
    if (parts.size() == 2 && parts.first().compare(m_object->name(), Qt::CaseInsensitive) == 0
        && !m_object->referenceFieldForRelationship(parts.first())) {
        parts.removeFirst();
    }
    const QString noSuchColumn = QStringLiteral(
        "No such column '%1' on entity '%2'. If you are attempting to use a custom field, be sure to append "
        "the '__c' after the custom field name. Please reference your WSDL or the describe call for the "
        "appropriate names.");
    if (parts.size() == 1) {
        path->field = m_object->field(parts.first());
        if (!path->field) {
            *error = fail(ref.position, QStringLiteral("INVALID_FIELD"),
                          noSuchColumn.arg(parts.first(), m_object->name()));
            return false;
        }
        path->canonical = path->field->name;
        return true;
    }
    const FieldSchema *reference =
        parts.size() == 2 ? m_object->referenceFieldForRelationship(parts.first()) : nullptr;
    const ObjectSchema *parent = nullptr;
    if (reference) {
        for (const QString &target : reference->referenceTo) {
            parent = catalogue().object(target);
            if (parent)
                break;
        }
    }
    if (!parent) {
        *error =
            fail(ref.position, QStringLiteral("INVALID_FIELD"),
                 QStringLiteral("Didn't understand relationship '%1' in field path. If you are attempting to "
                                "use a custom relationship, be sure to append the '__r' after the custom "
                                "relationship name. Please reference your WSDL or the describe call for the "
                                "appropriate names.")
                     .arg(parts.first()));
        return false;
    }
    path->reference = reference;
    path->parent = parent;
    path->field = parent->field(parts.at(1));
    if (!path->field) {
        *error = fail(ref.position + parts.first().size() + 1, QStringLiteral("INVALID_FIELD"),
                      noSuchColumn.arg(parts.at(1), parent->name()));
        return false;
    }
    path->canonical = reference->relationshipName + QLatin1Char('.') + path->field->name;
    return true;
}

const QJsonObject *SoqlFieldResolver::parentOf(const SoqlFieldPath &path, const QJsonObject &record) const
{
    const QString refId = record.value(path.reference->name).toString();
    if (refId.isEmpty())
        return nullptr;
    const QJsonObject *parent = m_store.find(refId);
    // A deleted parent is not visible through the relationship.
    return parent && !parent->value(QLatin1String("IsDeleted")).toBool() ? parent : nullptr;
}

QJsonValue SoqlFieldResolver::value(const SoqlFieldPath &path, const QJsonObject &record) const
{
    if (!path.reference)
        return record.value(path.field->name);
    const QJsonObject *parent = parentOf(path, record);
    return parent ? parent->value(path.field->name) : QJsonValue();
}

} // namespace sfsync::localorg
