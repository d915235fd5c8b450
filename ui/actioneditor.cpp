#include "actioneditor.h"

#include "columnpickerdelegate.h"
#include "jobdocument.h"
#include "mappingmodel.h"
#include "matcherpicker.h"
#include "searchfilterproxymodel.h"
#include "sourcecolumnmodel.h"

#include "core/config/valueconverter.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sfsync {

namespace {
QString matcherText(const Matcher &matcher)
{
    if (matcher.isConstant())
        return ActionEditor::tr("%1 = \"%2\"").arg(matcher.field, matcher.value);
    return ActionEditor::tr("%1 \u2190 column %2").arg(matcher.field, matcher.column);
}
} // namespace

ActionEditor::ActionEditor(JobDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_sourceColumns(new SourceColumnModel(this))
    , m_mapping(new MappingModel(this))
    , m_mappingFilter(new SearchFilterProxyModel(this))
{
    setObjectName(QStringLiteral("actionEditor"));

    // What the action does.
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("actionName"));
    m_name->setPlaceholderText(tr("e.g. Upsert contacts"));
    m_objectPicker = new QComboBox(this);
    m_objectPicker->setObjectName(QStringLiteral("actionObject"));
    m_objectPicker->setEditable(true);
    m_objectPicker->setInsertPolicy(QComboBox::NoInsert);
    m_objectPicker->setMinimumContentsLength(20);
    m_objectPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_objectPicker->completer()->setFilterMode(Qt::MatchContains);
    m_objectPicker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_objectPicker->lineEdit()->setPlaceholderText(tr("Salesforce object, e.g. Contact"));
    m_operation = new QComboBox(this);
    m_operation->setObjectName(QStringLiteral("actionOperation"));
    m_operation->addItem(tr("Create"), int(Action::Operation::Create));
    m_operation->addItem(tr("Update"), int(Action::Operation::Update));
    m_operation->addItem(tr("Upsert (update, or create when nothing matches)"),
                         int(Action::Operation::Upsert));
    m_operation->addItem(tr("Delete"), int(Action::Operation::Delete));
    m_operation->addItem(tr("Hard delete (erased for good, skips the recycle bin)"),
                         int(Action::Operation::HardDelete));

    auto *head = new QFormLayout;
    head->addRow(tr("&Name:"), m_name);
    auto *objectRow = new QHBoxLayout;
    objectRow->addWidget(m_objectPicker, 2);
    objectRow->addWidget(new QLabel(tr("&Operation:"), this));
    objectRow->addWidget(m_operation, 2);
    static_cast<QLabel *>(objectRow->itemAt(1)->widget())->setBuddy(m_operation);
    auto *objectLabel = new QLabel(tr("O&bject:"), this);
    objectLabel->setBuddy(m_objectPicker);
    head->addRow(objectLabel, objectRow);

    // How rows find their records.
    auto *matcherGroup = new QGroupBox(tr("Find existing records by (matchers)"), this);
    matcherGroup->setObjectName(QStringLiteral("matcherGroup"));
    m_matcherBox = matcherGroup;
    m_operatorOr = new QRadioButton(tr("Any matcher finds the record (OR)"), matcherGroup);
    m_operatorOr->setObjectName(QStringLiteral("operatorOr"));
    m_operatorAnd = new QRadioButton(tr("All matchers must agree (AND)"), matcherGroup);
    m_operatorAnd->setObjectName(QStringLiteral("operatorAnd"));
    m_matcherList = new QListWidget(matcherGroup);
    m_matcherList->setObjectName(QStringLiteral("matcherList"));
    m_matcherList->setMaximumHeight(m_matcherList->fontMetrics().height() * 3 + 8);
    m_removeMatcher = new QPushButton(tr("Remove"), matcherGroup);
    m_removeMatcher->setObjectName(QStringLiteral("removeMatcher"));
    m_matcherPicker = new MatcherPicker(matcherGroup);
    m_matcherPicker->setObjectName(QStringLiteral("matcherFieldPicker"));
    m_matcherColumn = new QComboBox(matcherGroup);
    m_matcherColumn->setObjectName(QStringLiteral("matcherColumnPicker"));
    m_matcherColumn->setMinimumContentsLength(14);
    m_matcherConstant = new QLineEdit(matcherGroup);
    m_matcherConstant->setObjectName(QStringLiteral("matcherConstant"));
    m_matcherConstant->setPlaceholderText(tr("or a constant"));
    m_addMatcher = new QPushButton(tr("Add matcher"), matcherGroup);
    m_addMatcher->setObjectName(QStringLiteral("addMatcher"));
    m_matcherHint = new QLabel(matcherGroup);
    m_matcherHint->setObjectName(QStringLiteral("matcherHint"));
    m_matcherHint->setWordWrap(true);
    m_matcherHint->setTextFormat(Qt::PlainText);
    m_skipUnchanged =
        new QCheckBox(tr("Do not send rows whose record already holds their values"), matcherGroup);
    m_skipUnchanged->setObjectName(QStringLiteral("actionSkipUnchanged"));
    m_skipUnchanged->setToolTip(
        tr("Such rows end \"unchanged\": nothing is written, so running the same file "
           "again writes nothing. A record edited by hand is put back."));

    auto *operatorRow = new QHBoxLayout;
    operatorRow->addWidget(m_operatorOr);
    operatorRow->addWidget(m_operatorAnd);
    operatorRow->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_matcherList, 1);
    listRow->addWidget(m_removeMatcher, 0, Qt::AlignTop);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(new QLabel(tr("Field:"), matcherGroup));
    addRow->addWidget(m_matcherPicker, 2);
    addRow->addWidget(new QLabel(tr("equals column:"), matcherGroup));
    addRow->addWidget(m_matcherColumn, 1);
    addRow->addWidget(m_matcherConstant, 1);
    addRow->addWidget(m_addMatcher);
    auto *matcherLayout = new QVBoxLayout(matcherGroup);
    matcherLayout->addLayout(operatorRow);
    matcherLayout->addLayout(listRow);
    matcherLayout->addLayout(addRow);
    matcherLayout->addWidget(m_matcherHint);
    matcherLayout->addWidget(m_skipUnchanged);

    // Which values are written.
    auto *mappingGroup =
        new QGroupBox(tr("Field mapping: drag a source column onto a field, or double-click a "
                         "cell to choose"),
                      this);
    mappingGroup->setObjectName(QStringLiteral("mappingGroup"));
    m_sourceColumnView = new QListView(mappingGroup);
    m_sourceColumnView->setObjectName(QStringLiteral("sourceColumnList"));
    m_sourceColumnView->setModel(m_sourceColumns);
    m_sourceColumnView->setDragEnabled(true);
    m_sourceColumnView->setDragDropMode(QAbstractItemView::DragOnly);
    m_sourceColumnView->setDefaultDropAction(Qt::CopyAction);
    m_sourceColumnView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sourceColumnView->setToolTip(tr("Source columns: drag one onto a Salesforce field"));

    m_mappingFilter->setSourceModel(m_mapping);
    m_mappingFilter->setSearchColumns(
        {MappingModel::FieldColumn, MappingModel::NameColumn, MappingModel::SourceColumn});
    m_mappingFilter->setSortRole(MappingModel::SortRole);
    m_mappingView = new QTableView(mappingGroup);
    m_mappingView->setObjectName(QStringLiteral("mappingTable"));
    m_mappingView->setModel(m_mappingFilter);
    m_mappingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mappingView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_mappingView->setAcceptDrops(true);
    m_mappingView->setDragDropMode(QAbstractItemView::DropOnly);
    m_mappingView->setDragDropOverwriteMode(true);
    m_mappingView->setDropIndicatorShown(true);
    m_mappingView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::SelectedClicked);
    m_mappingView->setSortingEnabled(true);
    m_mappingView->sortByColumn(-1, Qt::AscendingOrder);
    m_mappingView->verticalHeader()->hide();
    m_mappingView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_mappingView->verticalHeader()->setDefaultSectionSize(m_mappingView->fontMetrics().height() + 10);
    m_mappingView->horizontalHeader()->setStretchLastSection(true);
    m_mappingView->setColumnWidth(MappingModel::FieldColumn, 170);
    m_mappingView->setColumnWidth(MappingModel::NameColumn, 150);
    m_mappingView->setColumnWidth(MappingModel::TypeColumn, 110);
    m_mappingView->setColumnWidth(MappingModel::SourceColumn, 140);
    m_mappingView->setColumnWidth(MappingModel::ConstantColumn, 110);
    auto *delegate = new ColumnPickerDelegate(m_mappingView);
    m_mappingView->setItemDelegateForColumn(MappingModel::SourceColumn, delegate);
    auto *unmapAction = new QAction(tr("Unmap"), m_mappingView);
    unmapAction->setObjectName(QStringLiteral("actionUnmapField"));
    unmapAction->setShortcut(QKeySequence::Delete);
    unmapAction->setShortcutContext(Qt::WidgetShortcut);
    m_mappingView->addAction(unmapAction);
    m_mappingView->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_mappingSearch = new QLineEdit(mappingGroup);
    m_mappingSearch->setObjectName(QStringLiteral("mappingFilter"));
    m_mappingSearch->setPlaceholderText(tr("Filter fields"));
    m_mappingSearch->setClearButtonEnabled(true);
    m_autoMap = new QPushButton(tr("&Auto-map"), mappingGroup);
    m_autoMap->setObjectName(QStringLiteral("autoMap"));
    m_autoMap->setToolTip(tr("Map columns to fields with the same API name or label (case-insensitive)"));
    m_clearMapping = new QPushButton(tr("Clear"), mappingGroup);
    m_clearMapping->setObjectName(QStringLiteral("clearMapping"));
    m_mappingSummary = new QLabel(mappingGroup);
    m_mappingSummary->setObjectName(QStringLiteral("mappingSummary"));

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_mappingSearch, 1);
    tools->addWidget(m_autoMap);
    tools->addWidget(m_clearMapping);
    auto *right = new QWidget(mappingGroup);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(tools);
    rightLayout->addWidget(m_mappingView, 1);
    rightLayout->addWidget(m_mappingSummary);
    auto *left = new QWidget(mappingGroup);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Source columns"), left));
    leftLayout->addWidget(m_sourceColumnView, 1);
    auto *mappingSplitter = new QSplitter(Qt::Horizontal, mappingGroup);
    mappingSplitter->setObjectName(QStringLiteral("mappingSplitter"));
    mappingSplitter->addWidget(left);
    mappingSplitter->addWidget(right);
    mappingSplitter->setStretchFactor(0, 1);
    mappingSplitter->setStretchFactor(1, 4);
    auto *mappingLayout = new QVBoxLayout(mappingGroup);
    mappingLayout->addWidget(mappingSplitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(matcherGroup);
    layout->addWidget(mappingGroup, 1);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        Action action = currentAction();
        action.name = text;
        applyAction(action, tr("Rename action"), JobDocument::ActionNameEdit);
    });
    auto commitObject = [this] {
        const QString object = m_objectPicker->currentText().trimmed();
        Action action = currentAction();
        if (object == action.object)
            return;
        action.object = object;
        applyAction(action, tr("Set object to %1").arg(object));
    };
    connect(m_objectPicker, &QComboBox::activated, this, commitObject);
    connect(m_objectPicker->lineEdit(), &QLineEdit::editingFinished, this, commitObject);
    connect(m_operation, &QComboBox::activated, this, [this] {
        Action action = currentAction();
        action.operation = Action::Operation(m_operation->currentData().toInt());
        applyAction(action, tr("Set operation to %1").arg(Action::operationName(action.operation)));
    });
    connect(m_skipUnchanged, &QCheckBox::clicked, this, [this](bool checked) {
        Action action = currentAction();
        action.skipUnchanged = checked;
        applyAction(action,
                    checked ? tr("Skip rows the records already hold")
                            : tr("Write rows the records already hold"));
    });
    connect(m_operatorOr, &QRadioButton::clicked, this, [this] {
        Action action = currentAction();
        action.matcherOperator = Action::MatcherOperator::Or;
        applyAction(action, tr("Match any matcher (OR)"));
    });
    connect(m_operatorAnd, &QRadioButton::clicked, this, [this] {
        Action action = currentAction();
        action.matcherOperator = Action::MatcherOperator::And;
        applyAction(action, tr("Match all matchers (AND)"));
    });
    connect(m_addMatcher, &QPushButton::clicked, this, &ActionEditor::addMatcher);
    connect(m_removeMatcher, &QPushButton::clicked, this, &ActionEditor::removeMatcher);
    connect(m_matcherPicker, &QComboBox::currentIndexChanged, this, &ActionEditor::updateMatcherHint);
    connect(m_matcherConstant, &QLineEdit::textChanged, this, &ActionEditor::updateMatcherHint);
    connect(m_matcherColumn, &QComboBox::currentIndexChanged, this, &ActionEditor::updateMatcherHint);
    connect(m_matcherList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeMatcher->setEnabled(row >= 0); });

    connect(m_mapping, &MappingModel::mappingsEdited, this,
            [this](const QList<FieldMapping> &mappings, const QString &description) {
                Action action = currentAction();
                action.fields = mappings;
                applyAction(action, description);
            });
    connect(m_mappingSearch, &QLineEdit::textChanged, m_mappingFilter,
            &SearchFilterProxyModel::setSearchText);
    connect(m_autoMap, &QPushButton::clicked, this, &ActionEditor::autoMap);
    connect(m_clearMapping, &QPushButton::clicked, this, [this] {
        Action action = currentAction();
        action.fields.clear();
        applyAction(action, tr("Clear mapping"));
    });
    connect(unmapAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_mappingView->currentIndex();
        if (current.isValid())
            m_mapping->unmap(current.data(MappingModel::FieldNameRole).toString());
    });
    connect(m_mapping, &QAbstractItemModel::modelReset, this, &ActionEditor::updateSummary);
    m_columnDelegate = delegate;

    syncFromDocument();
}

