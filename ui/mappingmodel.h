#pragma once

#include "core/config/action.h"
#include "core/config/fieldmapping.h"
#include "core/config/valueconverter.h"
#include "core/salesforce/metadata/objectdescribe.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace sfsync {

// The visual mapping of one action: one row per Salesforce field the operation may write (plus any field
// already mapped), with the source column or constant feeding it and an inline check (required field
// missing, type mismatch with the sample rows, field not writable, column not in the source). Columns are
// dropped onto rows (drag and drop) or chosen in the Source column cell. Edits are reported through
// mappingsEdited(); the model shows what it is given and never changes the job itself.
class MappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FieldColumn,
        NameColumn,
        TypeColumn,
        SourceColumn,
        ConstantColumn,
        CheckColumn,
        ColumnCount
    };
    enum Role { FieldNameRole = Qt::UserRole + 1, SeverityRole, SortRole };
    enum class Severity { None, Warning, Error };

    // References that may point at more objects than this (Event.WhatId: dozens) offer no parents' keys.
    static constexpr int MaxParentObjects = 5;

    static QString columnMimeType() { return QStringLiteral("application/x-sfsync-source-column"); }

    explicit MappingModel(QObject *parent = nullptr);

    void setObject(const ObjectDescribe &object);
    // The describes of the objects the writable references point at: under each reference field the model
    // offers the parent's External ID and idLookup fields ("Account › Legacy Id", mapped as
    // "Account.Legacy_Id__c"). Objects missing from `parents` are not offered.
    void setParentObjects(const QHash<QString, ObjectDescribe> &parents);
    void setOperation(Action::Operation operation);
    // Date formats and time zone of the action, for checking the sample rows as the engine will read them.
    void setValueConverter(const ValueConverter &converter);
    void setSourceColumns(const QStringList &columns);
    void setSampleRows(const QList<QStringList> &rows); // the first rows of the source, in column order
    void setMappings(const QList<FieldMapping> &mappings);

    [[nodiscard]] const QList<FieldMapping> &mappings() const { return m_mappings; }
    [[nodiscard]] int rowOfField(const QString &fieldName) const;
    [[nodiscard]] QString checkText(int row) const;
    [[nodiscard]] Severity severity(int row) const;
    [[nodiscard]] int errorCount() const;

    // Fields that match a source column by API name, then by label (case-insensitive), then loosely
    // (ignoring "_", spaces and a "__c" suffix). Only unmapped, writable fields; a column feeds at most one.
    // A column named like a parent's key ("Account.Legacy_Id__c", or Data Loader's "Account:Legacy_Id__c")
    // maps to it, unless its reference field is mapped already.
    [[nodiscard]] QList<FieldMapping> autoMapped() const;

    // Edits (they emit mappingsEdited with the full new list).
    void mapColumn(const QString &fieldName, const QString &column);
    void setConstant(const QString &fieldName, const QString &value);
    void unmap(const QString &fieldName);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void mappingsEdited(const QList<sfsync::FieldMapping> &mappings, const QString &description);

private:
    struct RowCheck
    {
        Severity severity = Severity::None;
        QString text;
    };

    void rebuild();
    void buildParentRows();
    [[nodiscard]] QString sortLabel(const FieldInfo &field) const;
    [[nodiscard]] RowCheck check(const FieldInfo &field) const;
    [[nodiscard]] const FieldMapping *mappingFor(const QString &fieldName) const;
    [[nodiscard]] bool writable(const FieldInfo &field) const;
    [[nodiscard]] bool needsRequired() const;
    [[nodiscard]] QString valueProblem(const FieldInfo &field, const QString &text) const;
    void emitEdited(QList<FieldMapping> mappings, const QString &description);

    ObjectDescribe m_object;
    Action::Operation m_operation = Action::Operation::Upsert;
    QStringList m_columns;
    QList<QStringList> m_samples;
    ValueConverter m_converter;
    QList<FieldMapping> m_mappings;
    QHash<QString, ObjectDescribe> m_parents;
    // A row per parent key: name "Account.Legacy_Id__c", the key's type, the reference's createable and
    // updateable flags.
    QList<FieldInfo> m_parentRows;
    QHash<QString, QString> m_referenceOfParentRow; // lower-case parent row name -> reference field name
    QHash<QString, QString> m_referenceLabel; // lower-case parent row name -> its reference's label
    QList<const FieldInfo *> m_rows; // into m_object.fields() and m_parentRows
    QList<RowCheck> m_checks;
};

} // namespace sfsync
