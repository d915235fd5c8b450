#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace sfsync::localorg {

// One field of an sObject describe, parsed once so the store and the SOQL evaluator do not re-read JSON on
// every record. `json` keeps the original describe entry, which is what the describe endpoint serves.
struct FieldSchema
{
    QString name;
    QString label;
    QString type; // describe "type": id, string, textarea, email, picklist, reference, int, double, date, ...
    int length = 0;
    int precision = 0;
    int scale = 0;
    int digits = 0;
    bool createable = false;
    bool updateable = false;
    bool nillable = true;
    bool defaultedOnCreate = false;
    bool filterable = false;
    bool sortable = false;
    bool unique = false;
    bool externalId = false;
    bool caseSensitive = false;
    bool idLookup = false;
    bool calculated = false;
    bool autoNumber = false;
    bool custom = false;
    bool restrictedPicklist = false;
    QStringList picklistValues; // active values only
    QString defaultPicklistValue; // the active value marked defaultValue, if any
    QJsonValue defaultValue; // describe "defaultValue" (null when none)
    QStringList referenceTo;
    QString relationshipName;
    QString compoundFieldName;
    QJsonObject json;

    [[nodiscard]] static FieldSchema fromJson(const QJsonObject &json);

    // Salesforce's required-on-create rule (Workbench and most clients use the same):
    // createable && !nillable && !defaultedOnCreate && type != boolean.
    [[nodiscard]] bool isRequiredOnCreate() const;
    // Text-like types take quoted SOQL literals and compare as text.
    [[nodiscard]] bool isText() const;
    // id and reference: values are record Ids, compared by their 18-character form.
    [[nodiscard]] bool isIdType() const;
    [[nodiscard]] bool isNumeric() const; // int, double, currency, percent, long
    [[nodiscard]] bool isBoolean() const { return type == QLatin1String("boolean"); }
    [[nodiscard]] bool isDate() const { return type == QLatin1String("date"); }
    [[nodiscard]] bool isDateTime() const { return type == QLatin1String("datetime"); }
    // Fields whose values the store keeps a hash index for: unique, external ID and idLookup fields (Email).
    [[nodiscard]] bool isIndexed() const;
};

} // namespace sfsync::localorg