Action ActionEditor::currentAction() const
{
    return m_document->config().actions.value(m_index);
}

void ActionEditor::applyAction(const Action &action, const QString &description, int mergeId)
{
    if (m_index < 0 || m_index >= m_document->config().actions.size())
        return;
    JobConfig config = m_document->config();
    config.actions[m_index] = action;
    m_document->apply(config, description, mergeId);
}

void ActionEditor::setActionIndex(int index)
{
    m_index = index;
    syncFromDocument();
}

void ActionEditor::setObjectNames(const QStringList &names)
{
    const QString current = m_objectPicker->currentText();
    const QSignalBlocker blocker(m_objectPicker);
    m_objectPicker->clear();
    m_objectPicker->addItems(names);
    m_objectPicker->setCurrentIndex(m_objectPicker->findText(current));
    m_objectPicker->setEditText(current);
}

void ActionEditor::setObjectDescribe(const ObjectDescribe &object)
{
    m_object = object;
    m_matcherPicker->setObject(object);
    m_mapping->setObject(object);
    updateMatcherHint();
}

void ActionEditor::setParentDescribes(const QHash<QString, ObjectDescribe> &describes)
{
    m_mapping->setParentObjects(describes);
}

void ActionEditor::setSource(const QStringList &columns, const QList<QStringList> &sampleRows)
{
    m_columns = columns;
    m_sourceColumns->setStringList(columns);
    m_columnDelegate->setColumns(columns);
    m_mapping->setSourceColumns(columns);
    m_mapping->setSampleRows(sampleRows);
    const QString current = m_matcherColumn->currentText();
    m_matcherColumn->clear();
    m_matcherColumn->addItems(columns);
    m_matcherColumn->setCurrentIndex(qMax(0, m_matcherColumn->findText(current)));
    updateMatcherHint();
}

