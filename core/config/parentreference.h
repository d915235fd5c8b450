#pragma once

#include "core/salesforce/metadata/objectdescribe.h"

#include <QHash>
#include <QString>
#include <optional>

namespace sfsync {

// A field mapping that sets a reference field through the parent's key instead of its Id, spelled as Bulk
// API 2.0 headers and SOQL spell it: "Account.Legacy_Id__c" (relationship name, dot, the parent's External
// ID or idLookup field), and for a polymorphic reference with the parent object named first:
// "User:Owner.Email", "Contact:Who.Email".
struct ParentReference
{
    QString parentObject; // the object before ':' (empty when not named)
    QString relationship; // "Account", "ReportsTo", "Owner"
    QString keyField; // "Legacy_Id__c"

    // The parts of `field`, or nothing when it is not spelled as a parent's key (a plain field name, or
    // anything malformed: empty parts, more than one '.' or ':', characters no API name has).
    [[nodiscard]] static std::optional<ParentReference> parse(const QString &field);
    // Whether `field` tries to be a parent's key (has a '.' or ':'), well spelled or not.
    [[nodiscard]] static bool looksLikeOne(const QString &field);
    // "Account.Legacy_Id__c" / "User:Owner.Email".
    [[nodiscard]] QString spelling() const;
};

// A ParentReference checked against the org's describes: the reference field it sets, the parent object
// and the key field that finds the parent.
struct ParentLink
{
    FieldInfo reference; // AccountId
    QString parentObject; // Account
    FieldInfo key; // Legacy_Id__c on Account
    bool parentHasName = false; // the parent has a Name field (shown in previews)

    // The link for `ref` on `child`, or nothing with *error saying what is wrong (unknown relationship,
    // a polymorphic reference without its parent object, a parent object the reference cannot point to,
    // a key field that is unknown or neither External ID nor idLookup). `objects`: describes by name (any
    // case); the parent's must be among them. *needsObject, when given, is set to the parent object whose
    // describe is missing (so a caller can fetch it and ask again).
    [[nodiscard]] static std::optional<ParentLink> resolve(const ParentReference &ref,
                                                           const ObjectDescribe &child,
                                                           const QHash<QString, ObjectDescribe> &objects,
                                                           QString *error, QString *needsObject = nullptr);
};

} // namespace sfsync
