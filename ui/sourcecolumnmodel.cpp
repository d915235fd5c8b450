#include "sourcecolumnmodel.h"

#include "mappingmodel.h"

#include <QMimeData>

namespace sfsync {

Qt::ItemFlags SourceColumnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList SourceColumnModel::mimeTypes() const
{
    return {MappingModel::columnMimeType(), QStringLiteral("text/plain")};
}

QMimeData *SourceColumnModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const QString column = indexes.first().data(Qt::DisplayRole).toString();
    auto *mime = new QMimeData;
    mime->setData(MappingModel::columnMimeType(), column.toUtf8());
    mime->setText(column);
    return mime;
}

Qt::DropActions SourceColumnModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

} // namespace sfsync
