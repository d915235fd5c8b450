#pragma once

#include <QString>

namespace sfsync {

// The write a planned row makes. Upsert: Salesforce matches the row by its external ID while writing
// (Collections upsert); the engine learns whether it created or updated from the answer.
enum class WriteKind { None, Create, Update, Delete, Upsert };

// "create", "update", "delete", "upsert" (the run journal's words); writeKindNamed() reads them back (None
// for anything else).
[[nodiscard]] QString writeKindName(WriteKind kind);
[[nodiscard]] WriteKind writeKindNamed(const QString &name);

} // namespace sfsync
