#include "core/engine/executor.h"

#include "core/corelogging.h"
#include "core/engine/lostwrites.h"
#include "core/engine/runjournal.h"
#include "core/salesforce/bulk2/bulk2loader.h"
#include "core/salesforce/recordid.h"
#include "core/salesforce/restclient.h"
#include "core/salesforce/salesforcelimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QUrl>

namespace sfsync {

namespace {

QString kindName(WorkItem::Kind kind)
{
    switch (kind) {
    case WorkItem::Kind::Create:
        return QStringLiteral("create");
    case WorkItem::Kind::Update:
        return QStringLiteral("update");
    case WorkItem::Kind::Delete:
        return QStringLiteral("delete");
    case WorkItem::Kind::Upsert:
        return QStringLiteral("upsert");
    case WorkItem::Kind::None:
        break;
    }
    return {};
}

// Record Ids named in an error message (e.g. the records an external ID matched), for the result's matches.
QStringList idsIn(const QString &message)
{
    static const QRegularExpression candidate(QStringLiteral("\\b[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?\\b"));
    QStringList ids;
    for (auto it = candidate.globalMatch(message); it.hasNext();) {
        const QString word = it.next().captured();
        int digits = 0;
        for (const QChar c : word)
            digits += c.isDigit();
        // Every Id has digits in it (key prefix, pod, counter); plain words do not.
        if (digits >= 3 && RecordId::isValid(word))
            ids.append(word);
    }
    return ids;
}

CollectionsCall::Operation collectionsOperation(WorkItem::Kind kind)
{
    switch (kind) {
    case WorkItem::Kind::Update:
        return CollectionsCall::Operation::Update;
    case WorkItem::Kind::Delete:
        return CollectionsCall::Operation::Delete;
    case WorkItem::Kind::Upsert:
        return CollectionsCall::Operation::Upsert;
    default:
        return CollectionsCall::Operation::Create;
    }
}

} // namespace

Executor::Executor(RestClient *rest, const QList<Action> &actions, const QList<ObjectDescribe> &objects,
                   QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_actions(actions)
    , m_objects(objects)
{
    if (rest)
        m_maxAttempts = qMax(1, rest->retryPolicy().maxAttempts);
    m_clock.start();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Executor::dispatch);
    QList<LostWrites::Target> targets;
    for (int i = 0; i < actions.size(); ++i)
        targets.append(
            {objects.value(i), MatchRule::of(objects.value(i), actions.at(i)), actions.at(i).operation});
    m_lost = new LostWrites(rest, targets, this);
    connect(m_lost, &LostWrites::resolved, this, &Executor::applyVerdict);
    connect(m_lost, &LostWrites::released, this, &Executor::scheduleDispatch);
    connect(m_lost, &LostWrites::fatalError, this, &Executor::fatalError);
}

Executor::~Executor() = default;

void Executor::setLostAnswerSettleMs(int ms)
{
    m_lost->setSettleMs(ms);
}

void Executor::setRequestTimeoutMs(int ms)
{
    m_requestTimeoutMs = ms;
    m_lost->setRequestTimeoutMs(ms);
}

bool Executor::isIdle() const
{
    return m_inFlight == 0 && m_queue.isEmpty() && m_unsettled.isEmpty();
}

void Executor::setJournal(RunJournal *journal, const QString &runId)
{
    m_journal = journal;
    m_runId = runId;
    m_lost->setKnownRecords([journal, runId](const QString &id) { return journal->knowsRecord(runId, id); });
}

QString Executor::targetKey(const WorkItem *item) const
{
    if (item->nativeUpsert)
        return QStringLiteral("x:") + item->upsertKey;
    if (item->created)
        return QStringLiteral("t:") + QString::number(quintptr(item->created.get()), 16);
    return QStringLiteral("r:") + RecordId::key(item->targetId);
}

void Executor::setRoute(int action, Route route)
{
    const Route before = m_routes.value(action, Route::Rest);
    m_routes.insert(action, route);
    if (before != route)
        scheduleDispatch();
}

void Executor::enqueue(WorkItem *item)
{
    if (m_stopped) {
        finishItem(item, RowOutcome::Skipped, 0, QString(), QString());
        return;
    }
    if (item->created && !item->creator && item->created->uncertain && !item->created->resolved) {
        // Planned after the create it depends on had ended uncertain (creatorFailed() answers the rows
        // planned before).
        item->result.outcome = RowOutcome::Failed;
        item->finished = true;
        item->result.status = 500;
        item->result.error = dependencyFailed(item->created->creatorRow);
        Q_EMIT itemFinished(item);
        return;
    }
    // A row on its way to Bulk API 2.0 may wait for a whole job's worth of rows (and that job) first.
    if (route(item->action) != Route::Rest)
        item->park();
    m_queue.append(item);
    item->queued = true;
    if (item->kind() != WorkItem::Kind::Create || item->created)
        m_order[targetKey(item)].append(item);
    scheduleDispatch();
}

void Executor::readBackFirst(WorkItem *item)
{
    m_unsettled.insert(item);
    // Later rows writing the same record wait for it, as they would for its write.
    if (item->kind() != WorkItem::Kind::None && (item->kind() != WorkItem::Kind::Create || item->created))
        m_order[targetKey(item)].append(item);
    if (m_readBackFirst.isEmpty())
        QMetaObject::invokeMethod(this, &Executor::flushReadBackFirst, Qt::QueuedConnection);
    m_readBackFirst.append(item);
}

void Executor::flushReadBackFirst()
{
    // One read-back per action and kind of write, from the earliest send time among them.
    QMap<QPair<int, int>, LostWrites::Batch> batches;
    const QDateTime now = m_rest ? m_rest->serverTime() : QDateTime::currentDateTimeUtc();
    for (WorkItem *item : std::as_const(m_readBackFirst)) {
        const QString &sending = item->journal->kind;
        const WorkItem::Kind kind = sending == QLatin1String("update") ? WorkItem::Kind::Update
            : sending == QLatin1String("delete")                       ? WorkItem::Kind::Delete
            : sending == QLatin1String("upsert")                       ? WorkItem::Kind::Upsert
                                                                       : WorkItem::Kind::Create;
        LostWrites::Batch &batch = batches[qMakePair(item->action, int(kind))];
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
    m_readBackFirst.clear();
    for (LostWrites::Batch &batch : batches) {
        // Time has passed since the interrupted run sent it, on the org's clock.
        batch.sentAtMs = m_clock.elapsed() - qMax<qint64>(0, batch.sentAt.msecsTo(now));
        qCInfo(lcCoreEngine).noquote() << "resume:" << batch.items.size() << "row(s) the interrupted run was"
                                       << "sending (" << kindName(batch.kind) << "); reading the org back";
        m_lost->add(batch);
    }
}

void Executor::setMoreComing(bool more)
{
    const bool changed = m_moreComing != more;
    m_moreComing = more;
    if (changed && !more)
        scheduleDispatch();
}

void Executor::stop()
{
    m_stopped = true;
    m_retryTimer.stop();
    const QList<WorkItem *> queued = m_queue;
    m_queue.clear();
    for (WorkItem *item : queued) {
        item->queued = false;
        finishItem(item, RowOutcome::Skipped, 0, QString(), QString());
    }
    // Rows whose answer was lost and not read back yet stay what they are: uncertain.
    m_lost->stop();
    // Open bulk jobs are aborted; what they processed before is still reported as written.
    for (const QPointer<Bulk2Loader> &loader : std::as_const(m_loaders)) {
        if (loader)
            loader->cancel();
    }
    if (isIdle())
        Q_EMIT idle();
}

bool Executor::eligible(const WorkItem *item, qint64 now) const
{
    if (item->inFlight || item->notBeforeMs > now)
        return false;
    const bool ordered = item->kind() != WorkItem::Kind::Create || item->created;
    if (ordered) {
        const auto it = m_order.constFind(targetKey(item));
        if (it == m_order.constEnd() || it->isEmpty() || it->first() != item)
            return false;
    }
    if (item->created && !item->creator && !item->created->resolved)
        return false;
    // Lost creates of the action are being counted in the org: a new one would blur the count.
    if (item->kind() == WorkItem::Kind::Create && !item->created && m_lost->holdsCreates(item->action))
        return false;
    if (item->kind() != WorkItem::Kind::Create && item->kind() != WorkItem::Kind::Upsert) {
        const QString id = item->created ? item->created->id : item->targetId;
        if (m_inFlightIds.contains(RecordId::key(id)))
            return false;
    }
    return true;
}

void Executor::scheduleDispatch()
{
    // Once per event-loop turn, however many rows arrived: each dispatch walks the whole queue.
    if (m_dispatchQueued)
        return;
    m_dispatchQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_dispatchQueued = false;
            dispatch();
        },
        Qt::QueuedConnection);
}

