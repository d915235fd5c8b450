#include "objectlistmodel.h"

namespace sfsync {

ObjectListModel::ObjectListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ObjectListModel::setObjects(const QList<ObjectSummary> &objects)
{
    beginResetModel();
    m_objects = objects;
    endResetModel();
}

int ObjectListModel::rowOf(const QString &apiName) const
{
    for (int i = 0; i < m_objects.size(); ++i) {
        if (m_objects.at(i).name.compare(apiName, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int ObjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_objects.size());
}

int ObjectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObjectListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_objects.size())
        return {};
    const ObjectSummary &object = m_objects.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return object.label.isEmpty() ? object.name : object.label;
        case NameColumn:
            return object.name;
        case CustomColumn:
            return object.custom ? tr("Custom") : QString();
        }
        break;
    case Qt::ToolTipRole:
        return object.custom ? tr("%1 (custom object)").arg(object.name) : object.name;
    case SortRole:
        if (index.column() == CustomColumn)
            return object.custom;
        return data(index, Qt::DisplayRole).toString().toLower();
    case NameRole:
        return object.name;
    case CustomRole:
        return object.custom;
    }
    return {};
}

QVariant ObjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case NameColumn:
        return tr("API name");
    case CustomColumn:
        return tr("Custom");
    }
    return {};
}

} // namespace sfsync
