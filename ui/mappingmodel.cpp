#include "mappingmodel.h"

#include "fieldtablemodel.h"

#include <QBrush>
#include <QFont>
#include <QMimeData>
#include <QPalette>
#include <QSet>
#include <algorithm>

namespace sfsync {

namespace {
QString loose(QString name)
{
    name = name.toLower();
    if (name.endsWith(QLatin1String("__c")))
        name.chop(3);
    name.remove(QLatin1Char('_'));
    name.remove(QLatin1Char(' '));
    name.remove(QLatin1Char('-'));
    return name;
}
} // namespace

MappingModel::MappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MappingModel::setObject(const ObjectDescribe &object)
{
    m_object = object;
    buildParentRows();
    rebuild();
}

void MappingModel::setParentObjects(const QHash<QString, ObjectDescribe> &parents)
{
    m_parents.clear();
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        if (it->isValid())
            m_parents.insert(it->name().toLower(), it.value());
    }
    buildParentRows();
    rebuild();
}

void MappingModel::buildParentRows()
{
    // Rows point into m_parentRows: rebuild() runs right after, before anything reads them.
    m_rows.clear();
    m_parentRows.clear();
    m_referenceOfParentRow.clear();
    m_referenceLabel.clear();
    for (const FieldInfo &reference : m_object.fields()) {
        if (reference.type != QLatin1String("reference") || reference.relationshipName.isEmpty()
            || reference.referenceTo.size() > MaxParentObjects)
            continue;
        QString referenceLabel = reference.label.isEmpty() ? reference.relationshipName : reference.label;
        if (referenceLabel.endsWith(QLatin1String(" ID")))
            referenceLabel.chop(3);
        const bool polymorphic = reference.referenceTo.size() > 1;
        for (const QString &target : reference.referenceTo) {
            const auto parent = m_parents.constFind(target.toLower());
            if (parent == m_parents.cend())
                continue;
            for (const FieldInfo &key : parent->fields()) {
                if (!(key.externalId || key.idLookup) || key.type == QLatin1String("id"))
                    continue;
                FieldInfo row = key;
                const QString path = reference.relationshipName + QLatin1Char('.') + key.name;
                row.name = polymorphic ? parent->name() + QLatin1Char(':') + path : path;
                row.label = (polymorphic ? tr("%1 (%2)").arg(referenceLabel, parent->name()) : referenceLabel)
                    + QStringLiteral(" \u203a ") + (key.label.isEmpty() ? key.name : key.label);
                row.createable = reference.createable;
                row.updateable = reference.updateable;
                row.nillable = true;
                row.defaultedOnCreate = false;
                m_referenceOfParentRow.insert(row.name.toLower(), reference.name);
                m_referenceLabel.insert(row.name.toLower(), reference.label);
                m_parentRows.append(row);
            }
        }
    }
}

QString MappingModel::sortLabel(const FieldInfo &field) const
{
    // A parent's key sorts right under its reference field.
    const auto reference = m_referenceLabel.constFind(field.name.toLower());
    if (reference != m_referenceLabel.cend())
        return reference.value() + QChar(0x1) + field.label;
    return field.label;
}

void MappingModel::setOperation(Action::Operation operation)
{
    if (m_operation == operation)
        return;
    m_operation = operation;
    rebuild();
}

void MappingModel::setValueConverter(const ValueConverter &converter)
{
    m_converter = converter;
    rebuild();
}

QString MappingModel::valueProblem(const FieldInfo &field, const QString &text) const
{
    if (text.trimmed().isEmpty())
        return {};
    const ConvertedValue converted = m_converter.convert(field, text);
    return converted.ok ? QString() : converted.error;
}

void MappingModel::setSourceColumns(const QStringList &columns)
{
    if (m_columns == columns)
        return;
    m_columns = columns;
    rebuild();
}

void MappingModel::setSampleRows(const QList<QStringList> &rows)
{
    m_samples = rows;
    rebuild();
}

void MappingModel::setMappings(const QList<FieldMapping> &mappings)
{
    if (m_mappings == mappings && !m_rows.isEmpty())
        return;
    m_mappings = mappings;
    rebuild();
}

