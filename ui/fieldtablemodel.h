#pragma once

#include "core/salesforce/metadata/fieldinfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace sfsync {

// The fields of one object, with the properties that decide how a field can be used in a job.
class FieldTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LabelColumn,
        NameColumn,
        TypeColumn,
        LengthColumn,
        RequiredColumn,
        CreateableColumn,
        UpdateableColumn,
        ExternalIdColumn,
        IdLookupColumn,
        UniqueColumn,
        FilterableColumn,
        ColumnCount
    };
    enum Role { NameRole = Qt::UserRole + 1, SortRole };

    explicit FieldTableModel(QObject *parent = nullptr);

    void setFields(const QList<FieldInfo> &fields);
    [[nodiscard]] const QList<FieldInfo> &fields() const { return m_fields; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "string(80)", "double(16, 2)", "reference(Account)": the type as an admin reads it.
    static QString typeText(const FieldInfo &field);

private:
    [[nodiscard]] static bool flag(const FieldInfo &field, int column);

    QList<FieldInfo> m_fields;
};

} // namespace sfsync
