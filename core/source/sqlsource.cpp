#include "core/source/sqlsource.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

namespace sfsync {

namespace {

// Free functions' strings, under the context the runtime looks them up in (lupdate reads the
// macro's argument; a free tr() helper would file them under the namespace).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::SqlSource)
};

} // namespace

class SqlSource::Private
{
public:
    QString path;
    QString queryText;
    QString connectionName;
    std::unique_ptr<QSqlQuery> query;
};

SqlSource::SqlSource(const QString &databasePath, const QString &query)
    : d(std::make_unique<Private>())
{
    d->path = databasePath;
    d->queryText = query;
    d->connectionName = QStringLiteral("sfsync-source-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SqlSource::~SqlSource()
{
    // The query and every QSqlDatabase handle must be gone before the connection is removed.
    d->query.reset();
    if (QSqlDatabase::contains(d->connectionName)) {
        QSqlDatabase::database(d->connectionName, false).close();
        QSqlDatabase::removeDatabase(d->connectionName);
    }
}

bool SqlSource::open(QString *error)
{
    if (!QFileInfo::exists(d->path)) {
        *error = Text::tr("the database %1 does not exist").arg(d->path);
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
        db.setDatabaseName(d->path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            *error = Text::tr("cannot open %1: %2").arg(d->path, db.lastError().text());
            return false;
        }
        d->query = std::make_unique<QSqlQuery>(db);
    }
    d->query->setForwardOnly(true);
    if (!d->query->exec(d->queryText)) {
        *error = Text::tr("the query failed: %1").arg(d->query->lastError().text());
        return false;
    }
    const QSqlRecord record = d->query->record();
    for (int i = 0; i < record.count(); ++i)
        m_header.append(record.fieldName(i));
    return true;
}

bool SqlSource::next(SourceRow *row)
{
    if (!d->query || !d->query->next()) {
        if (d->query && d->query->lastError().isValid())
            m_errorString = Text::tr("reading the query failed: %1").arg(d->query->lastError().text());
        return false;
    }
    row->number = ++m_rowNumber;
    row->line = m_rowNumber;
    row->error.clear();
    row->cells.clear();
    for (int i = 0; i < m_header.size(); ++i) {
        const QVariant v = d->query->value(i);
        row->cells.append(v.isNull() ? QString() : v.toString());
    }
    return true;
}

} // namespace sfsync
