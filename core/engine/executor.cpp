#include "core/engine/executor.h"

#include "core/corelogging.h"
#include "core/engine/recordid.h"
#include "core/engine/runjournal.h"
#include "core/salesforce/bulk2loader.h"
#include "core/salesforce/restclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

bool isAuthFailure(const RestResponse &r, const SfError &e)
{
    return r.httpStatus == 401 || e.errorCode == QLatin1String("INVALID_SESSION_ID")
        || e.errorCode == QLatin1String("invalid_grant");
}

// After this failure the org may have acted on the call (salesforce-api.md §4.3): a reset or a timeout after
// sending, or a 5xx. A refused connection or an unknown host never reached it.
bool mayHaveBeenApplied(const RestResponse &r, const SfError &e)
{
    if (r.httpStatus == 0)
        return e.errorCode == QLatin1String("TIMEOUT") || e.errorCode == QLatin1String("CONNECTION_RESET")
            || e.errorCode == QLatin1String("NETWORK_ERROR");
    return r.httpStatus >= 500;
}

} // namespace

Executor::Executor(RestClient *rest, const QList<Action> &actions, const QStringList &objectNames,
                   QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_actions(actions)
    , m_objectNames(objectNames)
{
    m_clock.start();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Executor::dispatch);
}

void Executor::setJournal(RunJournal *journal, const QString &runId)
{
    m_journal = journal;
    m_runId = runId;
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
    // Creates waiting for their check stay what they were: uncertain.
    const QList<WorkItem *> unsettled(m_unsettled.cbegin(), m_unsettled.cend());
    m_unsettled.clear();
    m_toCheck.clear();
    for (WorkItem *item : unsettled)
        finishItem(item, RowOutcome::Failed, item->result.status, QString(), item->result.error);
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
        int limit = 200;
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
            const int batchSize = qBound(1, m_actions.value(item->action).batchSize, 200);
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
        const int batchSize = qBound(1, m_actions.value(g.action).batchSize, 200);
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
    const QString objectName = m_objectNames.value(action);
    RestRequest request;
    request.kind = QStringLiteral("collections");
    markSending(items, kind);

    if (kind == WorkItem::Kind::Delete) {
        QStringList ids;
        for (WorkItem *item : items)
            ids.append(item->targetId);
        request.method = "DELETE";
        request.path = QStringLiteral("composite/sobjects?ids=") + ids.join(QLatin1Char(','))
            + QStringLiteral("&allOrNone=false");
    } else {
        QJsonArray records;
        for (WorkItem *item : items) {
            QJsonObject record;
            QJsonObject attributes;
            attributes.insert(QStringLiteral("type"), objectName);
            record.insert(QStringLiteral("attributes"), attributes);
            const FieldValues fields = item->sendingFields();
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                if (kind == WorkItem::Kind::Create && it.value().isNull())
                    continue;
                record.insert(it.key(), it.value());
            }
            if (kind == WorkItem::Kind::Update)
                record.insert(QStringLiteral("id"), item->targetId);
            records.append(record);
        }
        QJsonObject body;
        body.insert(QStringLiteral("allOrNone"), false);
        body.insert(QStringLiteral("records"), records);
        request.method = kind == WorkItem::Kind::Create ? "POST" : "PATCH";
        request.path = QStringLiteral("composite/sobjects");
        if (kind == WorkItem::Kind::Upsert)
            request.path += QLatin1Char('/') + objectName + QLatin1Char('/') + m_upsertFields.value(action);
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        // A create call that failed after being sent may have been committed: never resend it blindly.
        request.idempotent = kind != WorkItem::Kind::Create;
    }
    ++m_inFlight;
    m_rowsSent += items.size();
    m_rest->send(request, this, [this, items, kind, action](const RestResponse &response) {
        --m_inFlight;
        for (WorkItem *item : items)
            sent(item);
        handleResponse(items, kind, action, response);
        if (!m_stopped)
            dispatch();
        if (isIdle())
            Q_EMIT idle();
    });
}