void Executor::dispatch()
{
    if (m_stopped || !m_rest)
        return;
    const qint64 now = m_clock.elapsed();
    qint64 nextRetry = -1;
    while (m_inFlight < m_concurrency && dispatchOnce(now, &nextRetry)) { }
    if (nextRetry >= 0 && !m_retryTimer.isActive())
        m_retryTimer.start(int(qMax<qint64>(1, nextRetry - now)));
}

bool Executor::dispatchOnce(qint64 now, qint64 *nextRetry)
{
    // One pass over the queue gathers the eligible rows per (action, kind), in source order; then full
    // groups (or any group once no more rows are coming) are sent.
    struct Group
    {
        int action = 0;
        WorkItem::Kind kind = WorkItem::Kind::None;
        int limit = SalesforceLimits::CollectionsRecords;
        QList<WorkItem *> items;
        QSet<QString> keys;
    };
    QList<Group> groups;
    QHash<int, int> groupOf;
    for (WorkItem *item : std::as_const(m_queue)) {
        if (item->notBeforeMs > now) {
            if (*nextRetry < 0 || item->notBeforeMs < *nextRetry)
                *nextRetry = item->notBeforeMs;
            continue;
        }
        const Route r = route(item->action);
        if (r == Route::Undecided || !eligible(item, now))
            continue;
        const WorkItem::Kind kind = item->kind();
        const int gk = item->action * 8 + int(kind);
        auto found = groupOf.constFind(gk);
        if (found == groupOf.constEnd()) {
            Group g;
            g.action = item->action;
            g.kind = kind;
            const int batchSize =
                qBound(1, m_actions.value(item->action).batchSize, SalesforceLimits::CollectionsRecords);
            g.limit = r == Route::Rest ? batchSize : m_bulkRowsPerJob;
            groups.append(g);
            found = groupOf.insert(gk, int(groups.size() - 1));
        }
        Group &g = groups[*found];
        if (g.items.size() >= g.limit)
            continue;
        if (kind != WorkItem::Kind::Create) {
            // Two rows writing one record never share a call or a job (nor two upserts of one key, which
            // would both miss and both create).
            const QString key = kind == WorkItem::Kind::Upsert
                ? targetKey(item)
                : RecordId::key(item->created ? item->created->id : item->targetId);
            if (g.keys.contains(key))
                continue;
            g.keys.insert(key);
        }
        g.items.append(item);
    }
    bool sentAny = false;
    for (Group &g : groups) {
        if (m_inFlight >= m_concurrency)
            break;
        // Wait for a full call while the planner is still producing rows: fewer calls for the same rows.
        if (g.items.size() < g.limit && m_moreComing)
            continue;
        for (WorkItem *item : std::as_const(g.items))
            item->queued = false;
        const Route r = route(g.action);
        const int batchSize =
            qBound(1, m_actions.value(g.action).batchSize, SalesforceLimits::CollectionsRecords);
        if (r == Route::On || (r == Route::Auto && g.items.size() > batchSize))
            sendBulk(g.items, g.kind, g.action);
        else
            send(g.items, g.kind, g.action);
        sentAny = true;
    }
    if (sentAny)
        m_queue.removeIf([](const WorkItem *item) { return !item->queued; });
    return sentAny;
}

