#include "metadatabrowser.h"

#include "fieldtablemodel.h"
#include "objectlistmodel.h"
#include "searchfilterproxymodel.h"
#include "uilogging.h"

#include "core/salesforce/metadata/metadataservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sfsync {

namespace {
QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Fixed row heights keep scrolling through thousands of rows cheap (no per-row size hints).
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}
} // namespace

MetadataBrowser::MetadataBrowser(QWidget *parent)
    : QWidget(parent)
    , m_objects(new ObjectListModel(this))
    , m_objectFilter(new SearchFilterProxyModel(this))
    , m_fields(new FieldTableModel(this))
    , m_fieldFilter(new SearchFilterProxyModel(this))
{
    setObjectName(QStringLiteral("metadataBrowser"));
    m_objectFilter->setSourceModel(m_objects);
    m_objectFilter->setSearchColumns({ObjectListModel::LabelColumn, ObjectListModel::NameColumn});
    m_objectFilter->setSortRole(ObjectListModel::SortRole);
    m_fieldFilter->setSourceModel(m_fields);
    m_fieldFilter->setSearchColumns(
        {FieldTableModel::LabelColumn, FieldTableModel::NameColumn, FieldTableModel::TypeColumn});
    m_fieldFilter->setSortRole(FieldTableModel::SortRole);

    m_stack = new QStackedWidget(this);
    auto *empty = new QLabel(tr("Sign in or open the local org to browse its objects."), m_stack);
    empty->setObjectName(QStringLiteral("metadataEmptyState"));
    empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(empty);

    auto *content = new QWidget(m_stack);
    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->setObjectName(QStringLiteral("metadataSplitter"));

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_objectSearch = new QLineEdit(left);
    m_objectSearch->setObjectName(QStringLiteral("objectSearch"));
    m_objectSearch->setPlaceholderText(tr("Search objects (label or API name)"));
    m_objectSearch->setClearButtonEnabled(true);
    m_objectView = makeTable(left, QStringLiteral("objectList"));
    m_objectView->setModel(m_objectFilter);
    m_objectView->sortByColumn(ObjectListModel::LabelColumn, Qt::AscendingOrder);
    m_objectView->horizontalHeader()->setSectionResizeMode(ObjectListModel::LabelColumn,
                                                           QHeaderView::Stretch);
    m_objectView->horizontalHeader()->setSectionResizeMode(ObjectListModel::NameColumn, QHeaderView::Stretch);
    m_objectView->horizontalHeader()->setSectionResizeMode(ObjectListModel::CustomColumn,
                                                           QHeaderView::ResizeToContents);
    leftLayout->addWidget(m_objectSearch);
    leftLayout->addWidget(m_objectView);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    m_objectTitle = new QLabel(tr("Choose an object to see its fields."), right);
    m_objectTitle->setObjectName(QStringLiteral("objectTitle"));
    m_objectTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_objectTitle->font();
    titleFont.setBold(true);
    m_objectTitle->setFont(titleFont);
    m_useInJob = new QPushButton(tr("Use in job"), right);
    m_useInJob->setObjectName(QStringLiteral("useObjectInJob"));
    m_useInJob->setToolTip(tr("Set this object on the current action of the job"));
    m_useInJob->setEnabled(false);
    m_refresh = new QPushButton(tr("&Refresh"), right);
    m_refresh->setObjectName(QStringLiteral("refreshMetadata"));
    m_refresh->setToolTip(tr("Fetch the objects and fields again from the org (F5)"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    titleRow->addWidget(m_objectTitle, 1);
    titleRow->addWidget(m_useInJob);
    titleRow->addWidget(m_refresh);
    m_fieldSearch = new QLineEdit(right);
    m_fieldSearch->setObjectName(QStringLiteral("fieldSearch"));
    m_fieldSearch->setPlaceholderText(tr("Filter fields (label, API name or type)"));
    m_fieldSearch->setClearButtonEnabled(true);
    m_fieldView = makeTable(right, QStringLiteral("fieldTable"));
    m_fieldView->setModel(m_fieldFilter);
    m_fieldView->sortByColumn(FieldTableModel::LabelColumn, Qt::AscendingOrder);
    m_fieldView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_fieldView->horizontalHeader()->setStretchLastSection(false);
    m_fieldView->setColumnWidth(FieldTableModel::LabelColumn, 180);
    m_fieldView->setColumnWidth(FieldTableModel::NameColumn, 180);
    m_fieldView->setColumnWidth(FieldTableModel::TypeColumn, 130);
    for (int c = FieldTableModel::LengthColumn; c < FieldTableModel::ColumnCount; ++c)
        m_fieldView->setColumnWidth(c, c == FieldTableModel::LengthColumn ? 60 : 76);
    rightLayout->addLayout(titleRow);
    rightLayout->addWidget(m_fieldSearch);
    rightLayout->addWidget(m_fieldView);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("metadataStatus"));
    m_status->setTextFormat(Qt::PlainText);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter, 1);
    contentLayout->addWidget(m_status);
    m_stack->addWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_objectSearch, &QLineEdit::textChanged, m_objectFilter, &SearchFilterProxyModel::setSearchText);
    connect(m_fieldSearch, &QLineEdit::textChanged, m_fieldFilter, &SearchFilterProxyModel::setSearchText);
    connect(m_objectView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MetadataBrowser::onCurrentObjectChanged);
    connect(m_refresh, &QPushButton::clicked, this, &MetadataBrowser::refresh);
    connect(m_useInJob, &QPushButton::clicked, this, [this] {
        if (!m_currentObject.isEmpty())
            Q_EMIT useObjectRequested(m_currentObject);
    });
}

