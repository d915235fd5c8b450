#include "jobeditor.h"

#include "actioneditor.h"
#include "jobdocument.h"
#include "mappingmodel.h"
#include "sourcepanel.h"

#include "core/config/configvalidator.h"
#include "core/salesforce/metadata/metadataservice.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

namespace sfsync {

JobEditor::JobEditor(JobDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("jobEditor"));
    m_jobName = new QLineEdit(this);
    m_jobName->setObjectName(QStringLiteral("jobName"));
    m_jobName->setPlaceholderText(tr("e.g. Contacts from the CRM export"));

    auto *sourceGroup = new QGroupBox(tr("Source"), this);
    m_sourcePanel = new SourcePanel(document, sourceGroup);
    auto *sourceLayout = new QVBoxLayout(sourceGroup);
    sourceLayout->addWidget(m_sourcePanel);

    auto *actionsGroup = new QGroupBox(tr("Actions"), this);
    m_actionList = new QListWidget(actionsGroup);
    m_actionList->setObjectName(QStringLiteral("actionList"));
    m_addAction = new QPushButton(tr("Add"), actionsGroup);
    m_addAction->setObjectName(QStringLiteral("addAction"));
    m_removeAction = new QPushButton(tr("Remove"), actionsGroup);
    m_removeAction->setObjectName(QStringLiteral("removeAction"));
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_actionList, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addAction);
    listButtons->addWidget(m_removeAction);
    listColumn->addLayout(listButtons);
    auto *listWidget = new QWidget(actionsGroup);
    listWidget->setLayout(listColumn);
    listWidget->setMaximumWidth(220);
    m_actionEditor = new ActionEditor(document, actionsGroup);
    auto *actionsLayout = new QHBoxLayout(actionsGroup);
    actionsLayout->addWidget(listWidget);
    actionsLayout->addWidget(m_actionEditor, 1);

    auto *issuesBox = new QWidget(this);
    m_issueTitle = new QLabel(issuesBox);
    m_issueTitle->setObjectName(QStringLiteral("configIssuesTitle"));
    m_issueList = new QListWidget(issuesBox);
    m_issueList->setObjectName(QStringLiteral("configIssues"));
    auto *issuesLayout = new QVBoxLayout(issuesBox);
    issuesLayout->setContentsMargins(0, 0, 0, 0);
    issuesLayout->addWidget(m_issueTitle);
    issuesLayout->addWidget(m_issueList);

    m_issueList->setMaximumHeight(m_issueList->fontMetrics().height() * 5);
    m_issueList->hide();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("jobEditorSplitter"));
    splitter->addWidget(sourceGroup);
    splitter->addWidget(actionsGroup);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    m_splitter = splitter;

    auto *form = new QFormLayout;
    form->addRow(tr("&Job name:"), m_jobName);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(issuesBox);

    connect(m_jobName, &QLineEdit::textEdited, this, [this](const QString &text) {
        JobConfig config = m_document->config();
        config.name = text;
        m_document->apply(config, tr("Rename job"), JobDocument::JobNameEdit);
    });
    connect(m_actionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_actionEditor->actionIndex())
            m_actionEditor->setActionIndex(row);
        m_removeAction->setEnabled(row >= 0 && m_document->config().actions.size() > 1);
    });
    connect(m_addAction, &QPushButton::clicked, this, &JobEditor::addAction);
    connect(m_removeAction, &QPushButton::clicked, this, &JobEditor::removeAction);
    connect(m_actionEditor, &ActionEditor::objectChanged, this, [this](const QString &name) {
        if (name.isEmpty()) {
            m_actionEditor->setObjectDescribe({});
            return;
        }
        const auto found = m_describes.constFind(name.toLower());
        if (found != m_describes.constEnd())
            showObject(*found);
        else
            requestDescribe(name);
    });
    connect(m_sourcePanel, &SourcePanel::previewChanged, this, &JobEditor::onSourcePreview);
    connect(m_document, &JobDocument::changed, this, &JobEditor::syncFromDocument);
    syncFromDocument();
}

const SourcePreview &JobEditor::sourcePreview() const
{
    return m_sourcePanel->preview();
}

int JobEditor::currentActionIndex() const
{
    return m_actionEditor->actionIndex();
}

void JobEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // First show only: give the actions most of the height (a restored layout may change it later).
    if (!m_sized) {
        m_sized = true;
        const int total = m_splitter->height();
        if (m_splitter->sizes().value(0) > total / 3)
            m_splitter->setSizes({total / 4, total - total / 4});
    }
}

void JobEditor::setMetadataService(MetadataService *service)
{
    m_service = service;
    m_describes.clear();
    m_missing.clear();
    m_pending.clear();
    m_actionEditor->setObjectDescribe({});
    m_actionEditor->setObjectNames({});
    if (service) {
        service->describeGlobal(this, [this](const QList<ObjectSummary> &objects, const SfError &error) {
            if (!error.isNull())
                return;
            QStringList names;
            for (const ObjectSummary &object : objects)
                names.append(object.name);
            names.sort(Qt::CaseInsensitive);
            m_actionEditor->setObjectNames(names);
        });
    }
    syncFromDocument();
}

bool JobEditor::isReady() const
{
    if (!m_service)
        return true;
    for (const Action &action : m_document->config().actions) {
        const QString key = action.object.toLower();
        if (!action.object.isEmpty() && !m_describes.contains(key) && !m_missing.contains(key))
            return false;
    }
    return !m_sourcePanel->isLoading();
}

