#include "matcherpicker.h"

#include <QStandardItemModel>
#include <algorithm>

namespace sfsync {

MatcherPicker::MatcherPicker(QWidget *parent)
    : QComboBox(parent)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
}

void MatcherPicker::setObject(const ObjectDescribe &object)
{
    m_object = object;
    m_model->clear();
    QList<const FieldInfo *> fields;
    for (const FieldInfo &field : object.fields())
        fields.append(&field);
    // Keys first, then the other filterable fields, then the refused ones; alphabetical inside each group.
    auto rank = [](const FieldInfo *f) {
        if (!f->canBeMatcher())
            return 2;
        return f->externalId || f->idLookup || f->name == QLatin1String("Id") ? 0 : 1;
    };
    std::stable_sort(fields.begin(), fields.end(), [&](const FieldInfo *a, const FieldInfo *b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return a->label.compare(b->label, Qt::CaseInsensitive) < 0;
    });
    for (const FieldInfo *field : std::as_const(fields)) {
        QString text = tr("%1 (%2)").arg(field->label.isEmpty() ? field->name : field->label, field->name);
        if (field->externalId)
            text += QLatin1Char(' ') + tr("[external ID]");
        auto *item = new QStandardItem(text);
        item->setData(field->name, FieldNameRole);
        item->setData(field->canBeMatcher(), AllowedRole);
        if (field->canBeMatcher()) {
            item->setToolTip(field->idLookup ? tr("Can identify records (ID lookup)")
                                             : tr("Can be used to find records"));
        } else {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(refusalReason(field->name));
        }
        m_model->appendRow(item);
    }
    setCurrentIndex(m_model->rowCount() > 0 ? 0 : -1);
}

QString MatcherPicker::currentField() const
{
    const int index = currentIndex();
    if (index < 0 || !itemData(index, AllowedRole).toBool())
        return {};
    return itemData(index, FieldNameRole).toString();
}

QString MatcherPicker::refusalReason(const QString &fieldName) const
{
    const FieldInfo *field = m_object.field(fieldName);
    if (!field)
        return tr("%1 is not a field of %2").arg(fieldName, m_object.name());
    if (field->canBeMatcher())
        return {};
    return tr("%1 is not filterable: Salesforce cannot search records by it, so it cannot be a matcher")
        .arg(field->name);
}

int MatcherPicker::indexOfField(const QString &fieldName) const
{
    for (int i = 0; i < count(); ++i) {
        if (itemData(i, FieldNameRole).toString().compare(fieldName, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace sfsync
