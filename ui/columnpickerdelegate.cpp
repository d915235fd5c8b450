#include "columnpickerdelegate.h"

#include <QComboBox>

namespace sfsync {

QWidget *ColumnPickerDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("mappingColumnEditor"));
    combo->addItem(tr("(not mapped)"), QString());
    for (const QString &column : m_columns)
        combo->addItem(column, column);
    return combo;
}

void ColumnPickerDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int found = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(found < 0 ? 0 : found);
}

void ColumnPickerDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData().toString(), Qt::EditRole);
}

} // namespace sfsync