void JobEditor::requestDescribe(const QString &objectName)
{
    const QString key = objectName.toLower();
    if (!m_service || m_pending.contains(key) || m_missing.contains(key))
        return;
    m_pending.insert(key);
    m_service->describe(objectName, this, [this, key](const ObjectDescribe &object, const SfError &error) {
        m_pending.remove(key);
        if (error.isNull() && object.isValid())
            m_describes.insert(key, object);
        else
            m_missing.insert(key);
        const Action action = m_document->config().actions.value(m_actionEditor->actionIndex());
        if (action.object.toLower() == key)
            showObject(m_describes.value(key));
        else
            m_actionEditor->setParentDescribes(m_describes);
        validate();
        if (isReady())
            Q_EMIT describesReady();
    });
}

void JobEditor::showObject(const ObjectDescribe &object)
{
    m_actionEditor->setObjectDescribe(object);
    m_actionEditor->setParentDescribes(m_describes);
    for (const FieldInfo &field : object.fields()) {
        if (field.type != QLatin1String("reference") || field.relationshipName.isEmpty()
            || !(field.createable || field.updateable)
            || field.referenceTo.size() > MappingModel::MaxParentObjects)
            continue;
        for (const QString &target : field.referenceTo) {
            if (!m_describes.contains(target.toLower()))
                requestDescribe(target);
        }
    }
}

void JobEditor::syncFromDocument()
{
    const JobConfig &config = m_document->config();
    if (m_jobName->text() != config.name) {
        const QSignalBlocker blocker(m_jobName);
        m_jobName->setText(config.name);
    }
    {
        const QSignalBlocker blocker(m_actionList);
        int current = m_actionList->currentRow();
        m_actionList->clear();
        for (const Action &action : config.actions) {
            const QString title = action.name.isEmpty()
                ? tr("%1 %2").arg(Action::operationName(action.operation), action.object)
                : action.name;
            m_actionList->addItem(title);
        }
        if (current < 0 || current >= config.actions.size())
            current = config.actions.isEmpty() ? -1 : 0;
        m_actionList->setCurrentRow(current);
        m_removeAction->setEnabled(current >= 0 && config.actions.size() > 1);
        if (m_actionEditor->actionIndex() != current)
            m_actionEditor->setActionIndex(current);
        else
            m_actionEditor->syncFromDocument();
    }
    m_sourcePanel->syncFromDocument();
    for (const Action &action : config.actions) {
        if (!action.object.isEmpty() && !m_describes.contains(action.object.toLower()))
            requestDescribe(action.object);
    }
    validate();
}

void JobEditor::onSourcePreview(const SourcePreview &preview)
{
    m_actionEditor->setSource(preview.header, preview.rows);
    validate();
    if (isReady())
        Q_EMIT describesReady();
}

void JobEditor::selectAction(int index)
{
    m_actionList->setCurrentRow(index);
}

void JobEditor::addAction()
{
    JobConfig config = m_document->config();
    Action action;
    action.name = tr("Action %1").arg(config.actions.size() + 1);
    config.actions.append(action);
    m_document->apply(config, tr("Add action"));
    selectAction(int(config.actions.size()) - 1);
}

void JobEditor::removeAction()
{
    JobConfig config = m_document->config();
    const int row = m_actionList->currentRow();
    if (row < 0 || row >= config.actions.size() || config.actions.size() <= 1)
        return;
    const QString name = config.actions.at(row).displayName();
    config.actions.removeAt(row);
    m_document->apply(config, tr("Remove action %1").arg(name));
}

void JobEditor::useObject(const QString &objectName)
{
    int index = m_actionEditor->actionIndex();
    JobConfig config = m_document->config();
    if (index < 0 || index >= config.actions.size())
        return;
    config.actions[index].object = objectName;
    m_document->apply(config, tr("Set object to %1").arg(objectName));
}

void JobEditor::validate()
{
    const JobConfig &config = m_document->config();
    ConfigIssues issues = config.validateShape();
    const SourcePreview &preview = m_sourcePanel->preview();
    if (!preview.error.isEmpty() && !config.source.path.isEmpty())
        issues.append({QStringLiteral("source.path"), preview.error});
    else if (!preview.header.isEmpty())
        issues.append(ConfigValidator::validateColumns(config, preview.header));
    if (m_service) {
        bool complete = true;
        for (const Action &action : config.actions) {
            const QString key = action.object.toLower();
            if (!action.object.isEmpty() && !m_describes.contains(key) && !m_missing.contains(key))
                complete = false;
        }
        // Parents set by their key are known from the actions' describes; fetch theirs first.
        if (complete) {
            for (const QString &parent : ConfigValidator::missingParentObjects(config, m_describes)) {
                if (!m_missing.contains(parent.toLower())) {
                    complete = false;
                    requestDescribe(parent);
                }
            }
        }
        // Only with every describe at hand: a missing entry would read as "no such object".
        if (complete)
            issues.append(ConfigValidator::validate(config, m_describes));
    }
    // The same problem can come from two checks (shape and metadata); show it once.
    ConfigIssues unique;
    for (const ConfigIssue &issue : std::as_const(issues)) {
        if (!unique.contains(issue))
            unique.append(issue);
    }
    m_issues = unique;
    m_issueList->clear();
    for (const ConfigIssue &issue : std::as_const(m_issues))
        m_issueList->addItem(issue.toString());
    m_issueList->setVisible(!m_issues.isEmpty());
    m_issueTitle->setText(m_issues.isEmpty()
                              ? tr("No problems found.")
                              : tr("%n problem(s) to fix before running:", nullptr, int(m_issues.size())));
    Q_EMIT issuesChanged(int(m_issues.size()));
}

} // namespace sfsync
