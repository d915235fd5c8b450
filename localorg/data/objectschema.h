#pragma once

#include "localorg/data/fieldschema.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sfsync::localorg {

// One sObject of the catalogue: its describe JSON and its parsed fields, with case-insensitive lookups by
// field name and by relationship name (Account.Name in SOQL goes through Contact.AccountId's
// relationshipName "Account").
class ObjectSchema
{
public:
    ObjectSchema() = default;

    // Parses a full sObject describe (as GET /sobjects/{T}/describe returns it). Empty name on failure.
    [[nodiscard]] static ObjectSchema fromDescribe(const QJsonObject &describe, QString *error = nullptr);

    [[nodiscard]] bool isValid() const { return !m_name.isEmpty(); }
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] QString label() const { return m_label; }
    [[nodiscard]] QString keyPrefix() const { return m_keyPrefix; }
    [[nodiscard]] bool flag(const QString &key) const { return m_describe.value(key).toBool(); }

    // Fields in describe order (custom fields added by configuration come last).
    [[nodiscard]] const QList<FieldSchema> &fields() const { return m_fields; }
    // Case-insensitive. The pointer stays valid until the next addField() on this object.
    [[nodiscard]] const FieldSchema *field(const QString &name) const;
    // The reference field whose relationshipName matches (case-insensitive), e.g. "account" -> AccountId.
    [[nodiscard]] const FieldSchema *referenceFieldForRelationship(const QString &relationshipName) const;

    // A child relationship of the describe: Account's "Contacts" is Contact records whose AccountId is the
    // account.
    struct ChildRelationship
    {
        QString relationshipName; // "Contacts"
        QString childObject; // "Contact"
        QString field; // "AccountId"
    };
    // Case-insensitive; null when the describe lists no such relationship.
    [[nodiscard]] const ChildRelationship *childRelationship(const QString &relationshipName) const;

    // Adds (or replaces, by name) a field; `fieldJson` is a describe field entry. Missing keys take the
    // defaults of a plain custom field. Moves lastModified() forward.
    bool addField(const QJsonObject &fieldJson, QString *error = nullptr);

    // The describe as served, with every field (including added ones). urls use "vXX.X".
    [[nodiscard]] QJsonObject describeJson() const;
    // The object's entry in describe global.
    [[nodiscard]] QJsonObject globalEntry() const;
    // Stable per catalogue build; moves only when fields are added. Second precision (HTTP dates).
    [[nodiscard]] QDateTime lastModified() const { return m_lastModified; }
    void setLastModified(const QDateTime &when) { m_lastModified = when; }

private:
    void reindex();

    QString m_name;
    QString m_label;
    QString m_keyPrefix;
    QJsonObject m_describe; // without "fields" (rebuilt from m_fields on demand)
    QList<FieldSchema> m_fields;
    QHash<QString, int> m_byLowerName;
    QHash<QString, int> m_byLowerRelationship;
    QHash<QString, ChildRelationship> m_childRelationships; // by lower-case relationship name
    QDateTime m_lastModified;
};

} // namespace sfsync::localorg
