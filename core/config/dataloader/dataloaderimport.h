#pragma once

#include "core/config/dataloader/sdlmapping.h"
#include "core/config/jobconfig.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace sfsync {

// What a Data Loader batch process becomes: the sfsync job, every setting it does not carry (key, value,
// why) and hints for the command line (sign-in, --out).
struct DataLoaderJob
{
    JobConfig config;
    DataLoaderNotes notes;
    QStringList hints;
};

// Turns a Data Loader batch process (process-conf.xml, a Spring beans file of ProcessRunner beans with a
// configOverrideMap) or a lone .sdl mapping file into an sfsync job config (docs/config.md, "Migrating from
// Data Loader"). Offline: nothing is asked of an org. Errors name the file and the bean, key or line.
class DataLoaderImport
{
public:
    // `bean`: the bean id to take; may be empty when the file has exactly one ProcessRunner bean.
    // Relative paths (mapping file, CSV) resolve against the file's folder.
    static std::optional<DataLoaderJob> fromProcessConf(const QString &path, const QString &bean,
                                                        ConfigIssues *issues);
    // A mapping file alone: the object and operation (Data Loader's or sfsync's names) are given; `csv`
    // may be empty (then the job names a placeholder that must be filled in).
    static std::optional<DataLoaderJob> fromSdl(const QString &path, const QString &object,
                                                const QString &operation, const QString &externalIdField,
                                                const QString &csv, ConfigIssues *issues);

    // The ids of the file's ProcessRunner beans (empty when it is not a readable beans file).
    static QStringList processNames(const QString &path);
    // insert/update/upsert/delete/hard_delete (any case, also hardDelete) and sfsync's own names.
    static bool operationNamed(const QString &name, Action::Operation *operation);

    // Source paths relative to `folder` (where the job file goes), so the job stays valid beside its CSV.
    static void relocate(JobConfig *config, const QString &folder);

private:
    static std::optional<DataLoaderJob> build(const QMap<QString, QString> &settings, const QString &where,
                                              const QString &baseDir, const QString &name,
                                              ConfigIssues *issues);
};

} // namespace sfsync
