#pragma once

#include "core/config/configissue.h"
#include "core/config/fieldmapping.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sfsync {

// A setting of a Data Loader file that the sfsync job does not carry: where, its value, and why.
struct DataLoaderNote
{
    QString where; // "accountInsert: sfdc.password", "contacts.sdl line 4"
    QString value; // shown as is; secrets are never kept (empty)
    QString why;
};
using DataLoaderNotes = QList<DataLoaderNote>;

// A Data Loader field mapping file (.sdl, a Java properties file): `Column=Field`, several fields
// comma-separated (`Name=Name,Description__c`), `"constant"=Field` for a constant value, `#` and `!`
// comments, properties escapes (`Account\:Legacy_Id__c`, `\=`, `\\`, `\uXXXX`, a trailing `\` continuing
// the line). A field written `Relationship:KeyField` (Data Loader's parent lookup) becomes sfsync's parent's
// key `Relationship.KeyField`; `Object:Relationship.KeyField` and `Relationship.KeyField` are kept.
class SdlMapping
{
public:
    // `fileName` names the file in messages. A line without `=` is an issue ("contacts.sdl line 3: ...");
    // empty sides are skipped with a note.
    static SdlMapping parse(const QByteArray &content, const QString &fileName, ConfigIssues *issues);
    static SdlMapping load(const QString &path, ConfigIssues *issues);

    QList<FieldMapping> fields; // in file order
    DataLoaderNotes notes;

    // The source column mapped to `field` (case-insensitive), or empty.
    [[nodiscard]] QString columnFor(const QString &field) const;

    // Data Loader's lookup spelling to sfsync's ("Account:Legacy_Id__c" -> "Account.Legacy_Id__c").
    [[nodiscard]] static QString fieldName(const QString &dataLoaderField);
};

} // namespace sfsync
