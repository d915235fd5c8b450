#include "jobdocument.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>

namespace sfsync {

// Replaces the whole config; undo puts the previous one back.
class ConfigEditCommand : public QUndoCommand
{
public:
    ConfigEditCommand(JobDocument *document, JobConfig before, JobConfig after, const QString &text,
                      int mergeId)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
    { }

    void undo() override { m_document->setConfig(m_before); }
    void redo() override { m_document->setConfig(m_after); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const ConfigEditCommand *>(other);
        m_after = edit->m_after;
        return true;
    }

private:
    JobDocument *m_document;
    JobConfig m_before;
    JobConfig m_after;
    int m_mergeId;
};

JobDocument::JobDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    newJob();
}

QString JobDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return tr("Untitled job");
}

bool JobDocument::isModified() const
{
    return !m_undo->isClean();
}

void JobDocument::apply(const JobConfig &config, const QString &description, int mergeId)
{
    if (config == m_config)
        return;
    m_undo->push(new ConfigEditCommand(this, m_config, config, description, mergeId));
}

void JobDocument::setConfig(const JobConfig &config)
{
    m_config = config;
    Q_EMIT changed();
}

void JobDocument::newJob()
{
    JobConfig config;
    config.name = tr("New job");
    Action action;
    action.name = tr("Action 1");
    config.actions.append(action);
    reset(config, QString());
}

void JobDocument::reset(const JobConfig &config, const QString &path)
{
    // clear() reports the clean state through cleanChanged -> modifiedChanged.
    m_undo->clear();
    m_config = config;
    if (m_filePath != path) {
        m_filePath = path;
        Q_EMIT filePathChanged(path);
    }
    Q_EMIT changed();
}

bool JobDocument::open(const QString &path, ConfigIssues *issues)
{
    ConfigIssues found;
    const JobConfig config = JobConfig::load(path, &found);
    if (issues)
        *issues = found;
    if (!found.isEmpty())
        return false;
    reset(config, QFileInfo(path).absoluteFilePath());
    return true;
}

JobConfig JobDocument::configForFile(const QString &path) const
{
    JobConfig config = m_config;
    const QDir folder = QFileInfo(path).absoluteDir();
    if (!config.source.path.isEmpty()) {
        const QString absolute = QFileInfo(m_config.resolvedSourcePath()).absoluteFilePath();
        const QString relative = folder.relativeFilePath(absolute);
        // Keep a path relative only when the source sits beside or below the config, so moving the pair
        // works.
        config.source.path = relative.startsWith(QLatin1String("..")) ? absolute : relative;
    }
    config.baseDir = folder.absolutePath();
    return config;
}

bool JobDocument::saveAs(const QString &path, QString *error)
{
    const JobConfig config = configForFile(path);
    if (!config.save(path, error))
        return false;
    // The saved form (relative source path) becomes the document without an undo step.
    m_config = config;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_filePath != absolute) {
        m_filePath = absolute;
        Q_EMIT filePathChanged(absolute);
    }
    m_undo->setClean();
    Q_EMIT changed();
    return true;
}

bool JobDocument::exportTo(const QString &path, QString *error) const
{
    return configForFile(path).save(path, error);
}

} // namespace sfsync