void Executor::send(const QList<WorkItem *> &items, WorkItem::Kind kind, int action)
{
    CollectionsCall call(collectionsOperation(kind), m_objects.value(action).name(),
                         m_upsertFields.value(action));
    markSending(items, kind);
    for (WorkItem *item : items) {
        if (kind == WorkItem::Kind::Delete)
            call.add({}, item->targetId);
        else
            call.add(item->sendingFields().toJsonObject(),
                     kind == WorkItem::Kind::Update ? item->targetId : QString());
    }
    const bool creates = kind == WorkItem::Kind::Create && !items.first()->created;
    if (creates)
        m_lost->createCallStarted(action);
    ++m_inFlight;
    m_rowsSent += items.size();
    const QDateTime sentAt = m_rest->serverTime();
    const qint64 sentAtMs = m_clock.elapsed();
    RestRequest request = call.request();
    request.timeoutMs = m_requestTimeoutMs;
    m_rest->send(request, this,
                 [this, items, kind, action, call, creates, sentAt, sentAtMs](const RestResponse &response) {
                     --m_inFlight;
                     for (WorkItem *item : items)
                         sent(item);
                     if (response.answerLost) {
                         answerLost(items, kind, action, sentAt, sentAtMs, response.timedOut,
                                    response.firstError());
                     } else {
                         if (response.httpStatus != 0)
                             m_lost->answeredWriteTook(m_clock.elapsed() - sentAtMs);
                         handleResponse(items, kind, call, response);
                     }
                     if (creates)
                         m_lost->createCallFinished(action);
                     afterCall();
                 });
}

