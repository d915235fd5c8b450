#pragma once

#include "core/salesforce/metadata/objectdescribe.h"

#include <QAbstractTableModel>
#include <QList>

namespace sfsync {

// The org's objects (describe global) for the metadata browser and the object pickers.
class ObjectListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, NameColumn, CustomColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1, SortRole, CustomRole };

    explicit ObjectListModel(QObject *parent = nullptr);

    void setObjects(const QList<ObjectSummary> &objects);
    [[nodiscard]] const QList<ObjectSummary> &objects() const { return m_objects; }
    [[nodiscard]] int rowOf(const QString &apiName) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ObjectSummary> m_objects;
};

} // namespace sfsync