bool MappingModel::writable(const FieldInfo &field) const
{
    return m_object.canWrite(field, Action::operationName(m_operation));
}

bool MappingModel::needsRequired() const
{
    return m_operation == Action::Operation::Create || m_operation == Action::Operation::Upsert;
}

const FieldMapping *MappingModel::mappingFor(const QString &fieldName) const
{
    for (const FieldMapping &mapping : m_mappings) {
        if (mapping.field.compare(fieldName, Qt::CaseInsensitive) == 0)
            return &mapping;
    }
    return nullptr;
}

void MappingModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_checks.clear();
    if (m_operation != Action::Operation::Delete && m_operation != Action::Operation::HardDelete) {
        for (const FieldInfo &field : m_object.fields()) {
            if (writable(field) || mappingFor(field.name))
                m_rows.append(&field);
        }
        for (const FieldInfo &field : std::as_const(m_parentRows)) {
            if (writable(field) || mappingFor(field.name))
                m_rows.append(&field);
        }
    }
    // What needs attention first: required fields, then mapped ones, then the rest by label.
    auto rank = [this](const FieldInfo *f) {
        if (needsRequired() && f->isRequiredOnCreate())
            return 0;
        return mappingFor(f->name) ? 1 : 2;
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const FieldInfo *a, const FieldInfo *b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return sortLabel(*a).compare(sortLabel(*b), Qt::CaseInsensitive) < 0;
    });
    for (const FieldInfo *field : std::as_const(m_rows))
        m_checks.append(check(*field));
    endResetModel();
}

MappingModel::RowCheck MappingModel::check(const FieldInfo &field) const
{
    const FieldMapping *mapping = mappingFor(field.name);
    if (!mapping) {
        if (needsRequired() && field.isRequiredOnCreate())
            return {Severity::Error, tr("Required: map a column or set a constant")};
        return {};
    }
    if (m_operation == Action::Operation::Delete || m_operation == Action::Operation::HardDelete
        || !writable(field)) {
        return {Severity::Error,
                m_operation == Action::Operation::Update
                    ? tr("Salesforce does not allow updating this field")
                    : tr("Salesforce does not allow setting this field on create")};
    }
    if (mapping->isConstant()) {
        if (mapping->valueIsNull) {
            if (needsRequired() && field.isRequiredOnCreate())
                return {Severity::Error, tr("Required: cannot be cleared")};
            return {};
        }
        const QString problem = valueProblem(field, mapping->value);
        if (!problem.isEmpty())
            return {Severity::Error, problem};
        return {};
    }
    const int column = m_columns.indexOf(mapping->column);
    if (column < 0) {
        if (m_columns.isEmpty())
            return {Severity::Warning, tr("Choose a source to check this column")};
        return {Severity::Error, tr("The source has no column \"%1\"").arg(mapping->column)};
    }
    for (int i = 0; i < m_samples.size(); ++i) {
        const QStringList &sample = m_samples.at(i);
        if (column >= sample.size())
            continue;
        const QString problem = valueProblem(field, sample.at(column));
        if (!problem.isEmpty())
            return {Severity::Warning, tr("Row %1: %2").arg(i + 1).arg(problem)};
    }
    return {};
}