void Executor::afterCall()
{
    if (!m_stopped)
        dispatch();
    Q_EMIT changed();
    if (isIdle())
        Q_EMIT idle();
}

void Executor::markSending(const QList<WorkItem *> &items, WorkItem::Kind kind)
{
    const QDateTime sentAt = m_rest ? m_rest->serverTime() : QDateTime();
    QList<RunJournal::Sending> sending;
    sending.reserve(items.size());
    for (WorkItem *item : items) {
        item->inFlight = true;
        ++item->attempts;
        if (item->kind() != WorkItem::Kind::Create && item->kind() != WorkItem::Kind::Upsert)
            item->targetId = item->created ? item->created->id : item->targetId;
        if (!item->targetId.isEmpty())
            m_inFlightIds.insert(RecordId::key(item->targetId));
        sending.append({item->action, item->row, kindName(kind), item->targetId,
                        RunJournal::fingerprintText(item->fingerprint), sentAt});
    }
    if (m_journal && !m_journal->markSending(m_runId, sending))
        qCWarning(lcCoreEngine) << "the journal could not record rows being sent; resume may repeat them";
}

void Executor::sent(WorkItem *item)
{
    item->inFlight = false;
    if (!item->targetId.isEmpty())
        m_inFlightIds.remove(RecordId::key(item->targetId));
}

