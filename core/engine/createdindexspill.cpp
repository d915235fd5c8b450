#include "core/engine/createdindexspill.h"

#include "core/corelogging.h"
#include "core/engine/scratchfolder.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

namespace sfsync {

namespace {

// 2^25 bits (4 MiB), three probes: about 0.3% false positives at two million keys (a million creates with
// two matchers), about 13% at eight million; a false positive costs one indexed read of the file.
constexpr quint64 FilterBits = quint64(1) << 25;
constexpr int FilterProbes = 3;

QAtomicInteger<quint64> &connectionCounter()
{
    static QAtomicInteger<quint64> counter;
    return counter;
}

} // namespace

class CreatedIndexSpill::Private
{
public:
    std::unique_ptr<QTemporaryDir> dir;
    QString connectionName;
    QSqlDatabase db;
    std::optional<QSqlQuery> insertKey;
    std::optional<QSqlQuery> insertRecord;
    std::optional<QSqlQuery> selectSlots;
    std::optional<QSqlQuery> selectRecord;

    ~Private()
    {
        insertKey.reset();
        insertRecord.reset();
        selectSlots.reset();
        selectRecord.reset();
        if (db.isValid()) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
        }
    }

    bool prepare(std::optional<QSqlQuery> *query, const QString &sql, QString *error)
    {
        query->emplace(db);
        (*query)->setForwardOnly(true);
        if ((*query)->prepare(sql))
            return true;
        *error = (*query)->lastError().text();
        return false;
    }
};

std::unique_ptr<CreatedIndexSpill> CreatedIndexSpill::open(QString *error)
{
    auto d = std::make_unique<Private>();
    d->dir = makeScratchFolder(QStringLiteral("sfsync-created"), error);
    if (!d->dir)
        return nullptr;
    d->connectionName = QStringLiteral("sfsync-created-index-%1").arg(++connectionCounter());
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    d->db.setDatabaseName(d->dir->filePath(QStringLiteral("created.sqlite")));
    if (!d->db.open()) {
        *error = d->db.lastError().text();
        return nullptr;
    }
    // A scratch file: nothing to recover after a crash (resume reads the journal, not this), so no journal
    // and no syncs; a small page cache keeps the memory fixed.
    const QStringList setup = {
        QStringLiteral("PRAGMA journal_mode=OFF"),
        QStringLiteral("PRAGMA synchronous=OFF"),
        QStringLiteral("PRAGMA cache_size=-2048"),
        QStringLiteral(
            "CREATE TABLE keys (high INTEGER NOT NULL, low INTEGER NOT NULL, slot INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX keys_by_hash ON keys (high)"),
        QStringLiteral(
            "CREATE TABLE records (slot INTEGER PRIMARY KEY, id TEXT NOT NULL, state INTEGER NOT NULL)"),
    };
    for (const QString &sql : setup) {
        QSqlQuery q(d->db);
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return nullptr;
        }
    }
    if (!d->prepare(&d->insertKey, QStringLiteral("INSERT INTO keys (high, low, slot) VALUES (?, ?, ?)"),
                    error)
        || !d->prepare(&d->insertRecord,
                       QStringLiteral("INSERT OR REPLACE INTO records (slot, id, state) VALUES (?, ?, ?)"),
                       error)
        || !d->prepare(&d->selectSlots,
                       QStringLiteral("SELECT slot FROM keys WHERE high = ? AND low = ? ORDER BY slot"),
                       error)
        || !d->prepare(&d->selectRecord, QStringLiteral("SELECT id, state FROM records WHERE slot = ?"),
                       error))
        return nullptr;
    return std::unique_ptr<CreatedIndexSpill>(new CreatedIndexSpill(std::move(d)));
}

CreatedIndexSpill::CreatedIndexSpill(std::unique_ptr<Private> d)
    : d(std::move(d))
    , m_filter(FilterBits / 64, 0)
{ }

CreatedIndexSpill::~CreatedIndexSpill() = default;

QString CreatedIndexSpill::fileName() const
{
    return d->db.databaseName();
}

bool CreatedIndexSpill::begin(QString *error)
{
    if (d->db.transaction())
        return true;
    *error = d->db.lastError().text();
    return false;
}

bool CreatedIndexSpill::commit(QString *error)
{
    if (d->db.commit())
        return true;
    *error = d->db.lastError().text();
    return false;
}

void CreatedIndexSpill::rollback()
{
    d->db.rollback();
}

bool CreatedIndexSpill::mayContain(const MatchKeyHash &key) const
{
    for (int i = 0; i < FilterProbes; ++i) {
        const quint64 bit = (key.low + quint64(i) * key.high) % FilterBits;
        if ((m_filter[bit / 64] & (quint64(1) << (bit % 64))) == 0)
            return false;
    }
    return true;
}

void CreatedIndexSpill::remember(const MatchKeyHash &key)
{
    for (int i = 0; i < FilterProbes; ++i) {
        const quint64 bit = (key.low + quint64(i) * key.high) % FilterBits;
        m_filter[bit / 64] |= quint64(1) << (bit % 64);
    }
}

bool CreatedIndexSpill::addKey(const MatchKeyHash &key, quint32 slot)
{
    QSqlQuery &q = *d->insertKey;
    // SQLite's integers are signed: the hash's halves go in as their two's complement.
    q.bindValue(0, qint64(key.high));
    q.bindValue(1, qint64(key.low));
    q.bindValue(2, qint64(slot));
    if (!q.exec()) {
        qCWarning(lcCoreEngine) << "created-record index:" << q.lastError().text();
        return false;
    }
    remember(key);
    ++m_keys;
    return true;
}

bool CreatedIndexSpill::setFinished(quint32 slot, const FinishedRecord &record)
{
    QSqlQuery &q = *d->insertRecord;
    q.bindValue(0, qint64(slot));
    q.bindValue(1, QString::fromLatin1(record.id.data(), record.idLength));
    q.bindValue(2, int(record.state));
    if (!q.exec()) {
        qCWarning(lcCoreEngine) << "created-record index:" << q.lastError().text();
        return false;
    }
    return true;
}

QList<quint32> CreatedIndexSpill::slotsOf(const MatchKeyHash &key)
{
    QList<quint32> slots;
    if (!mayContain(key))
        return slots;
    QSqlQuery &q = *d->selectSlots;
    q.bindValue(0, qint64(key.high));
    q.bindValue(1, qint64(key.low));
    if (!q.exec()) {
        qCWarning(lcCoreEngine) << "created-record index:" << q.lastError().text();
        return slots;
    }
    while (q.next())
        slots.append(quint32(q.value(0).toLongLong()));
    q.finish();
    return slots;
}

std::optional<FinishedRecord> CreatedIndexSpill::finished(quint32 slot)
{
    QSqlQuery &q = *d->selectRecord;
    q.bindValue(0, qint64(slot));
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    FinishedRecord record;
    const QByteArray id = q.value(0).toString().toLatin1();
    record.idLength = quint8(qMin<qsizetype>(id.size(), qsizetype(record.id.size())));
    std::copy_n(id.constData(), record.idLength, record.id.begin());
    record.state = FinishedRecord::State(q.value(1).toInt());
    q.finish();
    return record;
}

} // namespace sfsync
