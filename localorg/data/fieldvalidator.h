#pragma once

#include "localorg/data/catalogue.h"
#include "localorg/data/recorderror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace sfsync::localorg {

class RecordTables;

// Salesforce's rules for the field values of a create or an update (the table in localorg/data/README.md):
// known fields, create/update permissions, JSON types, text lengths, e-mail format, numeric range,
// restricted picklists, Ids and references, required fields and unique values. It turns accepted values into
// their stored form and reports refusals as Salesforce does; it changes no stored record.
class FieldValidator
{
public:
    // References and unique values are checked against `records`; both must outlive the validator.
    FieldValidator(const Catalogue &catalogue, const RecordTables &records);

    // Checks `fields` (as the request names them, "attributes" ignored) and merges them into *record in their
    // stored form. Salesforce's order: the first unknown field ends it; then every read-only field in one
    // error; then each value, where a wrong JSON type ends it (Salesforce fails the whole request for that)
    // and other refusals are collected field by field.
    QList<RecordError> apply(const ObjectSchema &object, const QJsonObject &fields, bool creating,
                             QJsonObject *record) const;
    // REQUIRED_FIELD_MISSING for `record` as it would be stored: on create, every required field that has no
    // value; on update, only the fields the request (`fields`) clears.
    [[nodiscard]] QList<RecordError> checkRequired(const ObjectSchema &object, const QJsonObject &record,
                                                   bool creating, const QJsonObject &fields) const;
    // DUPLICATE_VALUE for each unique field the request (`fields`) sets to the value of another undeleted
    // record. `selfId` is the record's own Id (empty on create).
    [[nodiscard]] QList<RecordError> checkUnique(const ObjectSchema &object, const QString &selfId,
                                                 const QJsonObject &record, const QJsonObject &fields) const;

private:
    // A value in its stored form, or the error that refuses it.
    struct Converted;

    [[nodiscard]] Converted convert(const FieldSchema &field, const QJsonValue &value) const;
    [[nodiscard]] static Converted convertBoolean(const FieldSchema &field, const QJsonValue &value);
    [[nodiscard]] static Converted convertNumber(const FieldSchema &field, const QJsonValue &value);
    [[nodiscard]] static Converted convertDate(const FieldSchema &field, const QJsonValue &value);
    [[nodiscard]] Converted convertId(const FieldSchema &field, const QString &text) const;
    [[nodiscard]] static Converted convertText(const FieldSchema &field, const QString &text);

    const Catalogue &m_catalogue;
    const RecordTables &m_records;
};

} // namespace sfsync::localorg
