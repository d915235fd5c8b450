#pragma once

#include <QStringListModel>

namespace sfsync {

// The source's columns as a drag source for the mapping table: dragging a column carries its name.
class SourceColumnModel : public QStringListModel
{
    Q_OBJECT

public:
    using QStringListModel::QStringListModel;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
};

} // namespace sfsync
