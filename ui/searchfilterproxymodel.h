#pragma once

#include <QList>
#include <QSortFilterProxyModel>

namespace sfsync {

// Filter-as-you-type over a few columns (label and API name): a row stays when every word of the search
// text occurs in one of those columns, case-insensitively. Sorting uses the source's sort role.
class SearchFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SearchFilterProxyModel(QObject *parent = nullptr);

    void setSearchColumns(const QList<int> &columns);
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QList<int> m_columns;
    QString m_text;
    QStringList m_words;
};

} // namespace sfsync
