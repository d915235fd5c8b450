#include "core/engine/lostwrites.h"

#include "core/corelogging.h"
#include "core/engine/journalentry.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/recordid.h"
#include "core/salesforce/restclient.h"

#include <QMap>
#include <QTimer>

namespace sfsync {

namespace {

// How far before a write's send time the org's records are searched: the clock estimate is good to the
// second (the Date header), and CreatedDate is stamped when the server starts the transaction.
constexpr qint64 SinceMarginMs = 5000;

// Rows whose write may create a record: "not written" is only final once a late commit is ruled out.
bool mayCreate(WorkItem::Kind kind)
{
    return kind == WorkItem::Kind::Create || kind == WorkItem::Kind::Upsert;
}

ReadBack::Verdict unknown(const QString &why)
{
    ReadBack::Verdict v;
    v.kind = ReadBack::Verdict::Kind::Unknown;
    v.message = QStringLiteral("UNCERTAIN: ") + why;
    return v;
}

} // namespace

LostWrites::LostWrites(RestClient *rest, QList<Target> targets, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_targets(std::move(targets))
{
    m_clock.start();
}

LostWrites::~LostWrites()
{
    for (const QPointer<ReadBack> &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
}

void LostWrites::addResumed(WorkItem *item)
{
    if (m_resumed.isEmpty())
        QMetaObject::invokeMethod(this, &LostWrites::addResumedRows, Qt::QueuedConnection);
    m_resumed.append(item);
}

void LostWrites::addResumedRows()
{
    QMap<QPair<int, int>, Batch> batches;
    const QDateTime now = m_rest ? m_rest->serverTime() : QDateTime::currentDateTimeUtc();
    for (WorkItem *item : std::as_const(m_resumed)) {
        WorkItem::Kind kind = writeKindNamed(item->journal->kind);
        if (kind == WorkItem::Kind::None)
            kind = WorkItem::Kind::Create; // the safest reading: look for the records it may have made
        Batch &batch = batches[qMakePair(item->action, int(kind))];
        batch.items.append(item);
        batch.kind = kind;
        batch.action = item->action;
        batch.resumed = true;
        const QDateTime sentAt = item->journal->sentAt.isValid() ? item->journal->sentAt : now;
        if (!batch.sentAt.isValid() || sentAt < batch.sentAt)
            batch.sentAt = sentAt;
        item->uncertain = true;
        item->answerLost = true;
        item->result.error = QStringLiteral("ANSWER_LOST: ") + tr("the interrupted run was sending this row");
    }
    m_resumed.clear();
    for (Batch &batch : batches) {
        // Time has passed since the interrupted run sent it, on the org's clock.
        batch.sentAtMs = m_clock.elapsed() - qMax<qint64>(0, batch.sentAt.msecsTo(now));
        qCInfo(lcCoreEngine).noquote()
            << "resume:" << batch.items.size() << "row(s) the interrupted run was"
            << "sending (" << writeKindName(batch.kind) << "); reading the org back";
        add(batch);
    }
}

void LostWrites::add(const Batch &batch)
{
    if (batch.items.isEmpty())
        return;
    if (m_stopped) {
        for (WorkItem *item : batch.items)
            Q_EMIT resolved(item,
                            unknown(tr("the run stopped before the org could be read back; look for this "
                                       "row's record before loading it again")));
        return;
    }
    auto pending = std::make_shared<Pending>();
    pending->batch = batch;
    pending->waiting = batch.items;
    m_open += int(batch.items.size());
    m_all.append(pending);
    if (isPlainCreate(batch)) {
        m_createQueue[batch.action].append(pending);
        startCreateCheck(batch.action);
    } else {
        readBack(pending);
    }
}

void LostWrites::createCallStarted(int action)
{
    ++m_createCalls[action];
}

void LostWrites::createCallFinished(int action)
{
    if (--m_createCalls[action] <= 0) {
        m_createCalls.remove(action);
        startCreateCheck(action);
    }
}

void LostWrites::recordCreated(int action, const QString &id)
{
    // Only a lost plain create is told apart from the run's other new records by Id (an upsert's or a
    // matched create's read-back goes by its matcher values): nothing to keep for other actions.
    if (id.isEmpty() || m_targets.value(action).operation != Action::Operation::Create)
        return;
    CreatedId created;
    created.atMs = m_rest ? m_rest->serverTime().toMSecsSinceEpoch() : 0;
    const QByteArray key = RecordId::key(id).toLatin1();
    created.length = quint8(qMin<qsizetype>(key.size(), qsizetype(created.key.size())));
    std::copy_n(key.constData(), created.length, created.key.begin());
    m_created.push_back(created);
    pruneCreated();
}

void LostWrites::answeredWriteTook(qint64 ms)
{
    m_slowestWriteMs = qMax(m_slowestWriteMs, ms);
}

void LostWrites::pruneCreated()
{
    // Kept as long as a lost create could need them: one sent now may be lost up to a request timeout
    // later, and is then searched for from its send time on; batches waiting keep theirs.
    qint64 keepFrom =
        (m_rest ? m_rest->serverTime().toMSecsSinceEpoch() : 0) - m_requestTimeoutMs - 2 * SinceMarginMs;
    for (const auto &queue : std::as_const(m_createQueue)) {
        for (const auto &pending : queue)
            keepFrom = qMin(keepFrom, pending->batch.sentAt.toMSecsSinceEpoch() - SinceMarginMs);
    }
    while (!m_created.empty() && m_created.front().atMs < keepFrom)
        m_created.pop_front();
}

QSet<QString> LostWrites::createdSince(const QDateTime &since) const
{
    QSet<QString> known;
    const qint64 from = since.toMSecsSinceEpoch();
    for (auto it = m_created.crbegin(); it != m_created.crend() && it->atMs >= from; ++it)
        known.insert(QString::fromLatin1(it->key.data(), it->length));
    return known;
}

bool LostWrites::isPlainCreate(const Batch &batch) const
{
    return batch.kind == WorkItem::Kind::Create
        && m_targets.value(batch.action).operation != Action::Operation::Upsert;
}

QList<ReadBack::Suspect> LostWrites::suspectsOf(const QList<WorkItem *> &items, const Batch &batch) const
{
    QList<ReadBack::Suspect> suspects;
    suspects.reserve(items.size());
    for (WorkItem *item : items) {
        ReadBack::Suspect s;
        s.fields = item->sendingFields();
        // A resumed row's target is the one the interrupted run was writing.
        s.targetId = batch.resumed && item->journal ? item->journal->recordId : item->targetId;
        switch (batch.kind) {
        case WorkItem::Kind::Create:
            s.write = isPlainCreate(batch) ? ReadBack::Write::Create : ReadBack::Write::Upsert;
            break;
        case WorkItem::Kind::Update:
            s.write = ReadBack::Write::Update;
            break;
        case WorkItem::Kind::Delete:
            s.write = ReadBack::Write::Delete;
            break;
        case WorkItem::Kind::Upsert:
        case WorkItem::Kind::None:
            s.write = ReadBack::Write::NativeUpsert;
            break;
        }
        if (s.write == ReadBack::Write::Upsert || s.write == ReadBack::Write::NativeUpsert) {
            item->unparkMatchers();
            s.matcherValues = item->matcherValues;
        }
        suspects.append(s);
    }
    return suspects;
}

void LostWrites::readBack(const std::shared_ptr<Pending> &pending)
{
    const Batch &batch = pending->batch;
    ReadBack::Context context;
    context.rest = m_rest;
    context.object = m_targets.value(batch.action).object;
    context.rule = m_targets.value(batch.action).rule;
    context.userId = m_rest && m_rest->connection() ? m_rest->connection()->identity().userId : QString();
    context.timeoutMs = m_requestTimeoutMs;
    context.since = batch.sentAt.addMSecs(-SinceMarginMs);
    auto *job = new ReadBack(context, suspectsOf(pending->waiting, batch), this);
    m_jobs.append(job);
    connect(job, &ReadBack::finished, this,
            [this, job, pending] { readBackDone(job, {pending}, pending->batch.action, false); });
    job->start();
}

void LostWrites::startCreateCheck(int action)
{
    // Counted only while no create of the action is in flight (and none is sent until the count is in):
    // then every record the run created since the lost writes went out is known by its Id.
    if (m_stopped || m_counting.contains(action) || m_createCalls.value(action) > 0)
        return;
    QList<std::shared_ptr<Pending>> pendings = m_createQueue.take(action);
    if (pendings.isEmpty())
        return;
    m_counting.insert(action);
    QDateTime since = pendings.first()->batch.sentAt;
    QList<WorkItem *> items;
    for (const auto &p : std::as_const(pendings)) {
        since = qMin(since, p->batch.sentAt);
        items += p->waiting;
    }
    since = since.addMSecs(-SinceMarginMs);
    ReadBack::Context context;
    context.rest = m_rest;
    context.object = m_targets.value(action).object;
    context.rule = m_targets.value(action).rule;
    context.userId = m_rest && m_rest->connection() ? m_rest->connection()->identity().userId : QString();
    context.timeoutMs = m_requestTimeoutMs;
    context.since = since;
    context.isKnown = [known = createdSince(since), before = m_knownBefore](const QString &id) {
        return known.contains(RecordId::key(id)) || (before && before(id));
    };
    auto *job = new ReadBack(context, suspectsOf(items, pendings.first()->batch), this);
    m_jobs.append(job);
    connect(job, &ReadBack::finished, this,
            [this, job, pendings, action] { readBackDone(job, pendings, action, true); });
    job->start();
}

qint64 LostWrites::settleMsFor(const Batch &batch) const
{
    return qMax<qint64>(m_settleMs, 3 * m_slowestWriteMs) + (batch.timedOut ? m_requestTimeoutMs : 0);
}

void LostWrites::readBackDone(ReadBack *job, const QList<std::shared_ptr<Pending>> &pendings, int action,
                              bool counting)
{
    m_jobs.removeAll(job);
    job->deleteLater();
    if (counting)
        m_counting.remove(action);
    if (m_stopped)
        return;
    const SfError failure = job->error();
    const QList<ReadBack::Verdict> &verdicts = job->verdicts();
    int at = 0;
    for (const auto &pending : pendings) {
        const QList<WorkItem *> items = pending->waiting;
        pending->waiting.clear();
        const bool settled = m_clock.elapsed() - pending->batch.sentAtMs >= settleMsFor(pending->batch);
        for (WorkItem *item : items) {
            const ReadBack::Verdict verdict = verdicts.value(at++);
            if (verdict.kind == ReadBack::Verdict::Kind::NotWritten && mayCreate(pending->batch.kind)
                && !settled) {
                pending->waiting.append(item);
                continue;
            }
            --m_open;
            Q_EMIT resolved(item, verdict);
        }
        if (pending->waiting.isEmpty())
            m_all.removeAll(pending);
        else
            recheckLater(pending);
    }
    if (!failure.isNull() && failure.stopsJob())
        Q_EMIT fatalError(failure);
    if (counting) {
        startCreateCheck(action);
        if (!holdsCreates(action))
            Q_EMIT released();
    }
}

void LostWrites::recheckLater(const std::shared_ptr<Pending> &pending)
{
    const qint64 due = pending->batch.sentAtMs + settleMsFor(pending->batch) - m_clock.elapsed();
    qCInfo(lcCoreEngine) << pending->waiting.size()
                         << "row(s) whose answer was lost show nothing in the org yet;"
                         << "looking again in" << qMax<qint64>(0, due) << "ms before sending them again";
    QTimer::singleShot(int(qBound<qint64>(0, due, 24LL * 3600 * 1000)), this, [this, pending] {
        if (m_stopped)
            return;
        if (isPlainCreate(pending->batch)) {
            m_createQueue[pending->batch.action].append(pending);
            startCreateCheck(pending->batch.action);
        } else {
            readBack(pending);
        }
    });
}

void LostWrites::stop()
{
    m_stopped = true;
    for (const QPointer<ReadBack> &job : std::as_const(m_jobs)) {
        if (job) {
            job->cancel();
            job->deleteLater();
        }
    }
    m_jobs.clear();
    m_createQueue.clear();
    m_counting.clear();
    const QList<std::shared_ptr<Pending>> all = std::move(m_all);
    m_all.clear();
    m_open = 0;
    for (const auto &pending : all) {
        for (WorkItem *item : std::as_const(pending->waiting))
            Q_EMIT resolved(item,
                            unknown(tr("the run stopped before the org could be read back; look for this "
                                       "row's record before loading it again")));
    }
}

} // namespace sfsync