void Executor::sendBulk(const QList<WorkItem *> &items, WorkItem::Kind kind, int action)
{
    Bulk2JobSpec spec;
    spec.object = m_objects.value(action).name();
    switch (kind) {
    case WorkItem::Kind::Create:
        spec.operation = Bulk2JobSpec::Operation::Insert;
        break;
    case WorkItem::Kind::Update:
        spec.operation = Bulk2JobSpec::Operation::Update;
        break;
    case WorkItem::Kind::Delete:
        spec.operation = Bulk2JobSpec::Operation::Delete;
        break;
    case WorkItem::Kind::Upsert:
        spec.operation = Bulk2JobSpec::Operation::Upsert;
        spec.externalIdFieldName = m_upsertFields.value(action);
        break;
    case WorkItem::Kind::None:
        return;
    }
    markSending(items, kind);
    // The columns: every field any row writes (a row without one leaves it as it is), plus Id for update
    // and delete.
    QStringList columns;
    if (kind == WorkItem::Kind::Update || kind == WorkItem::Kind::Delete)
        columns.append(QStringLiteral("Id"));
    if (kind != WorkItem::Kind::Delete) {
        QSet<QString> seen;
        for (const WorkItem *item : items) {
            const FieldValues fields = item->sendingFields();
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                if (!seen.contains(it.key())) {
                    seen.insert(it.key());
                    columns.append(it.key());
                }
            }
        }
    }
    spec.columns = columns;

    auto *loader = new Bulk2Loader(m_rest, spec, m_bulkOptions, this);
    m_loaders.append(loader);
    ++m_inFlight;
    ++m_bulkJobs;
    m_rowsSent += items.size();
    auto answered = std::make_shared<QList<bool>>(items.size(), false);
    QList<QPair<int, SfError>> refused;
    for (int i = 0; i < items.size(); ++i) {
        const WorkItem *item = items.at(i);
        QJsonObject record;
        if (kind == WorkItem::Kind::Update || kind == WorkItem::Kind::Delete)
            record.insert(QStringLiteral("Id"), item->targetId);
        if (kind != WorkItem::Kind::Delete) {
            const FieldValues fields = item->sendingFields();
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                // Nothing to clear on a record being created.
                if (!(kind == WorkItem::Kind::Create && it.value().isNull()))
                    record.insert(it.key(), it.value());
            }
        }
        const SfError error = loader->addRecord(quint64(i), record);
        if (!error.isNull())
            refused.append({i, error});
    }
    const QDateTime sentAt = m_rest->serverTime();
    const qint64 sentAtMs = m_clock.elapsed();
    connect(loader, &Bulk2Loader::jobFinished, this,
            [this, items, answered, kind, action, sentAt, sentAtMs](const Bulk2JobResult &r) {
                handleBulkResult(items, answered.get(), kind, action, sentAt, sentAtMs, r);
            });
    connect(loader, &Bulk2Loader::finished, this,
            [this, loader, items, answered, kind, action, sentAt, sentAtMs] {
                m_loaders.removeAll(loader);
                loader->deleteLater();
                // Every row gets a result from its job; one that did not may or may not have been processed.
                QList<WorkItem *> unanswered;
                for (int i = 0; i < items.size(); ++i) {
                    if ((*answered)[i])
                        continue;
                    (*answered)[i] = true;
                    sent(items.at(i));
                    unanswered.append(items.at(i));
                }
                answerLost(unanswered, kind, action, sentAt, sentAtMs, false,
                           SfError::answerLost(tr("the bulk job reported nothing for this row")));
                --m_inFlight;
                afterCall();
            });
    // Rows the loader refused were never sent.
    for (const auto &[i, error] : std::as_const(refused)) {
        (*answered)[i] = true;
        sent(items.at(i));
        finishItem(items.at(i), RowOutcome::Failed, error.httpStatus ? error.httpStatus : 400, QString(),
                   error.toString());
    }
    qCInfo(lcCoreEngine).noquote() << "bulk" << Bulk2JobSpec::operationName(spec.operation) << spec.object
                                   << items.size() << "rows";
    loader->finishInput();
}

