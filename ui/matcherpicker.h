#pragma once

#include "core/salesforce/metadata/objectdescribe.h"

#include <QComboBox>

class QStandardItemModel;

namespace sfsync {

// Chooses the field of a record matcher. Only filterable fields can find records, so the others are listed
// disabled with the reason as their tooltip, and currentField() refuses them even when selected from code.
// External ID and ID lookup fields come first: they are the usual, unique keys.
class MatcherPicker : public QComboBox
{
    Q_OBJECT

public:
    enum Role { FieldNameRole = Qt::UserRole + 1, AllowedRole };

    explicit MatcherPicker(QWidget *parent = nullptr);

    void setObject(const ObjectDescribe &object);
    // The chosen field's API name, or empty when nothing allowed is chosen.
    [[nodiscard]] QString currentField() const;
    // Why `fieldName` cannot be a matcher (empty when it can).
    [[nodiscard]] QString refusalReason(const QString &fieldName) const;
    [[nodiscard]] int indexOfField(const QString &fieldName) const;

private:
    QStandardItemModel *m_model = nullptr;
    ObjectDescribe m_object;
};

} // namespace sfsync
