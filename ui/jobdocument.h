#pragma once

#include "core/config/configissue.h"
#include "core/config/jobconfig.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace sfsync {

// The job config being edited: the value, its file, and the undo history. Every edit is one apply() with the
// whole new config (configs are small), so undo/redo is exact and widgets never mutate shared state.
class JobDocument : public QObject
{
    Q_OBJECT

public:
    explicit JobDocument(QObject *parent = nullptr);

    [[nodiscard]] const JobConfig &config() const { return m_config; }
    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool isModified() const;
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }

    // Records an edit. Edits with the same non-negative mergeId in a row (typing in one field) merge into one
    // undo step.
    void apply(const JobConfig &config, const QString &description, int mergeId = -1);

    // A fresh, unsaved job.
    void newJob();
    // Replaces the document (open/import). `path` empty: unsaved (import). Forgets the undo history.
    void reset(const JobConfig &config, const QString &path);
    bool open(const QString &path, ConfigIssues *issues);
    // Writes the config (the source path relative to the file's folder when it lies inside it).
    bool saveAs(const QString &path, QString *error);
    // Writes a copy elsewhere without changing the document's file or saved state (export).
    bool exportTo(const QString &path, QString *error) const;

    // Merge ids for apply().
    enum MergeId { JobNameEdit = 1, ActionNameEdit, MatcherValueEdit, ConstantEdit, SourceQueryEdit };

Q_SIGNALS:
    void changed();
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    friend class ConfigEditCommand;
    void setConfig(const JobConfig &config);
    [[nodiscard]] JobConfig configForFile(const QString &path) const;

    JobConfig m_config;
    QString m_filePath;
    QUndoStack *m_undo = nullptr;
};

} // namespace sfsync
