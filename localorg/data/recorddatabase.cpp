#include "localorg/data/recorddatabase.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sfsync::localorg {

namespace {

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

RecordDatabase::RecordDatabase()
    : m_connection(QStringLiteral("sfsync-localorg-%1").arg(quintptr(this), 0, 16))
{ }

RecordDatabase::~RecordDatabase()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool RecordDatabase::open(const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = QStringLiteral("cannot create the data folder %1").arg(directory);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(QDir(directory).filePath(QStringLiteral("localorg.sqlite")));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    // WAL + NORMAL: a crash may lose the last operation but never corrupts the file, and writes stay fast.
    return exec(q, QStringLiteral("PRAGMA journal_mode=WAL"), error)
        && exec(q, QStringLiteral("PRAGMA synchronous=NORMAL"), error)
        && exec(q,
                QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS records (id TEXT PRIMARY KEY, object TEXT NOT NULL, "
                    "body TEXT NOT NULL)"),
                error)
        && exec(q, QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"),
                error);
}

bool RecordDatabase::load(const std::function<void(const QString &, const QJsonObject &)> &visit,
                          quint64 *counter, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!exec(q, QStringLiteral("SELECT object, body FROM records ORDER BY id"), error))
        return false;
    while (q.next())
        visit(q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toByteArray()).object());
    *counter = 0;
    if (!exec(q, QStringLiteral("SELECT value FROM meta WHERE key = 'counter'"), error))
        return false;
    if (q.next())
        *counter = q.value(0).toULongLong();
    return true;
}

bool RecordDatabase::write(const QList<Change> &changes, quint64 counter, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral("INSERT OR REPLACE INTO records (id, object, body) VALUES (?, ?, ?)"));
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM records WHERE id = ?"));
    bool ok = true;
    for (const Change &change : changes) {
        if (change.record) {
            upsert.bindValue(0, change.id);
            upsert.bindValue(1, change.object);
            upsert.bindValue(2,
                             QString::fromUtf8(QJsonDocument(*change.record).toJson(QJsonDocument::Compact)));
            ok = upsert.exec();
        } else {
            remove.bindValue(0, change.id);
            ok = remove.exec();
        }
        if (!ok) {
            if (error)
                *error = (change.record ? upsert : remove).lastError().text();
            break;
        }
    }
    if (ok) {
        QSqlQuery meta(db);
        meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('counter', ?)"));
        meta.bindValue(0, QString::number(counter));
        ok = meta.exec();
        if (!ok && error)
            *error = meta.lastError().text();
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool RecordDatabase::clear(QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return exec(q, QStringLiteral("DELETE FROM records"), error)
        && exec(q, QStringLiteral("DELETE FROM meta"), error);
}

} // namespace sfsync::localorg
