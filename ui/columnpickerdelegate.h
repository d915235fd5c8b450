#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace sfsync {

// Chooses a source column for a mapping cell from a drop-down ("or by choosing", beside drag and drop).
class ColumnPickerDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setColumns(const QStringList &columns) { m_columns = columns; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_columns;
};

} // namespace sfsync
