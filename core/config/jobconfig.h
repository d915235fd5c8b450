#pragma once

#include "core/config/action.h"
#include "core/config/configissue.h"
#include "core/config/joboptions.h"
#include "core/config/sourceconfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sfsync {

// A job config (docs/config.md): source, actions, options. A value type; load() and
// fromJson() report every problem with its JSON path (unknown keys included) and check the shape offline.
// Checks against an org's metadata are ConfigValidator's job.
class JobConfig
{
public:
    JobConfig() = default;

    // Reads and parses `path`; relative source paths resolve against the file's folder.
    static JobConfig load(const QString &path, ConfigIssues *issues);
    // `baseDir` is the folder relative paths resolve against.
    static JobConfig fromJson(const QJsonObject &json, const QString &baseDir, ConfigIssues *issues);
    static JobConfig fromJson(const QByteArray &json, const QString &baseDir, ConfigIssues *issues);

    // The config as the file format; keys with default values are left out. Holds no secret (there is none).
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QByteArray toJsonBytes() const; // indented
    bool save(const QString &path, QString *error = nullptr) const;

    // Hash of the canonical JSON (sha256, hex): identifies "the same config" for the journal and resume.
    [[nodiscard]] QString hash() const;

    // Offline shape checks (operations, matchers required except create, column xor value, operator, sizes).
    [[nodiscard]] ConfigIssues validateShape() const;

    int version = 1;
    QString name;
    SourceConfig source;
    QList<Action> actions;
    JobOptions options;
    QString baseDir; // folder of the config file (not saved)

    // source.path made absolute against baseDir (or `override` when not empty, relative to the current
    // folder).
    [[nodiscard]] QString resolvedSourcePath(const QString &override = {}) const;
    // Every source column the actions read, in first-use order.
    [[nodiscard]] QStringList referencedColumns() const;

    friend bool operator==(const JobConfig &, const JobConfig &) = default;
};

} // namespace sfsync
