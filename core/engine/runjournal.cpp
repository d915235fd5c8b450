#include "core/engine/runjournal.h"

#include "core/corelogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace sfsync {

namespace {

// Free functions' strings, under the context the runtime looks them up in (lupdate reads the
// macro's argument; a free tr() helper would file them under the namespace).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::RunJournal)
};

QString stateName(RunJournal::RowState state)
{
    switch (state) {
    case RunJournal::RowState::Sending:
        return QStringLiteral("sending");
    case RunJournal::RowState::Done:
        return QStringLiteral("done");
    case RunJournal::RowState::None:
        break;
    }
    return QStringLiteral("none");
}

RowOutcome outcomeFromName(const QString &name)
{
    for (const RowOutcome o :
         {RowOutcome::Created, RowOutcome::Updated, RowOutcome::Deleted, RowOutcome::Ambiguous,
          RowOutcome::NotFound, RowOutcome::Invalid, RowOutcome::Failed, RowOutcome::Skipped,
          RowOutcome::Uncertain, RowOutcome::Unchanged}) {
        if (RowResult::outcomeName(o) == name)
            return o;
    }
    return RowOutcome::Skipped;
}

} // namespace

class RunJournal::Private
{
public:
    QString connectionName;
    QSqlDatabase db;
    struct Pending
    {
        QString runId;
        RowResult result;
        QString fingerprint;
    };
    QList<Pending> pending;

    bool exec(const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            qCWarning(lcCoreJournal) << "journal:" << q.lastError().text();
            return false;
        }
        return true;
    }
};

RunJournal::RunJournal()
    : d(new Private)
{
    d->connectionName =
        QStringLiteral("sfsync-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

RunJournal::~RunJournal()
{
    if (d->db.isOpen()) {
        flush();
        d->db.close();
    }
    d->db = QSqlDatabase();
    if (QSqlDatabase::contains(d->connectionName))
        QSqlDatabase::removeDatabase(d->connectionName);
    delete d;
}

QString RunJournal::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal.sqlite"));
}

bool RunJournal::isOpen() const
{
    return d->db.isOpen();
}

bool RunJournal::open(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    d->db.setDatabaseName(path);
    d->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!d->db.open()) {
        *error = Text::tr("cannot open the run journal %1: %2").arg(path, d->db.lastError().text());
        return false;
    }
    // WAL, and FULL rather than NORMAL: with NORMAL a power loss may drop the newest "sending" mark, and for
    // a create-only action (nothing to look up on resume) that would create a record twice. FULL costs one
    // fsync per journal transaction (about two per 200 rows), negligible next to a network round trip.
    const bool ok = d->exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        && d->exec(QStringLiteral("PRAGMA synchronous=FULL"))
        && d->exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS runs (id TEXT PRIMARY KEY, config_hash TEXT NOT NULL, "
                           "config_name TEXT, source_path TEXT, started_at TEXT NOT NULL, ended_at TEXT, "
                           "status TEXT NOT NULL)"))
        && d->exec(
            QStringLiteral("CREATE INDEX IF NOT EXISTS runs_by_config ON runs (config_hash, started_at)"))
        && d->exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS rows (run_id TEXT NOT NULL, action INTEGER NOT NULL, "
                           "row INTEGER NOT NULL, state TEXT NOT NULL, kind TEXT, record_id TEXT, "
                           "fingerprint TEXT, outcome TEXT, status INTEGER, error TEXT, "
                           "PRIMARY KEY (run_id, row, action)) WITHOUT ROWID"))
        && addColumnIfMissing(QStringLiteral("sent_at"), QStringLiteral("INTEGER"))
        && d->exec(QStringLiteral("CREATE INDEX IF NOT EXISTS rows_by_record ON rows (run_id, record_id)"));
    if (!ok) {
        *error = Text::tr("cannot prepare the run journal %1: %2").arg(path, d->db.lastError().text());
        d->db.close();
        return false;
    }
    return true;
}

bool RunJournal::addColumnIfMissing(const QString &column, const QString &type)
{
    // Journals written before the column existed get it (NULL in their rows).
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(rows)")))
        return false;
    while (q.next()) {
        if (q.value(1).toString() == column)
            return true;
    }
    return d->exec(QStringLiteral("ALTER TABLE rows ADD COLUMN ") + column + QLatin1Char(' ') + type);
}

QString RunJournal::beginRun(const QString &configHash, const QString &configName, const QString &sourcePath)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(d->db);
    q.prepare(
        QStringLiteral("INSERT INTO runs (id, config_hash, config_name, source_path, started_at, status) "
                       "VALUES (?, ?, ?, ?, ?, 'running')"));
    q.addBindValue(id);
    q.addBindValue(configHash);
    q.addBindValue(configName);
    q.addBindValue(sourcePath);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        qCWarning(lcCoreJournal) << "journal: cannot record the run:" << q.lastError().text();
    return id;
}

QString RunJournal::resumableRun(const QString &configHash) const
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral(
        "SELECT id, status FROM runs WHERE config_hash = ? ORDER BY started_at DESC, rowid DESC "
        "LIMIT 1"));
    q.addBindValue(configHash);
    if (q.exec() && q.next() && q.value(1).toString() != QLatin1String("finished"))
        return q.value(0).toString();
    return {};
}

