#include "core/engine/bulkwrite.h"

#include "core/corelogging.h"
#include "core/engine/workitem.h"
#include "core/salesforce/bulk2/bulk2jobresult.h"
#include "core/salesforce/bulk2/bulk2loader.h"

#include <QJsonObject>
#include <QSet>

namespace sfsync {

namespace {

Bulk2JobSpec specOf(const WriteBatch &batch)
{
    Bulk2JobSpec spec;
    spec.object = batch.object;
    switch (batch.kind) {
    case WorkItem::Kind::Create:
    case WorkItem::Kind::None:
        spec.operation = Bulk2JobSpec::Operation::Insert;
        break;
    case WorkItem::Kind::Update:
        spec.operation = Bulk2JobSpec::Operation::Update;
        break;
    case WorkItem::Kind::Delete:
        // The org refuses a hardDelete job it does not allow (FEATURENOTENABLED, INSUFFICIENT_ACCESS): the
        // rows then fail with its message, and are never sent again as a soft delete.
        spec.operation =
            batch.hardDelete ? Bulk2JobSpec::Operation::HardDelete : Bulk2JobSpec::Operation::Delete;
        break;
    case WorkItem::Kind::Upsert:
        spec.operation = Bulk2JobSpec::Operation::Upsert;
        spec.externalIdFieldName = batch.upsertField;
        break;
    }
    // The columns: every field any row writes (a row without one leaves it as it is), plus Id for update
    // and delete.
    const bool byId = batch.kind == WorkItem::Kind::Update || batch.kind == WorkItem::Kind::Delete;
    if (byId)
        spec.columns.append(QStringLiteral("Id"));
    if (batch.kind != WorkItem::Kind::Delete) {
        QSet<QString> seen;
        for (const WorkItem *item : batch.items) {
            const FieldValues fields = item->sendingFields();
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                if (!seen.contains(it.key())) {
                    seen.insert(it.key());
                    spec.columns.append(it.key());
                }
            }
        }
    }
    return spec;
}

QJsonObject recordOf(const WorkItem *item, WorkItem::Kind kind)
{
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
    return record;
}

} // namespace

BulkWrite::BulkWrite(RestClient *rest, const WriteBatch &batch, const Bulk2Options &options,
                     WriteResults *results, QObject *parent)
    : QObject(parent)
    , m_batch(batch)
    , m_results(results)
    , m_told(batch.items.size(), false)
{
    m_loader = new Bulk2Loader(rest, specOf(batch), options, this);
    connect(m_loader, &Bulk2Loader::jobFinished, this, &BulkWrite::jobFinished);
    connect(m_loader, &Bulk2Loader::finished, this, &BulkWrite::loaderFinished);
}

void BulkWrite::start()
{
    QList<QPair<int, SfError>> refused;
    for (int i = 0; i < m_batch.items.size(); ++i) {
        const SfError error = m_loader->addRecord(quint64(i), recordOf(m_batch.items.at(i), m_batch.kind));
        if (!error.isNull())
            refused.append({i, error});
    }
    // Rows the loader refused were never sent.
    for (const auto &[i, error] : std::as_const(refused)) {
        if (take(i))
            m_results->notSent(m_batch.items.at(i), error);
    }
    qCInfo(lcCoreEngine).noquote() << "bulk" << Bulk2JobSpec::operationName(m_loader->spec().operation)
                                   << m_batch.object << m_batch.items.size() << "rows";
    m_loader->finishInput();
}

void BulkWrite::cancel()
{
    if (m_loader)
        m_loader->cancel();
}

bool BulkWrite::take(int i)
{
    if (i < 0 || i >= m_told.size() || m_told.at(i))
        return false;
    m_told[i] = true;
    return true;
}

void BulkWrite::jobFinished(const Bulk2JobResult &result)
{
    QList<WorkItem *> unknown;
    SfError unknownWhy;
    for (const Bulk2RowResult &row : result.rows) {
        const int i = int(row.tag);
        if (!take(i))
            continue;
        WorkItem *item = m_batch.items.at(i);
        switch (row.status) {
        case Bulk2RowResult::Status::Succeeded:
            m_results->written(item, m_batch.kind, row.id, row.created);
            break;
        case Bulk2RowResult::Status::Failed:
            m_results->recordRefused(item, m_batch.kind, row.error);
            break;
        case Bulk2RowResult::Status::NotProcessed:
            m_results->notProcessed(item, row.error, result);
            break;
        case Bulk2RowResult::Status::Unknown:
            unknown.append(item);
            unknownWhy = row.error;
            break;
        }
    }
    if (!unknown.isEmpty())
        m_results->answerLost(m_batch, unknown, false, unknownWhy);
    if (!result.canceled && result.error.stopsJob())
        m_results->stopsJob(result.error);
}

void BulkWrite::loaderFinished()
{
    // Every row gets a result from its job; one that did not may or may not have been processed.
    QList<WorkItem *> unanswered;
    for (int i = 0; i < m_batch.items.size(); ++i) {
        if (take(i))
            unanswered.append(m_batch.items.at(i));
    }
    if (!unanswered.isEmpty())
        m_results->answerLost(m_batch, unanswered, false,
                              SfError::answerLost(tr("the bulk job reported nothing for this row")));
    m_results->callReturned(m_batch, false);
    m_results->callEnded(m_batch);
    deleteLater();
}

} // namespace sfsync