void Executor::handleBulkResult(const QList<WorkItem *> &items, QList<bool> *answered, WorkItem::Kind kind,
                                int action, const QDateTime &sentAt, qint64 sentAtMs,
                                const Bulk2JobResult &result)
{
    const SfError &jobError = result.error;
    const bool fatal = !result.canceled && jobError.stopsJob();
    QList<WorkItem *> unknown;
    SfError unknownWhy;
    for (const Bulk2RowResult &row : result.rows) {
        const int i = int(row.tag);
        if (i < 0 || i >= items.size() || (*answered)[i])
            continue;
        (*answered)[i] = true;
        WorkItem *item = items.at(i);
        sent(item);
        switch (row.status) {
        case Bulk2RowResult::Status::Succeeded:
            succeeded(item, kind, row.id, row.created);
            break;
        case Bulk2RowResult::Status::Failed:
            recordFailed(item, kind, row.error);
            break;
        case Bulk2RowResult::Status::NotProcessed:
            // Certainly not written (the job never ran it).
            if (m_stopped || result.canceled || fatal) {
                finishItem(item, RowOutcome::Skipped, 0, QString(), row.error.toString());
            } else if ((row.error.isTransient() || row.error.isAnswerLost() || jobError.isTransient()
                        || jobError.isAnswerLost())
                       && ++item->unprocessedJobs < MaxJobsPerRow) {
                --item->attempts; // it was never written: the try does not count
                // E.g. a 503 on the upload, or an upload whose answer was lost (that job was aborted before
                // it ran): sending the row again in a new job cannot write it twice, whatever the operation.
                qCInfo(lcCoreEngine).noquote() << "row" << item->row << ": not processed by its bulk job ("
                                               << row.error.toString() << "); sending it again in a new job";
                retryLater(item);
            } else {
                finishItem(item, RowOutcome::Failed, row.error.httpStatus ? row.error.httpStatus : 500,
                           QString(), row.error.toString());
            }
            break;
        case Bulk2RowResult::Status::Unknown:
            unknown.append(item);
            unknownWhy = row.error;
            break;
        }
    }
    if (!unknown.isEmpty())
        answerLost(unknown, kind, action, sentAt, sentAtMs, false, unknownWhy);
    if (fatal)
        Q_EMIT fatalError(jobError);
}

void Executor::handleResponse(const QList<WorkItem *> &items, WorkItem::Kind kind,
                              const CollectionsCall &call, const RestResponse &response)
{
    SfError error = response.firstError();
    QList<CollectionsCall::RecordResult> results;
    if (response.ok())
        results = call.results(response.json().isArray() ? QJsonValue(response.json().array()) : QJsonValue(),
                               &error);
    if (results.isEmpty()) {
        // Refused as a whole (after RestClient's retries): nothing of it was written.
        const bool fatal = error.stopsJob();
        for (WorkItem *item : items) {
            if (fatal)
                finishItem(item, RowOutcome::Skipped, 0, QString(), error.toString());
            else
                finishItem(item, RowOutcome::Failed, error.httpStatus ? error.httpStatus : 500, QString(),
                           error.toString());
        }
        if (fatal)
            Q_EMIT fatalError(error);
        return;
    }
    for (int i = 0; i < items.size(); ++i) {
        const CollectionsCall::RecordResult &r = results.at(i);
        if (r.success)
            succeeded(items.at(i), kind, r.id, r.created);
        else
            recordFailed(items.at(i), kind, r.error);
    }
}

void Executor::succeeded(WorkItem *item, WorkItem::Kind kind, const QString &id, bool created)
{
    switch (kind) {
    case WorkItem::Kind::Create:
        if (item->created) {
            item->created->id = id;
            item->created->resolved = true;
        }
        m_lost->recordCreated(id);
        finishItem(item, RowOutcome::Created, 201, id, QString());
        break;
    case WorkItem::Kind::Update:
        finishItem(item, RowOutcome::Updated, 200, id.isEmpty() ? item->targetId : id, QString());
        break;
    case WorkItem::Kind::Delete:
        finishItem(item, RowOutcome::Deleted, 204, id.isEmpty() ? item->targetId : id, QString());
        break;
    case WorkItem::Kind::Upsert:
        if (created)
            m_lost->recordCreated(id);
        finishItem(item, created ? RowOutcome::Created : RowOutcome::Updated, created ? 201 : 200, id,
                   QString());
        break;
    case WorkItem::Kind::None:
        break;
    }
}

