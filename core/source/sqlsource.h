#pragma once

#include "core/source/source.h"

#include <memory>

namespace sfsync {

// Rows of an SQLite query (QtSql, read-only, forward-only: rows are fetched as they are read).
// Columns are the query's result columns; NULL is an empty cell.
class SqlSource : public Source
{
public:
    SqlSource(const QString &databasePath, const QString &query);
    ~SqlSource() override;

    bool open(QString *error) override;
    [[nodiscard]] QStringList header() const override { return m_header; }
    bool next(SourceRow *row) override;

private:
    class Private;
    std::unique_ptr<Private> d;
    QStringList m_header;
    qint64 m_rowNumber = 0;
};

} // namespace sfsync
