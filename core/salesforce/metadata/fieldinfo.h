#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sfsync {

struct PicklistEntry
{
    QString value;
    QString label;
    bool active = true;
    bool defaultValue = false;
};

// One field of an sObject describe, with the properties sfsync relies on (docs/salesforce-api.md §2.3).
struct FieldInfo
{
    QString name;
    QString label;
    QString type; // describe "type": string, email, id, reference, int, double, currency, percent, date, ...
    QString soapType; // e.g. xsd:string, tns:ID
    int length = 0;
    int precision = 0;
    int scale = 0;
    int digits = 0;
    bool createable = false;
    bool updateable = false;
    bool nillable = false;
    bool defaultedOnCreate = false;
    bool externalId = false;
    bool idLookup = false;
    bool unique = false;
    bool caseSensitive = false;
    bool filterable = false;
    bool calculated = false;
    bool autoNumber = false;
    bool custom = false;
    bool restrictedPicklist = false;
    QList<PicklistEntry> picklistValues;
    QStringList referenceTo;
    QString relationshipName;

    static FieldInfo fromJson(const QJsonObject &json);

    // createable && !nillable && !defaultedOnCreate && type != boolean (the rule Workbench uses).
    [[nodiscard]] bool isRequiredOnCreate() const;
    // Text-like types are quoted in SOQL and compared case-insensitively unless caseSensitive.
    [[nodiscard]] bool isTextLike() const;
    [[nodiscard]] bool isNumeric() const; // int, double, currency, percent, long
    [[nodiscard]] bool isIdLike() const; // id, reference
    // May this field identify records (a matcher)? Only filterable fields can, and not compound ones
    // (address, location): describes mark those filterable for distance queries, but no literal compares
    // them.
    [[nodiscard]] bool canBeMatcher() const;
};

} // namespace sfsync