int MappingModel::rowOfField(const QString &fieldName) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i)->name.compare(fieldName, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString MappingModel::checkText(int row) const
{
    return row >= 0 && row < m_checks.size() ? m_checks.at(row).text : QString();
}

MappingModel::Severity MappingModel::severity(int row) const
{
    return row >= 0 && row < m_checks.size() ? m_checks.at(row).severity : Severity::None;
}

int MappingModel::errorCount() const
{
    int errors = 0;
    for (const RowCheck &check : m_checks)
        errors += check.severity == Severity::Error ? 1 : 0;
    return errors;
}

QList<FieldMapping> MappingModel::autoMapped() const
{
    QList<FieldMapping> result = m_mappings;
    QSet<QString> mappedFields;
    QSet<QString> usedColumns;
    for (const FieldMapping &mapping : m_mappings) {
        mappedFields.insert(mapping.field.toLower());
        if (!mapping.isConstant())
            usedColumns.insert(mapping.column);
    }
    // A reference is written once: by its Id or by one parent's key.
    for (const FieldMapping &mapping : m_mappings) {
        const QString reference = m_referenceOfParentRow.value(mapping.field.toLower());
        if (!reference.isEmpty())
            mappedFields.insert(reference.toLower());
    }
    const auto taken = [&](const FieldInfo &field) {
        const QString reference = m_referenceOfParentRow.value(field.name.toLower());
        if (!reference.isEmpty() && mappedFields.contains(reference.toLower()))
            return true;
        return mappedFields.contains(field.name.toLower());
    };
    const auto take = [&](const FieldInfo &field) {
        mappedFields.insert(field.name.toLower());
        const QString reference = m_referenceOfParentRow.value(field.name.toLower());
        if (!reference.isEmpty())
            mappedFields.insert(reference.toLower());
    };
    QList<const FieldInfo *> candidates;
    for (const FieldInfo &field : m_object.fields()) {
        if (writable(field) && !taken(field))
            candidates.append(&field);
    }
    // Parents' keys first, so that a column "Account.Legacy_Id__c" is not taken loosely by another field.
    for (const FieldInfo &field : std::as_const(m_parentRows)) {
        if (writable(field) && !taken(field))
            candidates.prepend(&field);
    }
    // Data Loader spells a parent's key "Account:Legacy_Id__c"; Bulk API 2.0 and sfsync
    // "Account.Legacy_Id__c".
    const auto apiSpelling = [](const QString &column) {
        if (column.count(QLatin1Char(':')) == 1 && !column.contains(QLatin1Char('.')))
            return QString(column).replace(QLatin1Char(':'), QLatin1Char('.')).toLower();
        return column.toLower();
    };
    using Key = QString (*)(const FieldInfo &);
    const Key keys[] = {
        [](const FieldInfo &f) { return f.name.toLower(); },
        [](const FieldInfo &f) { return f.label.toLower(); },
        [](const FieldInfo &f) { return loose(f.name); },
    };
    for (int pass = 0; pass < 3; ++pass) {
        for (const QString &column : m_columns) {
            if (usedColumns.contains(column))
                continue;
            const QString wanted = pass == 2 ? loose(column)
                : pass == 0                  ? apiSpelling(column)
                                             : column.toLower();
            for (const FieldInfo *field : std::as_const(candidates)) {
                // Parents' keys only by their exact spelling, never by label or loosely.
                const bool parentRow = m_referenceOfParentRow.contains(field->name.toLower());
                if (taken(*field) || (parentRow && pass != 0) || keys[pass](*field) != wanted)
                    continue;
                FieldMapping mapping;
                mapping.field = field->name;
                mapping.column = column;
                result.append(mapping);
                take(*field);
                usedColumns.insert(column);
                break;
            }
        }
    }
    return result;
}

void MappingModel::emitEdited(QList<FieldMapping> mappings, const QString &description)
{
    if (mappings == m_mappings)
        return;
    Q_EMIT mappingsEdited(mappings, description);
}

void MappingModel::mapColumn(const QString &fieldName, const QString &column)
{
    if (column.isEmpty())
        return unmap(fieldName);
    QList<FieldMapping> mappings = m_mappings;
    FieldMapping mapping;
    mapping.field = fieldName;
    mapping.column = column;
    bool replaced = false;
    for (FieldMapping &existing : mappings) {
        if (existing.field.compare(fieldName, Qt::CaseInsensitive) == 0) {
            existing = mapping;
            replaced = true;
        }
    }
    if (!replaced)
        mappings.append(mapping);
    emitEdited(mappings, tr("Map %1 to %2").arg(column, fieldName));
}

void MappingModel::setConstant(const QString &fieldName, const QString &value)
{
    if (value.isEmpty())
        return unmap(fieldName);
    QList<FieldMapping> mappings = m_mappings;
    FieldMapping mapping;
    mapping.field = fieldName;
    mapping.hasValue = true;
    // "null" clears the field, as in the config file's `"value": null`.
    mapping.valueIsNull = value == QLatin1String("null");
    if (!mapping.valueIsNull)
        mapping.value = value;
    bool replaced = false;
    for (FieldMapping &existing : mappings) {
        if (existing.field.compare(fieldName, Qt::CaseInsensitive) == 0) {
            existing = mapping;
            replaced = true;
        }
    }
    if (!replaced)
        mappings.append(mapping);
    emitEdited(mappings, tr("Set %1 to a constant").arg(fieldName));
}

void MappingModel::unmap(const QString &fieldName)
{
    QList<FieldMapping> mappings = m_mappings;
    mappings.removeIf(
        [&](const FieldMapping &m) { return m.field.compare(fieldName, Qt::CaseInsensitive) == 0; });
    emitEdited(mappings, tr("Unmap %1").arg(fieldName));
}

int MappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FieldInfo &field = *m_rows.at(index.row());
    const FieldMapping *mapping = mappingFor(field.name);
    const RowCheck &rowCheck = m_checks.at(index.row());
    const bool required = needsRequired() && field.isRequiredOnCreate();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case FieldColumn:
            return QString((field.label.isEmpty() ? field.name : field.label)
                           + (required && role == Qt::DisplayRole ? QStringLiteral(" *") : QString()));
        case NameColumn:
            return field.name;
        case TypeColumn:
            return FieldTableModel::typeText(field);
        case SourceColumn:
            return mapping && !mapping->isConstant() ? mapping->column : QString();
        case ConstantColumn:
            if (!mapping || !mapping->isConstant())
                return QString();
            return mapping->valueIsNull ? QStringLiteral("null") : mapping->value;
        case CheckColumn:
            if (role == Qt::DisplayRole && rowCheck.severity == Severity::None && mapping)
                return QStringLiteral("\u2713");
            return rowCheck.text;
        }
        break;
    case Qt::ForegroundRole:
        if (rowCheck.severity == Severity::Error
            && (index.column() == CheckColumn || index.column() == FieldColumn))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (rowCheck.severity == Severity::Warning && index.column() == CheckColumn)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        if (!mapping && index.column() == SourceColumn)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (required && index.column() == FieldColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SourceColumn:
            return tr("Drop a source column here, or double-click to choose one");
        case ConstantColumn:
            return tr("A fixed value for every row (type null to clear the field)");
        case CheckColumn:
            return rowCheck.text;
        case FieldColumn:
            return required ? tr("%1 is required when creating records").arg(field.name) : field.name;
        }
        break;
    case FieldNameRole:
        return field.name;
    case SeverityRole:
        return int(rowCheck.severity);
    case SortRole:
        if (index.column() == CheckColumn)
            return int(rowCheck.severity);
        return data(index, Qt::DisplayRole).toString().toLower();
    }
    return {};
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Salesforce field");
    case NameColumn:
        return tr("API name");
    case TypeColumn:
        return tr("Type");
    case SourceColumn:
        return tr("Source column");
    case ConstantColumn:
        return tr("Constant");
    case CheckColumn:
        return tr("Check");
    }
    return {};
}

Qt::ItemFlags MappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    if (index.column() == SourceColumn || index.column() == ConstantColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool MappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    const QString fieldName = m_rows.at(index.row())->name;
    const QString text = value.toString();
    if (index.column() == SourceColumn) {
        mapColumn(fieldName, text);
        return true;
    }
    if (index.column() == ConstantColumn) {
        const FieldMapping *mapping = mappingFor(fieldName);
        // Clearing the constant cell of a column mapping must not drop the column.
        if (text.isEmpty() && mapping && !mapping->isConstant())
            return false;
        setConstant(fieldName, text);
        return true;
    }
    return false;
}

QStringList MappingModel::mimeTypes() const
{
    return {columnMimeType()};
}

Qt::DropActions MappingModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

bool MappingModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                   const QModelIndex &parent) const
{
    // Only onto a field's row, never between rows.
    return data && data->hasFormat(columnMimeType()) && parent.isValid() && row < 0;
}

bool MappingModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString sourceColumn = QString::fromUtf8(data->data(columnMimeType()));
    if (sourceColumn.isEmpty() || parent.row() >= m_rows.size())
        return false;
    mapColumn(m_rows.at(parent.row())->name, sourceColumn);
    return true;
}

} // namespace sfsync