void Executor::recordFailed(WorkItem *item, WorkItem::Kind kind, const SfError &error)
{
    const QString &code = error.errorCode;
    const QString message = code + QStringLiteral(": ") + error.message;
    if (code == QLatin1String("UNABLE_TO_LOCK_ROW")) {
        if (item->attempts < m_maxAttempts && !m_stopped) {
            // Not written: safe to send again, for any operation.
            retryLater(item);
            return;
        }
        finishItem(item, RowOutcome::Failed, 500, QString(), message);
        return;
    }
    if (kind == WorkItem::Kind::Upsert && code == QLatin1String("DUPLICATE_EXTERNAL_ID")) {
        // The external ID matched several records: Salesforce's 300, nothing written.
        item->matches = idsIn(error.message);
        finishItem(item, RowOutcome::Ambiguous, 300, QString(), message);
        return;
    }
    if (kind == WorkItem::Kind::Delete && code == QLatin1String("ENTITY_IS_DELETED") && item->answerLost) {
        // An earlier attempt, whose answer was lost, deleted it after all.
        finishItem(item, RowOutcome::Deleted, 204, item->targetId, QString());
        return;
    }
    if (kind != WorkItem::Kind::Create && kind != WorkItem::Kind::Upsert
        && (code == QLatin1String("ENTITY_IS_DELETED") || code == QLatin1String("NOT_FOUND")
            || code == QLatin1String("INVALID_CROSS_REFERENCE_KEY"))) {
        finishItem(item, RowOutcome::NotFound, 404, QString(), message);
        return;
    }
    finishItem(item, RowOutcome::Failed, 400, QString(), message);
}

void Executor::retryLater(WorkItem *item)
{
    // A row that was not processed (a Bulk job's NotProcessed rows) has used no attempt yet.
    item->notBeforeMs = m_clock.elapsed() + qint64(m_backoffMs) * (1LL << qBound(0, item->attempts - 1, 6));
    requeue(item);
}

void Executor::answerLost(const QList<WorkItem *> &items, WorkItem::Kind kind, int action,
                          const QDateTime &sentAt, qint64 sentAtMs, bool timedOut, const SfError &error)
{
    if (items.isEmpty())
        return;
    qCInfo(lcCoreEngine).noquote() << "the answer to a" << kindName(kind) << "of" << items.size()
                                   << "row(s) was lost (" << error.message << "); reading the org back";
    for (WorkItem *item : items) {
        item->uncertain = true;
        item->answerLost = true;
        item->result.error = error.toString();
        m_unsettled.insert(item);
    }
    m_lost->add({items, kind, action, sentAt, sentAtMs, timedOut});
}

void Executor::applyVerdict(WorkItem *item, const ReadBack::Verdict &verdict)
{
    if (!m_unsettled.remove(item))
        return;
    const WorkItem::Kind kind = item->kind();
    using Kind = ReadBack::Verdict::Kind;
    switch (verdict.kind) {
    case Kind::Written:
        item->uncertain = false;
        qCInfo(lcCoreEngine).noquote() << "row" << item->row << ": its answer was lost, and the org shows it"
                                       << RowResult::outcomeName(verdict.outcome) << verdict.id;
        if (verdict.outcome == RowOutcome::Created && item->created) {
            item->created->id = verdict.id;
            item->created->resolved = true;
        }
        if (verdict.outcome == RowOutcome::Created)
            m_lost->recordCreated(verdict.id);
        finishItem(item, verdict.outcome, verdict.status, verdict.id, QString());
        break;
    case Kind::NotWritten:
        item->uncertain = false;
        if (item->resumeChecked && item->attempts == 0) {
            // A resumed row the interrupted run's write shows nothing of: planned and sent as usual.
            if (auto it = m_order.find(targetKey(item)); it != m_order.end()) {
                it->removeOne(item);
                if (it->isEmpty())
                    m_order.erase(it);
            }
            item->answerLost = false;
            item->result.error.clear();
            Q_EMIT readBackShowsNothing(item);
            break;
        }
        if (m_stopped || item->attempts >= m_maxAttempts) {
            finishItem(item, RowOutcome::Failed, 500, QString(),
                       item->result.error + QLatin1Char(' ')
                           + tr("(sent %n time(s); the org shows nothing of it, so it was not written)",
                                nullptr, item->attempts));
            break;
        }
        if (!verdict.retargetId.isEmpty() && item->creator && item->created) {
            // An upsert's create: a record with the row's matcher values exists meanwhile (not this row's):
            // update it, as the lookup would have said.
            item->plan = RowPlan::Update;
            item->targetId = verdict.retargetId;
            item->created->id = verdict.retargetId;
            item->created->resolved = true;
        }
        qCInfo(lcCoreEngine).noquote()
            << "row" << item->row << ": its answer was lost and the org shows nothing"
            << "of its" << kindName(kind) << "; sending it again (attempt" << item->attempts + 1 << "of"
            << m_maxAttempts << ")";
        retryLater(item);
        break;
    case Kind::Ambiguous:
        item->uncertain = false;
        item->matches = verdict.ids;
        finishItem(item, RowOutcome::Ambiguous, 300, QString(), verdict.message);
        break;
    case Kind::Duplicated:
        item->uncertain = false;
        item->matches = verdict.ids;
        finishItem(item, RowOutcome::Failed, 500, QString(), verdict.message);
        break;
    case Kind::Unknown:
        // Stays uncertain (the journal keeps it "sending", so a resume reads it back again).
        finishItem(item, RowOutcome::Uncertain, 0, QString(), verdict.message);
        break;
    }
    scheduleDispatch();
    Q_EMIT changed();
    if (isIdle())
        Q_EMIT idle();
}

