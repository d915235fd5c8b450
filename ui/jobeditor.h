#pragma once

#include "sourcepreviewloader.h"

#include "core/config/configissue.h"
#include "core/salesforce/metadata/objectdescribe.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;

namespace sfsync {

class ActionEditor;
class JobDocument;
class MetadataService;
class SourcePanel;

// The job: its name, its source and its actions, with every problem listed before anything runs
// (shape, columns, and — when connected — the org's metadata: objects, fields, filterable matchers,
// writable and required fields).
class JobEditor : public QWidget
{
    Q_OBJECT

public:
    explicit JobEditor(JobDocument *document, QWidget *parent = nullptr);

    void setMetadataService(MetadataService *service);
    [[nodiscard]] ConfigIssues issues() const { return m_issues; }
    [[nodiscard]] const SourcePreview &sourcePreview() const;
    [[nodiscard]] ActionEditor *actionEditor() const { return m_actionEditor; }
    [[nodiscard]] SourcePanel *sourcePanel() const { return m_sourcePanel; }
    [[nodiscard]] int currentActionIndex() const;
    [[nodiscard]] bool isReady() const; // describes for every action loaded (or not connected)

public Q_SLOTS:
    void selectAction(int index);
    void addAction();
    void removeAction();
    // "Use in job" from the metadata browser.
    void useObject(const QString &objectName);
    void validate();

Q_SIGNALS:
    void issuesChanged(int count);
    void describesReady();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void syncFromDocument();
    void requestDescribe(const QString &objectName);
    // Shows the action's object and fetches the describes of the objects its writable references point at
    // (the mapping offers their keys).
    void showObject(const ObjectDescribe &object);
    void onSourcePreview(const SourcePreview &preview);

    JobDocument *m_document;
    QPointer<MetadataService> m_service;
    QHash<QString, ObjectDescribe> m_describes; // lower-case name -> describe
    QSet<QString> m_missing; // lower-case names the org does not know
    QSet<QString> m_pending;
    ConfigIssues m_issues;

    QLineEdit *m_jobName = nullptr;
    SourcePanel *m_sourcePanel = nullptr;
    QListWidget *m_actionList = nullptr;
    QPushButton *m_addAction = nullptr;
    QPushButton *m_removeAction = nullptr;
    ActionEditor *m_actionEditor = nullptr;
    QListWidget *m_issueList = nullptr;
    QLabel *m_issueTitle = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_sized = false;
};

} // namespace sfsync
