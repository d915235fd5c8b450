#include "core/engine/executor.h"

#include "core/corelogging.h"
#include "core/engine/recordid.h"
#include "core/engine/runjournal.h"
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

void Executor::enqueue(WorkItem *item)
{
    if (m_stopped) {
        finishItem(item, RowOutcome::Skipped, 0, QString(), QString());
        return;
    }
    m_queue.append(item);
    if (item->kind() != WorkItem::Kind::Create || item->created)
        m_order[targetKey(item)].append(item);
    QMetaObject::invokeMethod(this, &Executor::dispatch, Qt::QueuedConnection);
}

void Executor::setMoreComing(bool more)
{
    const bool changed = m_moreComing != more;
    m_moreComing = more;
    if (changed && !more)
        QMetaObject::invokeMethod(this, &Executor::dispatch, Qt::QueuedConnection);
}

void Executor::stop()
{
    m_stopped = true;
    m_retryTimer.stop();
    const QList<WorkItem *> queued = m_queue;
    m_queue.clear();
    for (WorkItem *item : queued)
        finishItem(item, RowOutcome::Skipped, 0, QString(), QString());
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

void Executor::dispatch()
{
    if (m_stopped || !m_rest)
        return;
    const qint64 now = m_clock.elapsed();
    qint64 nextRetry = -1;
    while (m_inFlight < m_concurrency) {
        WorkItem *first = nullptr;
        for (WorkItem *item : std::as_const(m_queue)) {
            if (item->notBeforeMs > now && (nextRetry < 0 || item->notBeforeMs < nextRetry))
                nextRetry = item->notBeforeMs;
            if (eligible(item, now)) {
                first = item;
                break;
            }
        }
        if (!first)
            break;
        const WorkItem::Kind kind = first->kind();
        const int action = first->action;
        const int batchSize = qBound(1, m_actions.value(action).batchSize, 200);
        QList<WorkItem *> call;
        QSet<QString> ids;
        for (WorkItem *item : std::as_const(m_queue)) {
            if (call.size() >= batchSize)
                break;
            if (item->action != action || item->kind() != kind || !eligible(item, now))
                continue;
            if (kind == WorkItem::Kind::Upsert) {
                // Two rows with one key in one call would both miss and both create.
                if (ids.contains(targetKey(item)))
                    continue;
                ids.insert(targetKey(item));
            } else if (kind != WorkItem::Kind::Create) {
                const QString key = RecordId::key(item->created ? item->created->id : item->targetId);
                if (ids.contains(key))
                    continue;
                ids.insert(key);
            }
            call.append(item);
        }
        // Wait for a full call while the planner is still producing rows: fewer calls for the same rows.
        if (call.size() < batchSize && m_moreComing)
            break;
        for (WorkItem *item : std::as_const(call))
            m_queue.removeOne(item);
        send(call, kind, action);
    }
    if (nextRetry >= 0 && !m_retryTimer.isActive())
        m_retryTimer.start(int(qMax<qint64>(1, nextRetry - now)));
}

void Executor::send(const QList<WorkItem *> &items, WorkItem::Kind kind, int action)
{
    const QString objectName = m_objectNames.value(action);
    RestRequest request;
    request.kind = QStringLiteral("collections");
    QList<RunJournal::Sending> sending;
    for (WorkItem *item : items) {
        item->inFlight = true;
        ++item->attempts;
        if (item->kind() != WorkItem::Kind::Create && item->kind() != WorkItem::Kind::Upsert)
            item->targetId = item->created ? item->created->id : item->targetId;
        if (!item->targetId.isEmpty())
            m_inFlightIds.insert(RecordId::key(item->targetId));
        sending.append({item->action, item->row, kindName(kind), item->targetId, item->fingerprint});
    }
    if (m_journal && !m_journal->markSending(m_runId, sending))
        qCWarning(lcCoreEngine) << "the journal could not record rows being sent; resume may repeat them";

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
            for (auto it = item->fields.constBegin(); it != item->fields.constEnd(); ++it) {
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
        for (WorkItem *item : items) {
            item->inFlight = false;
            if (!item->targetId.isEmpty())
                m_inFlightIds.remove(RecordId::key(item->targetId));
        }
        handleResponse(items, kind, action, response);
        if (!m_stopped)
            dispatch();
        if (isIdle())
            Q_EMIT idle();
    });
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
        const bool unreachable = response.httpStatus == 0;
        const bool ambiguousFailure = mayHaveBeenApplied(response, error);
        for (WorkItem *item : items) {
            if (kind == WorkItem::Kind::Create && ambiguousFailure) {
                item->uncertain = true;
                finishItem(item, RowOutcome::Failed, response.httpStatus ? response.httpStatus : 500,
                           QString(),
                           error.toString() + QLatin1Char(' ')
                               + tr("(the record may have been created; it is not sent again)"));
            } else if (auth || limit || unreachable) {
                finishItem(item, RowOutcome::Skipped, 0, QString(), error.toString());
            } else {
                finishItem(item, RowOutcome::Failed, response.httpStatus ? response.httpStatus : 500,
                           QString(), error.toString());
            }
        }
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
        const QString code = e.value(QLatin1String("statusCode")).toString();
        const QString message = code + QStringLiteral(": ") + e.value(QLatin1String("message")).toString();
        if (code == QLatin1String("UNABLE_TO_LOCK_ROW")) {
            if (item->attempts < m_maxAttempts && !m_stopped) {
                // Not written: safe to send again, for any operation.
                item->notBeforeMs =
                    m_clock.elapsed() + qint64(m_backoffMs) * (1LL << qMin(item->attempts - 1, 6));
                requeue(item);
                continue;
            }
            finishItem(item, RowOutcome::Failed, 500, QString(), message);
            continue;
        }
        if (kind == WorkItem::Kind::Upsert && code == QLatin1String("DUPLICATE_EXTERNAL_ID")) {
            // The external ID matched several records: Salesforce's 300, nothing written.
            item->matches = idsIn(e.value(QLatin1String("message")).toString());
            finishItem(item, RowOutcome::Ambiguous, 300, QString(), message);
            continue;
        }
        if (kind != WorkItem::Kind::Create && kind != WorkItem::Kind::Upsert
            && (code == QLatin1String("ENTITY_IS_DELETED") || code == QLatin1String("NOT_FOUND")
                || code == QLatin1String("INVALID_CROSS_REFERENCE_KEY"))) {
            finishItem(item, RowOutcome::NotFound, 404, QString(), message);
            continue;
        }
        finishItem(item, RowOutcome::Failed, 400, QString(), message);
    }
}

void Executor::requeue(WorkItem *item)
{
    // Back into its place in source order (the order lists still hold it).
    int at = 0;
    while (at < m_queue.size() && m_queue.at(at)->seq < item->seq)
        ++at;
    m_queue.insert(at, item);
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
            m_queue.removeOne(w);
            w->result.outcome = RowOutcome::Failed;
            w->uncertain = false;
            w->finished = true;
            w->result.status = 500;
            w->result.error = QStringLiteral("DEPENDENCY_FAILED: ")
                + tr("row %1 may or may not have created the record this row updates").arg(item->row);
            Q_EMIT itemFinished(w);
        }
        return;
    }
    // The record was not created: the next row in line creates it instead, as if the failed row were absent.
    WorkItem *next = waiting.first();
    next->plan = RowPlan::Create;
    next->creator = true;
    next->created->creatorRow = next->row;
}

void Executor::finishItem(WorkItem *item, RowOutcome outcome, int status, const QString &id,
                          const QString &error)
{
    m_queue.removeOne(item);
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