void RunJournal::reopenRun(const QString &runId)
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("UPDATE runs SET status = 'running', ended_at = NULL WHERE id = ?"));
    q.addBindValue(runId);
    q.exec();
}

void RunJournal::endRun(const QString &runId, bool complete)
{
    flush();
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("UPDATE runs SET status = ?, ended_at = ? WHERE id = ?"));
    q.addBindValue(complete ? QStringLiteral("finished") : QStringLiteral("interrupted"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(runId);
    q.exec();
}

QString RunJournal::runStatus(const QString &runId) const
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT status FROM runs WHERE id = ?"));
    q.addBindValue(runId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QHash<QPair<int, qint64>, RunJournal::Entry> RunJournal::entries(const QString &runId, qint64 firstRow,
                                                                 qint64 lastRow) const
{
    QHash<QPair<int, qint64>, Entry> result;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT action, row, state, kind, record_id, fingerprint, outcome, status, error, "
                       "sent_at FROM rows WHERE run_id = ? AND row BETWEEN ? AND ?"));
    q.addBindValue(runId);
    q.addBindValue(firstRow);
    q.addBindValue(lastRow);
    if (!q.exec())
        return result;
    while (q.next()) {
        Entry e;
        const QString state = q.value(2).toString();
        e.state = state == QLatin1String("done") ? RowState::Done
            : state == QLatin1String("sending")  ? RowState::Sending
                                                 : RowState::None;
        e.kind = q.value(3).toString();
        e.recordId = q.value(4).toString();
        e.fingerprint = q.value(5).toString();
        e.outcome = outcomeFromName(q.value(6).toString());
        e.status = q.value(7).toInt();
        e.error = q.value(8).toString();
        e.sentAt = q.value(9).isNull() ? runStart(runId)
                                       : QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
        result.insert(qMakePair(q.value(0).toInt(), q.value(1).toLongLong()), e);
    }
    return result;
}

bool RunJournal::markSending(const QString &runId, const QList<Sending> &rows)
{
    flush();
    if (!d->db.transaction())
        return false;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO rows (run_id, action, row, state, kind, record_id, fingerprint, sent_at) "
        "VALUES (?, ?, ?, 'sending', ?, ?, ?, ?)"));
    for (const Sending &s : rows) {
        q.addBindValue(runId);
        q.addBindValue(s.action);
        q.addBindValue(s.row);
        q.addBindValue(s.kind);
        q.addBindValue(s.recordId);
        q.addBindValue(s.fingerprint);
        q.addBindValue(s.sentAt.isValid() ? QVariant(s.sentAt.toMSecsSinceEpoch()) : QVariant());
        if (!q.exec()) {
            qCWarning(lcCoreJournal) << "journal:" << q.lastError().text();
            d->db.rollback();
            return false;
        }
    }
    return d->db.commit();
}

void RunJournal::recordResult(const QString &runId, const RowResult &result, const QString &fingerprint)
{
    d->pending.append({runId, result, fingerprint});
    if (d->pending.size() >= 500)
        flush();
}

bool RunJournal::flush()
{
    if (d->pending.isEmpty() || !d->db.isOpen())
        return true;
    if (!d->db.transaction())
        return false;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO rows (run_id, action, row, state, kind, record_id, fingerprint, "
        "outcome, status, error) VALUES (?, ?, ?, 'done', NULL, ?, ?, ?, ?, ?)"));
    for (const Private::Pending &p : std::as_const(d->pending)) {
        q.addBindValue(p.runId);
        q.addBindValue(p.result.actionIndex);
        q.addBindValue(p.result.row);
        q.addBindValue(p.result.id);
        q.addBindValue(p.fingerprint);
        q.addBindValue(RowResult::outcomeName(p.result.outcome));
        q.addBindValue(p.result.status);
        q.addBindValue(p.result.error);
        if (!q.exec()) {
            qCWarning(lcCoreJournal) << "journal:" << q.lastError().text();
            d->db.rollback();
            return false;
        }
    }
    d->pending.clear();
    return d->db.commit();
}

int RunJournal::countRows(const QString &runId, RowState state) const
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM rows WHERE run_id = ? AND state = ?"));
    q.addBindValue(runId);
    q.addBindValue(stateName(state));
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

bool RunJournal::knowsRecord(const QString &runId, const QString &recordId) const
{
    QSqlQuery q(d->db);
    q.prepare(
        QStringLiteral("SELECT 1 FROM rows WHERE run_id = ? AND record_id = ? AND state = 'done' LIMIT 1"));
    q.addBindValue(runId);
    q.addBindValue(recordId);
    return q.exec() && q.next();
}

QDateTime RunJournal::runStart(const QString &runId) const
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT started_at FROM runs WHERE id = ?"));
    q.addBindValue(runId);
    if (q.exec() && q.next())
        return QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    return {};
}

QVariant RunJournal::pragma(const QString &name) const
{
    // Names are checked, never spliced from input: PRAGMA takes no bound parameters.
    static const QStringList known = {QStringLiteral("journal_mode"), QStringLiteral("synchronous"),
                                      QStringLiteral("busy_timeout")};
    if (!known.contains(name))
        return {};
    QSqlQuery q(d->db);
    if (q.exec(QStringLiteral("PRAGMA ") + name) && q.next())
        return q.value(0);
    return {};
}

} // namespace sfsync
