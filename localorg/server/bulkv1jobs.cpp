#include "bulkv1jobs.h"

#include "apicounters.h"
#include "bulkrecordwriter.h"
#include "localorg/data/idformat.h"
#include "localorg/data/recordstore.h"
#include "localorg/data/soqlevaluator.h"
#include "localorg/data/soqlparser.h"
#include "localorg/localorglogging.h"
#include "tokenregistry.h"

#include <QElapsedTimer>
#include <QRegularExpression>

namespace sfsync::localorg {

namespace {

const QStringList kOperations {QStringLiteral("insert"),     QStringLiteral("update"),
                               QStringLiteral("upsert"),     QStringLiteral("delete"),
                               QStringLiteral("hardDelete"), QStringLiteral("query"),
                               QStringLiteral("queryAll")};

QString stamp(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

bool isJsonRequest(const HttpRequest &request)
{
    return request.header("Content-Type").toLower().contains("json");
}

QString sessionOf(const HttpRequest &request)
{
    const QByteArray session = request.header("X-SFDC-Session");
    if (!session.isEmpty())
        return QString::fromLatin1(session.trimmed());
    const QByteArray auth = request.header("Authorization");
    const qsizetype space = auth.indexOf(' ');
    const QByteArray scheme = space < 0 ? QByteArray() : auth.left(space).toLower();
    return scheme == "bearer" || scheme == "oauth" ? QString::fromLatin1(auth.mid(space + 1).trimmed())
                                                   : QString();
}

// The endpoint as the counters name it: "POST async/job/{id}/batch".
QString endpointKey(const QByteArray &method, const QStringList &rest)
{
    QStringList parts {QStringLiteral("async")};
    for (int i = 0; i < rest.size(); ++i)
        parts << (i % 2 == 1 ? QStringLiteral("{id}") : rest.at(i));
    return QString::fromLatin1(method) + QLatin1Char(' ') + parts.join(QLatin1Char('/'));
}

} // namespace

BulkV1Jobs::BulkV1Jobs(RecordStore &store, TokenRegistry &tokens, ApiCounters &counters,
                       FaultInjector &faults, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tokens(tokens)
    , m_counters(counters)
    , m_faults(faults)
    // Bulk 1.0 jobs count from 2 * 62^9, above Bulk 2.0's ingest (from 1) and query (from 62^9) jobs, which
    // share the 750 key prefix.
    , m_nextJob(2 * 13537086546263552ULL + 1)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &BulkV1Jobs::processSlice);
}

BulkV1Jobs::~BulkV1Jobs() = default;

bool BulkV1Jobs::handles(const QString &path)
{
    return path.startsWith(QLatin1String("/services/async/"));
}

HttpResponse BulkV1Jobs::handle(const HttpRequest &request)
{
    const QStringList segments = request.pathSegments(); // services, async, 62.0, job, ...
    const bool json = isJsonRequest(request);
    static const QRegularExpression versionPattern(QStringLiteral("^(\\d+)\\.0$"));
    const QRegularExpressionMatch version = versionPattern.match(segments.value(2));
    if (!version.hasMatch() || version.captured(1).toInt() < 20
        || version.captured(1).toInt() > int(m_newest.toDouble()))
        return BulkV1Format::error(404, QStringLiteral("InvalidVersion"),
                                   QStringLiteral("Invalid API version: %1").arg(segments.value(2)), json);
    if (!m_tokens.isValidAccessToken(sessionOf(request))) {
        m_counters.recordRefused(QStringLiteral("InvalidSessionId"));
        return BulkV1Format::error(400, QStringLiteral("InvalidSessionId"),
                                   QStringLiteral("Invalid session id"), json);
    }
    if (m_counters.exhausted()) {
        m_counters.recordRefused(QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
        return BulkV1Format::error(403, QStringLiteral("ExceededQuota"),
                                   QStringLiteral("TotalRequests Limit exceeded."), json);
    }
    const QStringList rest = segments.mid(3);
    m_counters.record(endpointKey(request.method, rest));
    HttpResponse response = route(request, segments.at(2), rest);
    response.setHeader("Sforce-Limit-Info", m_counters.limitInfoHeader());
    return response;
}

HttpResponse BulkV1Jobs::route(const HttpRequest &request, const QString &version, const QStringList &rest)
{
    const bool json = isJsonRequest(request);
    const QByteArray &method = request.method;
    const auto invalidUrl = [&] {
        return BulkV1Format::error(404, QStringLiteral("InvalidUrl"),
                                   QStringLiteral("Unknown URL: %1").arg(request.path), json);
    };
    if (rest.value(0) != QLatin1String("job"))
        return invalidUrl();
    if (rest.size() == 1)
        return method == "POST" ? createJob(request, version) : invalidUrl();
    const auto found = m_jobs.find(IdFormat::to18(rest.at(1)));
    if (found == m_jobs.end())
        return BulkV1Format::error(400, QStringLiteral("InvalidJob"),
                                   QStringLiteral("Unable to find job: %1").arg(rest.at(1)), json);
    Job &job = found.value();
    if (rest.size() == 2) {
        if (method == "POST")
            return changeJob(request, job);
        return BulkV1Format::response(
            200, BulkV1Format::info(QStringLiteral("jobInfo"), jobFields(job), job.json()), job.json());
    }
    if (rest.at(2) != QLatin1String("batch"))
        return invalidUrl();
    if (rest.size() == 3) {
        if (method == "POST")
            return createBatch(request, job);
        QList<BulkV1Format::Fields> list;
        for (const QString &id : std::as_const(job.batches))
            list.append(batchFields(m_batches.value(id)));
        return BulkV1Format::response(200,
                                      BulkV1Format::infoList(QStringLiteral("batchInfoList"),
                                                             QStringLiteral("batchInfo"), list, job.json()),
                                      job.json());
    }
    const auto batch = m_batches.constFind(IdFormat::to18(rest.at(3)));
    if (batch == m_batches.cend() || batch->jobId != job.id)
        return BulkV1Format::error(400, QStringLiteral("InvalidBatch"),
                                   QStringLiteral("Unable to find batch: %1").arg(rest.at(3)), job.json());
    if (rest.size() == 4)
        return BulkV1Format::response(
            200, BulkV1Format::info(QStringLiteral("batchInfo"), batchFields(*batch), job.json()),
            job.json());
    if (rest.size() == 5 && rest.at(4) == QLatin1String("request")) {
        return HttpResponse::text(200, batch->request,
                                  job.json()                                    ? "application/json"
                                      : job.contentType == QLatin1String("XML") ? "application/xml"
                                                                                : "text/csv");
    }
    if (rest.at(4) == QLatin1String("result") && rest.size() <= 6)
        return batchResult(job, *batch, rest.value(5));
    return invalidUrl();
}

HttpResponse BulkV1Jobs::createJob(const HttpRequest &request, const QString &version)
{
    const bool json = isJsonRequest(request);
    QHash<QString, QString> fields;
    QString message;
    if (!BulkV1Format::parseRequest(request.body, json, &fields, &message))
        return BulkV1Format::error(400, QStringLiteral("InvalidJob"), message, json);
    Job job;
    job.operation = fields.value(QStringLiteral("operation"));
    if (!kOperations.contains(job.operation))
        return BulkV1Format::error(400, QStringLiteral("InvalidJob"),
                                   QStringLiteral("Invalid operation: %1").arg(job.operation), json);
    if (job.operation == QLatin1String("hardDelete")
        && !m_store.hasUserPermission(QStringLiteral("PermissionsBulkApiHardDelete")))
        return BulkV1Format::error(
            400, QStringLiteral("FeatureNotEnabled"),
            QStringLiteral("hardDelete requires the Bulk API Hard Delete user permission"), json);
    const ObjectSchema *info = m_store.catalogue().object(fields.value(QStringLiteral("object")));
    if (!info)
        return BulkV1Format::error(400, QStringLiteral("InvalidEntity"),
                                   QStringLiteral("Entity '%1' is not supported by the Bulk API.")
                                       .arg(fields.value(QStringLiteral("object"))),
                                   json);
    job.object = info->name();
    job.contentType = fields.value(QStringLiteral("contentType"), QStringLiteral("CSV"));
    if (job.contentType != QLatin1String("CSV") && job.contentType != QLatin1String("XML")
        && job.contentType != QLatin1String("JSON"))
        return BulkV1Format::error(400, QStringLiteral("InvalidJob"),
                                   QStringLiteral("Unsupported content type: %1").arg(job.contentType), json);
    job.concurrencyMode = fields.value(QStringLiteral("concurrencyMode"), QStringLiteral("Parallel"));
    if (job.operation == QLatin1String("upsert")) {
        const FieldSchema *field = info->field(fields.value(QStringLiteral("externalIdFieldName")));
        if (!field || !(field->externalId || field->idLookup || field->name == QLatin1String("Id")))
            return BulkV1Format::error(
                400, QStringLiteral("InvalidJob"),
                fields.value(QStringLiteral("externalIdFieldName")).isEmpty()
                    ? QStringLiteral(
                          "External ID was blank for %1. An External ID must be specified for upsert.")
                          .arg(job.object)
                    : QStringLiteral("The field %1 is not an external ID field of %2.")
                          .arg(fields.value(QStringLiteral("externalIdFieldName")), job.object),
                json);
        job.externalIdFieldName = field->name;
    }
    job.apiVersion = version;
    job.id = IdFormat::make(u"750", m_nextJob++);
    job.created = QDateTime::currentDateTimeUtc();
    job.modified = job.created;
    m_jobs.insert(job.id, job);
    qCDebug(lcLocalOrgBulk) << "Bulk 1.0 job" << job.id << job.operation << job.object << job.contentType;
    return BulkV1Format::response(201, BulkV1Format::info(QStringLiteral("jobInfo"), jobFields(job), json),
                                  json);
}

HttpResponse BulkV1Jobs::changeJob(const HttpRequest &request, Job &job)
{
    const bool json = isJsonRequest(request);
    QHash<QString, QString> fields;
    QString message;
    if (!BulkV1Format::parseRequest(request.body, json, &fields, &message))
        return BulkV1Format::error(400, QStringLiteral("InvalidJob"), message, json);
    const QString state = fields.value(QStringLiteral("state"));
    if (state != QLatin1String("Closed") && state != QLatin1String("Aborted"))
        return BulkV1Format::error(400, QStringLiteral("InvalidJobState"),
                                   QStringLiteral("Invalid state: %1").arg(state), json);
    if (job.state != QLatin1String("Open"))
        return BulkV1Format::error(
            400, QStringLiteral("InvalidJobState"),
            QStringLiteral("Job %1 is %2 and can no more change").arg(job.id, job.state), json);
    job.state = state;
    job.modified = QDateTime::currentDateTimeUtc();
    if (state == QLatin1String("Aborted")) {
        // Batches not yet started are never processed.
        for (const QString &id : std::as_const(job.batches)) {
            Batch &batch = m_batches[id];
            if (batch.state == QLatin1String("Queued")) {
                m_queue.removeAll(id);
                finish(batch, QStringLiteral("Not Processed"));
            }
        }
    }
    return BulkV1Format::response(200, BulkV1Format::info(QStringLiteral("jobInfo"), jobFields(job), json),
                                  json);
}

HttpResponse BulkV1Jobs::createBatch(const HttpRequest &request, Job &job)
{
    if (job.state != QLatin1String("Open"))
        return BulkV1Format::error(
            400, QStringLiteral("InvalidJobState"),
            QStringLiteral("Unable to add a batch to job %1: it is %2").arg(job.id, job.state), job.json());
    Batch batch;
    batch.id = IdFormat::make(u"751", m_nextBatch++);
    batch.jobId = job.id;
    batch.created = QDateTime::currentDateTimeUtc();
    batch.modified = batch.created;
    batch.request = request.body;
    m_batches.insert(batch.id, batch);
    job.batches.append(batch.id);
    job.modified = batch.created;
    m_queue.append(batch.id);
    schedule();
    return BulkV1Format::response(
        201, BulkV1Format::info(QStringLiteral("batchInfo"), batchFields(batch), job.json()), job.json());
}

HttpResponse BulkV1Jobs::batchResult(const Job &job, const Batch &batch, const QString &resultId) const
{
    if (batch.state != QLatin1String("Completed"))
        return BulkV1Format::error(400, QStringLiteral("InvalidBatch"),
                                   QStringLiteral("Batch not completed: it is %1").arg(batch.state),
                                   job.json());
    if (!job.query()) {
        if (!resultId.isEmpty())
            return BulkV1Format::error(404, QStringLiteral("InvalidUrl"),
                                       QStringLiteral("An ingest batch has one result"), job.json());
        return HttpResponse::text(200, BulkV1Format::results(batch.results, job.contentType),
                                  job.json()                                    ? "application/json"
                                      : job.contentType == QLatin1String("XML") ? "application/xml"
                                                                                : "text/csv");
    }
    if (resultId.isEmpty())
        return BulkV1Format::response(200, BulkV1Format::resultList({batch.resultId}, job.json()),
                                      job.json());
    if (IdFormat::to18(resultId) != batch.resultId)
        return BulkV1Format::error(400, QStringLiteral("InvalidBatch"),
                                   QStringLiteral("Unable to find result: %1").arg(resultId), job.json());
    return HttpResponse::text(200, BulkV1Format::queryRows(batch.columns, batch.records, job.contentType),
                              job.json()                                    ? "application/json"
                                  : job.contentType == QLatin1String("XML") ? "application/xml"
                                                                            : "text/csv");
}

BulkV1Format::Fields BulkV1Jobs::jobFields(const Job &job) const
{
    qint64 processed = 0;
    qint64 failed = 0;
    qint64 ms = 0;
    QHash<QString, int> byState;
    for (const QString &id : job.batches) {
        const Batch &batch = m_batches[id];
        ++byState[batch.state];
        processed += batch.resultId.isEmpty() ? batch.results.size() : batch.records.size();
        failed += batch.failed;
        ms += batch.processingMs;
    }
    BulkV1Format::Fields fields {{QStringLiteral("id"), job.id},
                                 {QStringLiteral("operation"), job.operation},
                                 {QStringLiteral("object"), job.object},
                                 {QStringLiteral("createdById"), RecordStore::userId()},
                                 {QStringLiteral("createdDate"), stamp(job.created)},
                                 {QStringLiteral("systemModstamp"), stamp(job.modified)},
                                 {QStringLiteral("state"), job.state}};
    if (!job.externalIdFieldName.isEmpty())
        fields.append({QStringLiteral("externalIdFieldName"), job.externalIdFieldName});
    fields.append({{QStringLiteral("concurrencyMode"), job.concurrencyMode},
                   {QStringLiteral("contentType"), job.contentType},
                   {QStringLiteral("numberBatchesQueued"), byState.value(QStringLiteral("Queued"))},
                   {QStringLiteral("numberBatchesInProgress"), byState.value(QStringLiteral("InProgress"))},
                   {QStringLiteral("numberBatchesCompleted"), byState.value(QStringLiteral("Completed"))},
                   {QStringLiteral("numberBatchesFailed"), byState.value(QStringLiteral("Failed"))},
                   {QStringLiteral("numberBatchesTotal"), int(job.batches.size())},
                   {QStringLiteral("numberRecordsProcessed"), double(processed)},
                   {QStringLiteral("numberRetries"), 0},
                   {QStringLiteral("apiVersion"), job.apiVersion.toDouble()},
                   {QStringLiteral("numberRecordsFailed"), double(failed)},
                   {QStringLiteral("totalProcessingTime"), double(ms)},
                   {QStringLiteral("apiActiveProcessingTime"), double(ms)},
                   {QStringLiteral("apexProcessingTime"), 0}});
    return fields;
}

BulkV1Format::Fields BulkV1Jobs::batchFields(const Batch &batch)
{
    BulkV1Format::Fields fields {{QStringLiteral("id"), batch.id},
                                 {QStringLiteral("jobId"), batch.jobId},
                                 {QStringLiteral("state"), batch.state}};
    if (!batch.stateMessage.isEmpty())
        fields.append({QStringLiteral("stateMessage"), batch.stateMessage});
    fields.append({{QStringLiteral("createdDate"), stamp(batch.created)},
                   {QStringLiteral("systemModstamp"), stamp(batch.modified)},
                   {QStringLiteral("numberRecordsProcessed"),
                    double(batch.resultId.isEmpty() ? batch.results.size() : batch.records.size())},
                   {QStringLiteral("numberRecordsFailed"), double(batch.failed)},
                   {QStringLiteral("totalProcessingTime"), double(batch.processingMs)},
                   {QStringLiteral("apiActiveProcessingTime"), double(batch.processingMs)},
                   {QStringLiteral("apexProcessingTime"), 0}});
    return fields;
}

void BulkV1Jobs::schedule()
{
    if (!m_queue.isEmpty() && !m_timer.isActive())
        m_timer.start();
}

void BulkV1Jobs::finish(Batch &batch, const QString &state, const QString &message)
{
    batch.state = state;
    batch.stateMessage = message;
    batch.modified = QDateTime::currentDateTimeUtc();
    batch.rows.clear();
    batch.headers.clear();
    qCDebug(lcLocalOrgBulk) << "Bulk 1.0 batch" << batch.id << state << message;
    Q_EMIT batchFinished(batch.id, state);
}

void BulkV1Jobs::processSlice()
{
    if (m_queue.isEmpty())
        return;
    const QString id = m_queue.first();
    Batch &batch = m_batches[id];
    const Job &job = m_jobs[batch.jobId];
    if (batch.state == QLatin1String("Queued")) {
        // One turn in InProgress before any record, so a poll can see the state.
        batch.state = QStringLiteral("InProgress");
        batch.modified = QDateTime::currentDateTimeUtc();
        if (!job.query()) {
            QString message;
            if (!BulkV1Format::parseRecords(batch.request, job.contentType, &batch.headers, &batch.rows,
                                            &message)) {
                m_queue.removeFirst();
                finish(batch, QStringLiteral("Failed"), QStringLiteral("InvalidBatch : %1").arg(message));
            } else if (batch.rows.size() > MaxBatchRecords) {
                m_queue.removeFirst();
                finish(batch, QStringLiteral("Failed"),
                       QStringLiteral("InvalidBatch : Records in a batch cannot exceed %1")
                           .arg(MaxBatchRecords));
            } else if (batch.headers.size() == 1) {
                const ObjectSchema *info = m_store.catalogue().object(job.object);
                for (const QString &column : batch.headers.first()) {
                    const bool known = column.contains(QLatin1Char('.'))
                        ? info->referenceFieldForRelationship(column.section(QLatin1Char('.'), 0, 0))
                            != nullptr
                        : info->field(column) != nullptr;
                    if (!known) {
                        m_queue.removeFirst();
                        finish(batch, QStringLiteral("Failed"),
                               QStringLiteral("InvalidBatch : Field name not found : %1").arg(column));
                        break;
                    }
                }
            }
        }
        schedule();
        return;
    }
    QElapsedTimer spent;
    spent.start();
    if (job.query()) {
        processQuery(job, batch);
    } else {
        BulkRecordWriter writer(m_store, m_faults);
        const qsizetype end = std::min<qsizetype>(batch.rows.size(), batch.next + SliceSize);
        const int savepoint = m_store.savepoint(); // one SQLite transaction per slice
        for (; batch.next < end; ++batch.next) {
            const QStringList &header = batch.headers.at(batch.headers.size() == 1 ? 0 : batch.next);
            const BulkRecordWriter::Outcome outcome = writer.write(
                job.object, job.operation, job.externalIdFieldName, header, batch.rows.at(batch.next));
            BulkV1Format::Result result;
            result.id = outcome.result.id;
            result.success = outcome.result.ok();
            result.created = outcome.created;
            if (!result.success) {
                ++batch.failed;
                const RecordError &e = outcome.result.errors.first();
                result.statusCode = e.statusCode;
                result.message = e.message;
                result.fields = e.fields;
                result.errorText = BulkRecordWriter::errorText(e);
                if (job.operation == QLatin1String("insert"))
                    result.id.clear();
            }
            batch.results.append(result);
        }
        m_store.release(savepoint);
    }
    batch.processingMs += spent.elapsed();
    batch.modified = QDateTime::currentDateTimeUtc();
    if (batch.state == QLatin1String("InProgress") && batch.next >= batch.rows.size()) {
        m_queue.removeFirst();
        finish(batch, QStringLiteral("Completed"));
    }
    schedule();
}

void BulkV1Jobs::processQuery(const Job &job, Batch &batch)
{
    const QString soql = QString::fromUtf8(batch.request).trimmed();
    const std::variant<SoqlQuery, SoqlError> parsed = SoqlParser::parse(soql);
    if (const SoqlError *error = std::get_if<SoqlError>(&parsed)) {
        m_queue.removeFirst();
        finish(batch, QStringLiteral("Failed"),
               QStringLiteral("InvalidBatch : Failed to process query: %1: %2")
                   .arg(error->errorCode, error->message));
        return;
    }
    const SoqlQuery &query = std::get<SoqlQuery>(parsed);
    bool nested = false;
    for (const SoqlQuery::SelectItem &item : query.select)
        nested = nested || item.kind == SoqlQuery::SelectItem::Kind::Subquery;
    if (query.isAggregate() || query.countOnly || nested || query.offset) {
        m_queue.removeFirst();
        finish(batch, QStringLiteral("Failed"),
               QStringLiteral("InvalidBatch : Failed to process query: FUNCTIONALITY_NOT_ENABLED: Aggregate "
                              "queries, nested queries and OFFSET are not supported by Bulk API query"));
        return;
    }
    const SoqlResult result =
        SoqlEvaluator(m_store).run(query, job.apiVersion, job.operation == QLatin1String("queryAll"));
    if (!result.ok()) {
        m_queue.removeFirst();
        finish(batch, QStringLiteral("Failed"),
               QStringLiteral("InvalidBatch : Failed to process query: %1: %2")
                   .arg(result.error->errorCode, result.error->message));
        return;
    }
    batch.columns = result.columns;
    batch.records = result.records;
    batch.resultId = IdFormat::make(u"752", m_nextResult++);
}

} // namespace sfsync::localorg
