#pragma once

#include "core/salesforce/metadata/fieldinfo.h"

#include <QString>
#include <QStringView>
#include <QVariant>
#include <optional>

namespace sfsync {

// SOQL text building. The ONLY place in sfsync that turns values into SOQL literals.
namespace Soql {

// Escapes text for use inside '...': backslash first, then ' " and control characters \n \r \t \b \f
// (docs/salesforce-api.md §2.5). Never doubles quotes. Does NOT add the surrounding quotes.
QString escapeString(QStringView text);
// Like escapeString, plus \% and \_ for LIKE patterns (the value is matched literally).
QString escapeLike(QStringView text);

// The literal for `value` compared against `field`, typed from the field's describe type (not from the
// value): text-like types quoted and escaped; int/double/currency/percent bare (validated numeric); boolean
// TRUE/FALSE; date YYYY-MM-DD and datetime YYYY-MM-DDThh:mm:ssZ unquoted; a null QVariant gives "null".
// Returns std::nullopt and sets *error when the value cannot be a literal of that type.
std::optional<QString> literal(const FieldInfo &field, const QVariant &value, QString *error = nullptr);

// Quotes a field or object API name after validating it (letters, digits, underscores, dots for one
// relationship level); returns std::nullopt for anything else, so names can never inject SOQL.
std::optional<QString> identifier(QStringView name);

// "query?q=<percent-encoded soql>" (or "queryAll?q=..."), relative to the data root, for RestClient. Every
// character outside RFC 3986's unreserved set is percent-encoded, so the URI's size is known exactly.
QString queryPath(QStringView soql, bool includeDeleted = false);

// Limits a lookup must respect (docs/salesforce-api.md §2.4).
constexpr int MaxQueryLength = 100000;
constexpr int MaxUriBytes = 16384;
// sfsync keeps lookup GET URIs well under the limit: Salesforce recommends short URIs, and a proxy may be
// stricter.
constexpr int TargetUriBytes = 8000;

} // namespace Soql
} // namespace sfsync