int ActionEditor::mappingErrors() const
{
    return m_mapping->errorCount();
}

void ActionEditor::syncFromDocument()
{
    const bool valid = m_index >= 0 && m_index < m_document->config().actions.size();
    setEnabled(valid);
    const Action action = currentAction();
    {
        const QSignalBlocker b1(m_name), b2(m_objectPicker), b3(m_operation);
        if (m_name->text() != action.name)
            m_name->setText(action.name);
        if (m_objectPicker->currentText() != action.object) {
            const int found = m_objectPicker->findText(action.object);
            m_objectPicker->setCurrentIndex(found);
            m_objectPicker->setEditText(action.object);
        }
        m_operation->setCurrentIndex(m_operation->findData(int(action.operation)));
    }
    m_operatorOr->setChecked(action.matcherOperator == Action::MatcherOperator::Or);
    m_operatorAnd->setChecked(action.matcherOperator == Action::MatcherOperator::And);
    m_skipUnchanged->setChecked(action.skipUnchanged);
    m_skipUnchanged->setVisible(action.operation == Action::Operation::Update
                                || action.operation == Action::Operation::Upsert);
    m_matcherBox->setVisible(action.needsMatchers());
    m_matcherList->clear();
    for (const Matcher &matcher : action.matchers)
        m_matcherList->addItem(matcherText(matcher));
    m_removeMatcher->setEnabled(false);

    m_mapping->setValueConverter(ValueConverter(action));
    m_mapping->setOperation(action.operation);
    m_mapping->setMappings(action.fields);
    m_autoMap->setEnabled(!action.deletes());
    if (!m_object.isValid() || m_object.name().compare(action.object, Qt::CaseInsensitive) != 0) {
        if (m_object.isValid() || !action.object.isEmpty())
            Q_EMIT objectChanged(action.object);
    }
    updateMatcherHint();
    updateSummary();
}