void Executor::markSending(const QList<WorkItem *> &items, WorkItem::Kind kind)
{
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
                        RunJournal::fingerprintText(item->fingerprint)});
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
    spec.object = m_objectNames.value(action);
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
    connect(loader, &Bulk2Loader::jobFinished, this, [this, items, answered, kind](const Bulk2JobResult &r) {
        handleBulkResult(items, answered.get(), kind, r);
    });
    connect(loader, &Bulk2Loader::finished, this, [this, loader, items, answered, kind] {
        m_loaders.removeAll(loader);
        loader->deleteLater();
        // Every row gets a result from its job; one that did not is reported rather than lost.
        for (int i = 0; i < items.size(); ++i) {
            if ((*answered)[i])
                continue;
            (*answered)[i] = true;
            sent(items.at(i));
            const SfError missing {
                500, QStringLiteral("NO_RESULT"), tr("the bulk job reported nothing for this row"), {}};
            if (kind == WorkItem::Kind::Create)
                createUncertain(items.at(i), 500, missing.toString());
            else
                finishItem(items.at(i), RowOutcome::Failed, 500, QString(), missing.toString());
        }
        checkUncertainCreates();
        --m_inFlight;
        if (!m_stopped)
            dispatch();
        if (isIdle())
            Q_EMIT idle();
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
                                const Bulk2JobResult &result)
{
    const SfError &jobError = result.error;
    const bool auth = jobError.httpStatus == 401 || jobError.errorCode == QLatin1String("INVALID_SESSION_ID")
        || jobError.errorCode == QLatin1String("invalid_grant");
    const bool limit = jobError.errorCode == QLatin1String("REQUEST_LIMIT_EXCEEDED");
    const bool unreachable = !jobError.isNull() && jobError.httpStatus == 0 && !result.canceled
        && jobError.errorCode != QLatin1String("CANCELED");
    const bool fatal = auth || limit || unreachable;
    for (const Bulk2RowResult &row : result.rows) {
        const int i = int(row.tag);
        if (i < 0 || i >= items.size() || (*answered)[i])
            continue;
        (*answered)[i] = true;
        WorkItem *item = items.at(i);
        sent(item);
        switch (row.status) {
        case Bulk2RowResult::Status::Succeeded:
            switch (kind) {
            case WorkItem::Kind::Create:
                if (item->created) {
                    item->created->id = row.id;
                    item->created->resolved = true;
                }
                finishItem(item, RowOutcome::Created, 201, row.id, QString());
                break;
            case WorkItem::Kind::Update:
                finishItem(item, RowOutcome::Updated, 200, row.id.isEmpty() ? item->targetId : row.id,
                           QString());
                break;
            case WorkItem::Kind::Delete:
                finishItem(item, RowOutcome::Deleted, 204, row.id.isEmpty() ? item->targetId : row.id,
                           QString());
                break;
            case WorkItem::Kind::Upsert:
                finishItem(item, row.created ? RowOutcome::Created : RowOutcome::Updated,
                           row.created ? 201 : 200, row.id, QString());
                break;
            case WorkItem::Kind::None:
                break;
            }
            break;
        case Bulk2RowResult::Status::Failed:
            recordFailed(item, kind, row.error);
            break;
        case Bulk2RowResult::Status::NotProcessed:
            // Certainly not written.
            if (m_stopped || result.canceled || fatal) {
                finishItem(item, RowOutcome::Skipped, 0, QString(), row.error.toString());
            } else if ((row.error.isTransient() || jobError.isTransient())
                       && item->attempts < m_maxAttempts) {
                // E.g. a 503 on the upload: the job never ran, so sending the row again (in a new job)
                // cannot write it twice, whatever the operation.
                item->notBeforeMs =
                    m_clock.elapsed() + qint64(m_backoffMs) * (1LL << qMin(item->attempts - 1, 6));
                requeue(item);
            } else {
                finishItem(item, RowOutcome::Failed, row.error.httpStatus ? row.error.httpStatus : 500,
                           QString(), row.error.toString());
            }
            break;
        case Bulk2RowResult::Status::Unknown:
            if (kind == WorkItem::Kind::Create) {
                createUncertain(item, 500,
                                row.error.toString() + QLatin1Char(' ')
                                    + tr("(the record may have been created; it is not sent again)"));
            } else {
                finishItem(item, RowOutcome::Failed, 500, QString(), row.error.toString());
            }
            break;
        }
    }
    checkUncertainCreates();
    if (fatal)
        Q_EMIT fatalError(jobError);
}

void Executor::handleResponse(const QList<WorkItem *> &items, WorkItem::Kind kind, int action,
                              const RestResponse &response)
{
    Q_UNUSED(action)
    const QJsonArray results = response.json().array();
    if (!response.ok() || results.size() != items.size()) {
        SfError error = response.firstError();
        if (error.isNull() && response.ok()) {
            error = SfError {500,
                             QStringLiteral("UNEXPECTED_RESPONSE"),
                             tr("Salesforce answered with %1 results for %2 records")
                                 .arg(results.size())
                                 .arg(items.size()),
                             {}};
        }
        const bool auth = isAuthFailure(response, error);
        const bool limit = error.errorCode == QLatin1String("REQUEST_LIMIT_EXCEEDED");
        const bool ambiguousFailure = mayHaveBeenApplied(response, error);
        // A create cut off mid-answer (a reset after sending) is not sent again, so no retry has shown that
        // Salesforce is gone: those rows fail as uncertain and the run goes on. A network that is really down
        // stops the run at the next call (refused, or resets that outlast the retries).
        const bool unreachable =
            response.httpStatus == 0 && !(kind == WorkItem::Kind::Create && ambiguousFailure);
        for (WorkItem *item : items) {
            if (kind == WorkItem::Kind::Create && ambiguousFailure) {
                createUncertain(item, response.httpStatus ? response.httpStatus : 500,
                                error.toString() + QLatin1Char(' ')
                                    + tr("(the record may have been created; it is not sent again)"));
            } else if (auth || limit || unreachable) {
                finishItem(item, RowOutcome::Skipped, 0, QString(), error.toString());
            } else {
                finishItem(item, RowOutcome::Failed, response.httpStatus ? response.httpStatus : 500,
                           QString(), error.toString());
            }
        }
        checkUncertainCreates();
        if (auth || limit || unreachable)
            Q_EMIT fatalError(error);
        return;
    }

    for (int i = 0; i < items.size(); ++i) {
        WorkItem *item = items.at(i);
        const QJsonObject r = results.at(i).toObject();
        const QString id = r.value(QLatin1String("id")).toString();
        if (r.value(QLatin1String("success")).toBool()) {
            switch (kind) {
            case WorkItem::Kind::Create:
                if (item->created) {
                    item->created->id = id;
                    item->created->resolved = true;
                }
                finishItem(item, RowOutcome::Created, 201, id, QString());
                break;
            case WorkItem::Kind::Update:
                finishItem(item, RowOutcome::Updated, 200, id.isEmpty() ? item->targetId : id, QString());
                break;
            case WorkItem::Kind::Delete:
                finishItem(item, RowOutcome::Deleted, 204, id.isEmpty() ? item->targetId : id, QString());
                break;
            case WorkItem::Kind::Upsert:
                if (r.value(QLatin1String("created")).toBool())
                    finishItem(item, RowOutcome::Created, 201, id, QString());
                else
                    finishItem(item, RowOutcome::Updated, 200, id, QString());
                break;
            case WorkItem::Kind::None:
                break;
            }
            continue;
        }
        const QJsonObject e = r.value(QLatin1String("errors")).toArray().first().toObject();
        recordFailed(item, kind,
                     SfError {400,
                              e.value(QLatin1String("statusCode")).toString(),
                              e.value(QLatin1String("message")).toString(),
                              {}});
    }
}

void Executor::recordFailed(WorkItem *item, WorkItem::Kind kind, const SfError &error)
{
    const QString &code = error.errorCode;
    const QString message = code + QStringLiteral(": ") + error.message;
    if (code == QLatin1String("UNABLE_TO_LOCK_ROW")) {
        if (item->attempts < m_maxAttempts && !m_stopped) {
            // Not written: safe to send again, for any operation.
            item->notBeforeMs =
                m_clock.elapsed() + qint64(m_backoffMs) * (1LL << qMin(item->attempts - 1, 6));
            requeue(item);
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
    if (kind != WorkItem::Kind::Create && kind != WorkItem::Kind::Upsert
        && (code == QLatin1String("ENTITY_IS_DELETED") || code == QLatin1String("NOT_FOUND")
            || code == QLatin1String("INVALID_CROSS_REFERENCE_KEY"))) {
        finishItem(item, RowOutcome::NotFound, 404, QString(), message);
        return;
    }
    finishItem(item, RowOutcome::Failed, 400, QString(), message);
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

void Executor::createUncertain(WorkItem *item, int status, const QString &error)
{
    item->uncertain = true;
    // An upsert's create has matcher values: a lookup can tell whether it happened (settleCreates()).
    if (m_checkCreates && !m_stopped && item->created && item->creator) {
        item->result.status = status;
        item->result.error = error;
        m_unsettled.insert(item);
        m_toCheck.append(item);
        return;
    }
    finishItem(item, RowOutcome::Failed, status, QString(), error);
}

void Executor::checkUncertainCreates()
{
    if (m_toCheck.isEmpty())
        return;
    const QList<WorkItem *> items = std::move(m_toCheck);
    m_toCheck.clear();
    Q_EMIT createsUncertain(items);
}

void Executor::settleCreates(const QList<WorkItem *> &items)
{
    for (WorkItem *item : items) {
        if (!m_unsettled.remove(item))
            continue; // finished meanwhile (stopped)
        if (item->matches.size() == 1) {
            // Salesforce committed the create and only its answer was lost.
            item->uncertain = false;
            item->created->id = item->matches.first();
            item->created->resolved = true;
            qCInfo(lcCoreEngine).noquote()
                << "row" << item->row << ": the create whose answer was lost happened";
            finishItem(item, RowOutcome::Created, 201, item->matches.first(), QString());
            continue;
        }
        // None found (it may still be committing) or several: it stays uncertain, and is not sent again.
        const QString seen = item->matches.isEmpty()
            ? tr("no record with its matcher values was found afterwards")
            : tr("%1 records have its matcher values").arg(item->matches.size());
        finishItem(item, RowOutcome::Failed, item->result.status, QString(),
                   item->result.error + QStringLiteral(" (") + seen + QLatin1Char(')'));
    }
    scheduleDispatch();
    if (isIdle())
        Q_EMIT idle();
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
