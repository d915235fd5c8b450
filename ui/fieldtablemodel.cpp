#include "fieldtablemodel.h"

namespace sfsync {

FieldTableModel::FieldTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FieldTableModel::setFields(const QList<FieldInfo> &fields)
{
    beginResetModel();
    m_fields = fields;
    endResetModel();
}

int FieldTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int FieldTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FieldTableModel::typeText(const FieldInfo &field)
{
    if (field.type == QLatin1String("reference") && !field.referenceTo.isEmpty())
        return QStringLiteral("reference(%1)").arg(field.referenceTo.join(QLatin1String(", ")));
    if ((field.type == QLatin1String("double") || field.type == QLatin1String("currency")
         || field.type == QLatin1String("percent"))
        && field.precision > 0)
        return QStringLiteral("%1(%2, %3)").arg(field.type).arg(field.precision).arg(field.scale);
    return field.type;
}

bool FieldTableModel::flag(const FieldInfo &field, int column)
{
    switch (column) {
    case RequiredColumn:
        return field.isRequiredOnCreate();
    case CreateableColumn:
        return field.createable;
    case UpdateableColumn:
        return field.updateable;
    case ExternalIdColumn:
        return field.externalId;
    case IdLookupColumn:
        return field.idLookup;
    case UniqueColumn:
        return field.unique;
    case FilterableColumn:
        return field.filterable;
    }
    return false;
}

QVariant FieldTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fields.size())
        return {};
    const FieldInfo &field = m_fields.at(index.row());
    const int column = index.column();
    const bool isFlag = column >= RequiredColumn && column <= FilterableColumn;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LabelColumn:
            return field.label.isEmpty() ? field.name : field.label;
        case NameColumn:
            return field.name;
        case TypeColumn:
            return typeText(field);
        case LengthColumn:
            return field.length > 0 ? QString::number(field.length) : QString();
        default:
            // A check mark reads at a glance and sorts; "no" stays empty so the set flags stand out.
            return isFlag && flag(field, column) ? QStringLiteral("\u2713") : QString();
        }
    case Qt::TextAlignmentRole:
        if (isFlag)
            return int(Qt::AlignCenter);
        if (column == LengthColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (column == FilterableColumn && !field.filterable)
            return tr("%1 cannot be used to find records: Salesforce does not allow filtering on it.")
                .arg(field.name);
        if (column == RequiredColumn && flag(field, column))
            return tr("Required when creating a record.");
        return field.label.isEmpty() ? field.name : tr("%1 (%2)").arg(field.label, field.name);
    case SortRole:
        if (isFlag)
            return flag(field, column) ? 1 : 0;
        if (column == LengthColumn)
            return field.length;
        return data(index, Qt::DisplayRole).toString().toLower();
    case NameRole:
        return field.name;
    }
    return {};
}

QVariant FieldTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == FilterableColumn)
        return tr("Filterable fields can be used as matchers to find existing records.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case NameColumn:
        return tr("API name");
    case TypeColumn:
        return tr("Type");
    case LengthColumn:
        return tr("Length");
    case RequiredColumn:
        return tr("Required");
    case CreateableColumn:
        return tr("Createable");
    case UpdateableColumn:
        return tr("Updateable");
    case ExternalIdColumn:
        return tr("External ID");
    case IdLookupColumn:
        return tr("ID lookup");
    case UniqueColumn:
        return tr("Unique");
    case FilterableColumn:
        return tr("Filterable");
    }
    return {};
}

} // namespace sfsync
