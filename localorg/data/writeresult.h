#pragma once

#include "localorg/data/recorderror.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sfsync::localorg {

// The outcome of one record operation of the RecordStore: the record, or the per-record errors.
//
// Error codes the store produces (HTTP mapping is the server's job):
//   INVALID_TYPE (unknown object), INVALID_FIELD (unknown field), INVALID_FIELD_FOR_INSERT_UPDATE,
//   JSON_PARSER_ERROR (wrong JSON type for a field; Salesforce reports this one for the whole request,
//   HTTP 400 with an errorCode array, not as a per-record result), STRING_TOO_LONG, INVALID_EMAIL_ADDRESS,
//   NUMBER_OUTSIDE_VALID_RANGE, INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, MALFORMED_ID,
//   INVALID_CROSS_REFERENCE_KEY, REQUIRED_FIELD_MISSING, DUPLICATE_VALUE, NOT_FOUND, ENTITY_IS_DELETED,
//   UNDELETE_FAILED.
struct WriteResult
{
    QString id; // canonical 18-character Id (set on success, and on failures about an existing record)
    QString object; // canonical object name (e.g. "Contact") when known
    // On success: create/update/delete/undelete: the stored record (only fields that were ever set, plus the
    // system fields); get(): every field of the describe (null when unset), or the requested fields.
    QJsonObject record;
    QList<RecordError> errors;

    [[nodiscard]] bool ok() const { return errors.isEmpty(); }
    // The first error's statusCode, or an empty string.
    [[nodiscard]] QString statusCode() const
    {
        return errors.isEmpty() ? QString() : errors.first().statusCode;
    }
};

} // namespace sfsync::localorg