void ActionEditor::autoMap()
{
    Action action = currentAction();
    action.fields = m_mapping->autoMapped();
    applyAction(action, tr("Auto-map"));
}

void ActionEditor::updateMatcherHint()
{
    if (!m_object.isValid()) {
        m_matcherHint->setText(tr("Choose an object to pick matcher fields."));
        m_addMatcher->setEnabled(false);
        return;
    }
    const int index = m_matcherPicker->currentIndex();
    const QString fieldName = m_matcherPicker->itemData(index, MatcherPicker::FieldNameRole).toString();
    const QString refusal = index < 0 ? tr("Choose a field.") : m_matcherPicker->refusalReason(fieldName);
    const bool hasValue = !m_matcherConstant->text().isEmpty() || m_matcherColumn->currentIndex() >= 0;
    m_addMatcher->setEnabled(refusal.isEmpty() && hasValue);
    if (!refusal.isEmpty())
        m_matcherHint->setText(refusal);
    else if (!hasValue)
        m_matcherHint->setText(tr("Choose the source column holding the value (or type a constant)."));
    else
        m_matcherHint->setText(currentAction().matcherOperator == Action::MatcherOperator::Or
                                   ? tr("A row matches records equal on any matcher that has a value.")
                                   : tr("A row matches records equal on all matchers."));
}

