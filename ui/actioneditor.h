#pragma once

#include "core/config/action.h"
#include "core/salesforce/metadata/objectdescribe.h"

#include <QHash>

#include <QStringList>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableView;

namespace sfsync {

class JobDocument;
class MappingModel;
class MatcherPicker;
class ColumnPickerDelegate;
class SearchFilterProxyModel;
class SourceColumnModel;

// Edits one action of the job: object, operation, matchers with their operator, and the field mapping.
// Reads the action from the document and writes every change back as one undoable edit.
class ActionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ActionEditor(JobDocument *document, QWidget *parent = nullptr);

    void setActionIndex(int index);
    [[nodiscard]] int actionIndex() const { return m_index; }
    // The org's objects for the object picker.
    void setObjectNames(const QStringList &names);
    // The describe of the action's object (empty when unknown or not loaded yet).
    void setObjectDescribe(const ObjectDescribe &object);
    // Describes of the objects the action's references point at (any others may be among them): the
    // mapping offers their External ID and idLookup fields under each reference.
    void setParentDescribes(const QHash<QString, ObjectDescribe> &describes);
    void setSource(const QStringList &columns, const QList<QStringList> &sampleRows);

    [[nodiscard]] MappingModel *mappingModel() const { return m_mapping; }
    [[nodiscard]] MatcherPicker *matcherPicker() const { return m_matcherPicker; }
    [[nodiscard]] int mappingErrors() const;

public Q_SLOTS:
    void syncFromDocument();
    void autoMap();

Q_SIGNALS:
    // The action's object changed (the job editor fetches its describe).
    void objectChanged(const QString &objectName);

private:
    [[nodiscard]] Action currentAction() const;
    void applyAction(const Action &action, const QString &description, int mergeId = -1);
    void addMatcher();
    void removeMatcher();
    void updateMatcherHint();
    void updateSummary();

    JobDocument *m_document;
    int m_index = -1;
    ObjectDescribe m_object;
    QStringList m_columns;

    QLineEdit *m_name = nullptr;
    QComboBox *m_objectPicker = nullptr;
    QComboBox *m_operation = nullptr;
    QRadioButton *m_operatorOr = nullptr;
    QRadioButton *m_operatorAnd = nullptr;
    QWidget *m_matcherBox = nullptr;
    QListWidget *m_matcherList = nullptr;
    MatcherPicker *m_matcherPicker = nullptr;
    QComboBox *m_matcherColumn = nullptr;
    QLineEdit *m_matcherConstant = nullptr;
    QPushButton *m_addMatcher = nullptr;
    QPushButton *m_removeMatcher = nullptr;
    QLabel *m_matcherHint = nullptr;
    QCheckBox *m_skipUnchanged = nullptr;

    SourceColumnModel *m_sourceColumns = nullptr;
    QListView *m_sourceColumnView = nullptr;
    MappingModel *m_mapping = nullptr;
    SearchFilterProxyModel *m_mappingFilter = nullptr;
    QTableView *m_mappingView = nullptr;
    QLineEdit *m_mappingSearch = nullptr;
    QPushButton *m_autoMap = nullptr;
    QPushButton *m_clearMapping = nullptr;
    QLabel *m_mappingSummary = nullptr;
    ColumnPickerDelegate *m_columnDelegate = nullptr;
};

} // namespace sfsync