void Executor::requeue(WorkItem *item)
{
    // Back into its place in source order (the order lists still hold it).
    int at = 0;
    while (at < m_queue.size() && m_queue.at(at)->seq < item->seq)
        ++at;
    m_queue.insert(at, item);
    item->queued = true;
    scheduleDispatch();
}

void Executor::creatorFailed(WorkItem *item)
{
    const QString key = targetKey(item);
    QList<WorkItem *> &waiting = m_order[key];
    if (waiting.isEmpty())
        return;
    if (item->uncertain) {
        // Whether the record exists is unknown: neither create it again nor update something unknown.
        const QList<WorkItem *> rest = waiting;
        waiting.clear();
        for (WorkItem *w : rest) {
            if (w->queued) {
                m_queue.removeOne(w);
                w->queued = false;
            }
            w->result.outcome = RowOutcome::Failed;
            w->uncertain = false;
            w->finished = true;
            w->result.status = 500;
            w->result.error = dependencyFailed(item->row);
            Q_EMIT itemFinished(w);
        }
        return;
    }
    // The record was not created: the next row in line creates it instead, as if the failed row were absent.
    WorkItem *next = waiting.first();
    next->plan = RowPlan::Create;
    next->creator = true;
    next->created->creatorRow = next->row;
    next->created->failed = false;
}

QString Executor::dependencyFailed(qint64 creatorRow)
{
    return QStringLiteral("DEPENDENCY_FAILED: ")
        + tr("row %1 may or may not have created the record this row updates").arg(creatorRow);
}

void Executor::finishItem(WorkItem *item, RowOutcome outcome, int status, const QString &id,
                          const QString &error)
{
    if (item->queued) {
        m_queue.removeOne(item);
        item->queued = false;
    }
    if (item->creator && item->created && outcome != RowOutcome::Created) {
        // Rows planned later must know: an uncertain record is neither created again nor updated, a failed
        // one is created by the next row that matches it (creatorFailed() hands it to a waiting row).
        if (item->uncertain) {
            item->created->uncertain = true;
            item->created->creatorRow = item->row;
        } else {
            item->created->failed = true;
        }
    }
    const bool ordered = item->kind() != WorkItem::Kind::Create || item->created;
    if (ordered) {
        auto it = m_order.find(targetKey(item));
        if (it != m_order.end()) {
            it->removeOne(item);
            if (item->creator && outcome != RowOutcome::Created && !it->isEmpty())
                creatorFailed(item);
            if (it->isEmpty())
                m_order.erase(it);
        }
    }
    item->result.outcome = outcome;
    item->result.status = status;
    item->result.id = id;
    item->result.error = error;
    item->finished = true;
    Q_EMIT itemFinished(item);
}

} // namespace sfsync
