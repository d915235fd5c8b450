#include "searchfilterproxymodel.h"

namespace sfsync {

SearchFilterProxyModel::SearchFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void SearchFilterProxyModel::setSearchColumns(const QList<int> &columns)
{
    m_columns = columns;
    invalidateFilter();
}

void SearchFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool SearchFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    QString haystack;
    for (int column : m_columns) {
        haystack += model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        haystack += QLatin1Char('\n');
    }
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace sfsync