void MetadataBrowser::setMetadataService(MetadataService *service)
{
    m_service = service;
    ++m_generation;
    m_objects->setObjects({});
    m_fields->setFields({});
    m_currentObject.clear();
    m_useInJob->setEnabled(false);
    m_objectTitle->setText(tr("Choose an object to see its fields."));
    m_stack->setCurrentIndex(service ? 1 : 0);
    if (service)
        loadObjects();
}

void MetadataBrowser::refresh()
{
    if (!m_service)
        return;
    m_pendingSelection = m_currentObject;
    m_service->refresh();
    loadObjects();
}

void MetadataBrowser::loadObjects()
{
    const int generation = ++m_generation;
    m_status->setText(tr("Loading objects…"));
    m_refresh->setEnabled(false);
    m_service->describeGlobal(
        this, [this, generation](const QList<ObjectSummary> &objects, const SfError &error) {
            if (generation != m_generation)
                return;
            m_refresh->setEnabled(true);
            if (!error.isNull()) {
                m_status->setText(tr("Could not load the objects: %1").arg(error.toString()));
                return;
            }
            m_objects->setObjects(objects);
            m_status->setText(tr("%n object(s)", nullptr, int(objects.size())));
            Q_EMIT objectsLoaded(int(objects.size()));
            const QString wanted = m_pendingSelection;
            m_pendingSelection.clear();
            if (!wanted.isEmpty())
                selectObject(wanted);
        });
}

void MetadataBrowser::selectObject(const QString &apiName)
{
    const int row = m_objects->rowOf(apiName);
    if (row < 0) {
        // Not loaded yet: select it when the list arrives.
        m_pendingSelection = apiName;
        return;
    }
    const QModelIndex proxyIndex = m_objectFilter->mapFromSource(m_objects->index(row, 0));
    if (!proxyIndex.isValid()) {
        m_objectSearch->clear();
        return selectObject(apiName);
    }
    m_objectView->setCurrentIndex(proxyIndex);
    m_objectView->scrollTo(proxyIndex);
}

void MetadataBrowser::onCurrentObjectChanged()
{
    const QModelIndex current = m_objectView->currentIndex();
    if (!current.isValid())
        return;
    const QString name = current.data(ObjectListModel::NameRole).toString();
    if (name != m_currentObject)
        showObject(name);
}

void MetadataBrowser::showObject(const QString &apiName)
{
    if (!m_service)
        return;
    m_currentObject = apiName;
    m_useInJob->setEnabled(true);
    m_objectTitle->setText(apiName);
    m_fields->setFields({});
    m_status->setText(tr("Loading the fields of %1…").arg(apiName));
    const int generation = m_generation;
    m_service->describe(
        apiName, this, [this, generation, apiName](const ObjectDescribe &object, const SfError &error) {
            if (generation != m_generation || apiName != m_currentObject)
                return;
            if (!error.isNull()) {
                m_status->setText(tr("Could not describe %1: %2").arg(apiName, error.toString()));
                return;
            }
            const ObjectSummary &summary = object.summary();
            m_objectTitle->setText(summary.label.isEmpty() ? summary.name
                                                           : tr("%1 (%2)").arg(summary.label, summary.name));
            m_fields->setFields(object.fields());
            m_status->setText(tr("%n field(s)", nullptr, int(object.fields().size())));
            Q_EMIT fieldsLoaded(apiName, int(object.fields().size()));
        });
}

} // namespace sfsync