void ActionEditor::addMatcher()
{
    const QString field = m_matcherPicker->currentField();
    if (field.isEmpty()) {
        // Disabled entries can still be selected from code or by keyboard search; never accept them.
        updateMatcherHint();
        return;
    }
    Matcher matcher;
    matcher.field = field;
    if (!m_matcherConstant->text().isEmpty()) {
        matcher.value = m_matcherConstant->text();
        matcher.hasValue = true;
    } else {
        matcher.column = m_matcherColumn->currentText();
        if (matcher.column.isEmpty())
            return;
    }
    Action action = currentAction();
    action.matchers.append(matcher);
    applyAction(action, tr("Add matcher %1").arg(field));
    m_matcherConstant->clear();
}

void ActionEditor::removeMatcher()
{
    const int row = m_matcherList->currentRow();
    Action action = currentAction();
    if (row < 0 || row >= action.matchers.size())
        return;
    const QString field = action.matchers.at(row).field;
    action.matchers.removeAt(row);
    applyAction(action, tr("Remove matcher %1").arg(field));
}

void ActionEditor::updateSummary()
{
    const Action action = currentAction();
    if (action.operation == Action::Operation::Delete) {
        m_mappingSummary->setText(tr("Delete writes no fields: rows only need matchers."));
        return;
    }
    if (action.operation == Action::Operation::HardDelete) {
        m_mappingSummary->setText(
            tr("Hard delete writes no fields: rows only need matchers. The matched "
               "records skip the recycle bin and cannot be restored; it always runs "
               "through Bulk API 2.0 and needs the 'Bulk API Hard Delete' permission."));
        return;
    }
    int warnings = 0;
    int errors = 0;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        warnings += m_mapping->severity(row) == MappingModel::Severity::Warning ? 1 : 0;
        errors += m_mapping->severity(row) == MappingModel::Severity::Error ? 1 : 0;
    }
    QString text = tr("%n field(s) mapped", nullptr, int(action.fields.size()));
    if (errors > 0)
        text += QStringLiteral(" \u00b7 ") + tr("%n problem(s)", nullptr, errors);
    if (warnings > 0)
        text += QStringLiteral(" \u00b7 ") + tr("%n warning(s)", nullptr, warnings);
    m_mappingSummary->setText(text);
}

} // namespace sfsync
