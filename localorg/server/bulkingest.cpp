#include "bulkingest.h"

#include "bulkjobformat.h"
#include "bulkrecordwriter.h"
#include "faultinjector.h"
#include "localorg/data/idformat.h"
#include "localorg/data/recordstore.h"
#include "localorg/localorglogging.h"
#include "resterrors.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace sfsync::localorg {

namespace {

const QStringList kOperations {QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("upsert"),
                               QStringLiteral("delete"), QStringLiteral("hardDelete")};

HttpResponse jobError(int status, const QString &code, const QString &message)
{
    return HttpResponse::restError(status, code, message);
}

} // namespace

BulkIngest::BulkIngest(RecordStore &store, FaultInjector &faults, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_faults(faults)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &BulkIngest::processSlice);
}

BulkIngest::~BulkIngest() = default;

QString BulkIngest::jobState(const QString &jobId) const
{
    const auto it = m_jobs.constFind(IdFormat::to18(jobId));
    return it == m_jobs.cend() ? QString() : it->state;
}

HttpResponse BulkIngest::handle(const ApiRequest &call)
{
    if (call.segment(1) != QLatin1String("ingest"))
        return RestErrors::notFound();
    const int n = int(call.segments.size());
    if (n == 2) {
        if (call.method() == "POST")
            return createJob(call);
        if (call.method() == "GET")
            return list(call);
        return RestErrors::methodNotAllowed(call.method());
    }
    const QString id = IdFormat::to18(call.segment(2));
    auto it = m_jobs.find(id);
    if (id.isEmpty() || it == m_jobs.end())
        return RestErrors::notFound();
    Job &job = it.value();
    if (n == 3) {
        if (call.method() == "GET")
            return HttpResponse::json(200, jobJson(job, true));
        if (call.method() == "PATCH")
            return patchJob(call, job);
        if (call.method() == "DELETE") {
            if (job.state == QLatin1String("Open") || job.state == QLatin1String("InProgress"))
                return jobError(
                    400, QStringLiteral("INVALIDJOBSTATE"),
                    QStringLiteral("Deleting a job requires it to be closed, aborted, completed or "
                                   "failed. The job is in state %1.")
                        .arg(job.state));
            m_queue.removeAll(id);
            m_order.removeAll(id);
            m_jobs.erase(it);
            return HttpResponse::empty(204);
        }
        return RestErrors::methodNotAllowed(call.method());
    }
    if (n == 4) {
        const QString resource = call.segment(3);
        if (resource == QLatin1String("batches")) {
            if (call.method() != "PUT")
                return RestErrors::methodNotAllowed(call.method());
            return upload(call, job);
        }
        if (call.method() != "GET")
            return RestErrors::methodNotAllowed(call.method());
        if (resource == QLatin1String("successfulResults") || resource == QLatin1String("failedResults")
            || resource.compare(QLatin1String("unprocessedrecords"), Qt::CaseInsensitive) == 0)
            return results(job, resource);
    }
    return RestErrors::notFound();
}

HttpResponse BulkIngest::createJob(const ApiRequest &call)
{
    bool ok = false;
    const QJsonDocument doc = call.json(&ok);
    if (!ok || !doc.isObject())
        return RestErrors::jsonParserError(
            QStringLiteral("Unexpected end-of-input: expected close marker for OBJECT"));
    const QJsonObject body = doc.object();
    const ObjectSchema *info = m_store.catalogue().object(body.value(QStringLiteral("object")).toString());
    if (!info)
        return jobError(400, QStringLiteral("INVALIDENTITY"),
                        QStringLiteral("Entity '%1' is not supported by the Bulk API.")
                            .arg(body.value(QStringLiteral("object")).toString()));
    Job job;
    job.operation = body.value(QStringLiteral("operation")).toString();
    if (!kOperations.contains(job.operation))
        return jobError(400, QStringLiteral("INVALIDJOB"),
                        QStringLiteral("Invalid operation: %1").arg(job.operation));
    // Hard delete needs the user's "Bulk API Hard Delete" permission; without it the job is refused whole.
    if (job.operation == QLatin1String("hardDelete")
        && !m_store.hasUserPermission(QStringLiteral("PermissionsBulkApiHardDelete")))
        return jobError(400, QStringLiteral("FEATURENOTENABLED"),
                        QStringLiteral("hardDelete requires the Bulk API Hard Delete user permission"));
    job.externalIdFieldName = body.value(QStringLiteral("externalIdFieldName")).toString();
    if (job.operation == QLatin1String("upsert")) {
        const FieldSchema *field = info->field(job.externalIdFieldName);
        if (job.externalIdFieldName.isEmpty())
            return jobError(
                400, QStringLiteral("INVALIDJOB"),
                QStringLiteral("External ID was blank for %1. An External ID must be specified for "
                               "upsert.")
                    .arg(info->name()));
        if (!field || !(field->externalId || field->idLookup || field->name == QLatin1String("Id")))
            return jobError(400, QStringLiteral("INVALIDJOB"),
                            QStringLiteral("The field %1 is not an external ID field of %2.")
                                .arg(job.externalIdFieldName, info->name()));
        job.externalIdFieldName = field->name;
    }
    const QString contentType = body.value(QStringLiteral("contentType")).toString(QStringLiteral("CSV"));
    if (contentType != QLatin1String("CSV"))
        return jobError(400, QStringLiteral("INVALIDJOB"),
                        QStringLiteral("Unsupported content type: %1").arg(contentType));
    job.lineEnding = body.value(QStringLiteral("lineEnding")).toString(QStringLiteral("LF"));
    job.columnDelimiter = body.value(QStringLiteral("columnDelimiter")).toString(QStringLiteral("COMMA"));
    if (job.lineEnding != QLatin1String("LF") && job.lineEnding != QLatin1String("CRLF"))
        return jobError(400, QStringLiteral("INVALIDJOB"),
                        QStringLiteral("Invalid lineEnding: %1").arg(job.lineEnding));
    static const QStringList delimiters {QStringLiteral("COMMA"),     QStringLiteral("BACKQUOTE"),
                                         QStringLiteral("CARET"),     QStringLiteral("PIPE"),
                                         QStringLiteral("SEMICOLON"), QStringLiteral("TAB")};
    if (!delimiters.contains(job.columnDelimiter))
        return jobError(400, QStringLiteral("INVALIDJOB"),
                        QStringLiteral("Invalid columnDelimiter: %1").arg(job.columnDelimiter));
    job.object = info->name();
    job.apiVersion = call.version;
    job.id = IdFormat::make(u"750", m_nextId++);
    job.created = QDateTime::currentDateTimeUtc();
    job.modified = job.created;
    m_jobs.insert(job.id, job);
    m_order.append(job.id);
    qCDebug(lcLocalOrgBulk) << "job" << job.id << job.operation << job.object << "created";
    return HttpResponse::json(200, jobJson(job, false));
}

HttpResponse BulkIngest::upload(const ApiRequest &call, Job &job)
{
    if (job.state != QLatin1String("Open"))
        return jobError(
            409, QStringLiteral("INVALIDJOBSTATE"),
            QStringLiteral("Job is not in an Open state; data can only be uploaded to an open job."));
    // One upload per job. A client's HTTP stack may send a PUT again by itself when the connection broke
    // before the answer's head (Qt does), and a second copy of the data would write every row twice: refused,
    // the client sees the upload fail and aborts the job, which then never runs.
    if (!job.uploads.isEmpty())
        return jobError(409, QStringLiteral("INVALIDJOBSTATE"),
                        QStringLiteral("Data was already uploaded to this job; a job takes one upload."));
    job.uploads.append(call.http.body);
    job.modified = QDateTime::currentDateTimeUtc();
    return HttpResponse::empty(201);
}

HttpResponse BulkIngest::patchJob(const ApiRequest &call, Job &job)
{
    bool ok = false;
    const QJsonDocument doc = call.json(&ok);
    if (!ok || !doc.isObject())
        return RestErrors::jsonParserError(
            QStringLiteral("Unexpected end-of-input: expected close marker for OBJECT"));
    const QString state = doc.object().value(QStringLiteral("state")).toString();
    if (state == QLatin1String("UploadComplete")) {
        if (job.state != QLatin1String("Open"))
            return jobError(409, QStringLiteral("INVALIDJOBSTATE"),
                            QStringLiteral("Job is not in an Open state (it is %1).").arg(job.state));
        job.modified = QDateTime::currentDateTimeUtc();
        job.state = QStringLiteral("UploadComplete");
        QString error;
        for (const QByteArray &data : std::as_const(job.uploads)) {
            CsvTable part;
            if (!CsvTable::parse(data, delimiter(job), &part, &error)) {
                job.errorMessage = QStringLiteral("InvalidBatch : Failed to parse CSV: %1").arg(error);
                finish(job, QStringLiteral("Failed"));
                return HttpResponse::json(200, jobJson(job, false));
            }
            if (job.table.header.isEmpty())
                job.table.header = part.header;
            else if (part.header != job.table.header) {
                job.errorMessage = QStringLiteral("InvalidBatch : The uploads do not share one header row");
                finish(job, QStringLiteral("Failed"));
                return HttpResponse::json(200, jobJson(job, false));
            }
            job.table.rows.append(part.rows);
        }
        job.uploads.clear();
        if (job.table.header.isEmpty()) {
            job.errorMessage = QStringLiteral("InvalidBatch : No data was uploaded to the job");
            finish(job, QStringLiteral("Failed"));
            return HttpResponse::json(200, jobJson(job, false));
        }
        // Check the header once: every column must be a field (or a relationship.field) of the object.
        const ObjectSchema *info = m_store.catalogue().object(job.object);
        for (const QString &column : std::as_const(job.table.header)) {
            // A polymorphic parent names its type first: Lead:Who.Email.
            const QString base = column.section(QLatin1Char(':'), -1).section(QLatin1Char('.'), 0, 0);
            const bool known = column.contains(QLatin1Char('.'))
                ? info->referenceFieldForRelationship(base) != nullptr
                : info->field(column) != nullptr;
            if (!known) {
                job.errorMessage = QStringLiteral("InvalidBatch : Field name not found : %1").arg(column);
                finish(job, QStringLiteral("Failed"));
                return HttpResponse::json(200, jobJson(job, false));
            }
        }
        m_queue.append(job.id);
        schedule();
        return HttpResponse::json(200, jobJson(job, false));
    }
    if (state == QLatin1String("Aborted")) {
        if (BulkJobFormat::isTerminal(job.state))
            return jobError(409, QStringLiteral("INVALIDJOBSTATE"),
                            QStringLiteral("Job is already %1 and cannot be aborted.").arg(job.state));
        m_queue.removeAll(job.id);
        // Data uploaded to a job that never ran is all unprocessed.
        for (const QByteArray &data : std::as_const(job.uploads)) {
            CsvTable part;
            QString ignored;
            if (CsvTable::parse(data, delimiter(job), &part, &ignored)
                && (job.table.header.isEmpty() || job.table.header == part.header)) {
                job.table.header = part.header;
                job.table.rows.append(part.rows);
            }
        }
        job.uploads.clear();
        finish(job, QStringLiteral("Aborted"));
        return HttpResponse::json(200, jobJson(job, false));
    }
    return jobError(400, QStringLiteral("INVALIDJOBSTATE"), QStringLiteral("Invalid state: %1").arg(state));
}

QChar BulkIngest::delimiter(const Job &job) const
{
    return QLatin1Char(BulkJobFormat::delimiter(job.columnDelimiter));
}

QByteArray BulkIngest::lineEnd(const Job &job) const
{
    return BulkJobFormat::lineEnd(job.lineEnding);
}

void BulkIngest::schedule()
{
    if (!m_queue.isEmpty() && !m_timer.isActive())
        m_timer.start();
}

void BulkIngest::processSlice()
{
    if (m_queue.isEmpty())
        return;
    auto it = m_jobs.find(m_queue.first());
    if (it == m_jobs.end()) {
        m_queue.removeFirst();
        schedule();
        return;
    }
    Job &job = it.value();
    if (job.state == QLatin1String("UploadComplete")) {
        // One turn in InProgress before any row, so a poll can see the state.
        job.state = QStringLiteral("InProgress");
        job.startedMs = QDateTime::currentMSecsSinceEpoch();
        job.modified = QDateTime::currentDateTimeUtc();
        schedule();
        return;
    }
    QElapsedTimer spent;
    spent.start();
    const qsizetype end = std::min<qsizetype>(job.table.rows.size(), job.next + SliceSize);
    const int savepoint = m_store.savepoint(); // one SQLite transaction per slice
    for (; job.next < end; ++job.next)
        processRow(job, job.table.rows.at(job.next));
    m_store.release(savepoint);
    job.processingMs += spent.elapsed();
    job.modified = QDateTime::currentDateTimeUtc();
    if (job.next >= job.table.rows.size()) {
        m_queue.removeFirst();
        finish(job, QStringLiteral("JobComplete"));
    }
    schedule();
}

void BulkIngest::processRow(Job &job, const QStringList &row)
{
    const BulkRecordWriter::Outcome outcome =
        BulkRecordWriter(m_store, m_faults)
            .write(job.object, job.operation, job.externalIdFieldName, job.table.header, row);
    const WriteResult &result = outcome.result;
    const bool created = outcome.created;
    const QString &op = job.operation;
    ++job.processed;
    const QChar d = delimiter(job);
    if (result.ok()) {
        job.successRows.append(CsvTable::quotedRow(
            QStringList {result.id, created ? QStringLiteral("true") : QStringLiteral("false")} + row, d));
    } else {
        ++job.failed;
        const QString failedId = op == QLatin1String("insert") ? QString() : result.id;
        job.failedRows.append(CsvTable::quotedRow(
            QStringList {failedId, BulkRecordWriter::errorText(result.errors.first())} + row, d));
    }
}

void BulkIngest::finish(Job &job, const QString &state)
{
    job.state = state;
    job.modified = QDateTime::currentDateTimeUtc();
    qCDebug(lcLocalOrgBulk) << "job" << job.id << state << job.processed << "processed," << job.failed
                            << "failed";
    Q_EMIT jobFinished(job.id, state);
}

HttpResponse BulkIngest::results(const Job &job, const QString &kind)
{
    const QChar d = delimiter(job);
    const QByteArray eol = lineEnd(job);
    QByteArray out;
    if (kind == QLatin1String("successfulResults")) {
        out = CsvTable::quotedRow({QStringLiteral("sf__Id"), QStringLiteral("sf__Created")}, d);
        if (!job.table.header.isEmpty())
            out += QString(d).toUtf8() + CsvTable::row(job.table.header, d);
        out += eol;
        for (const QByteArray &row : job.successRows)
            out += row + eol;
    } else if (kind == QLatin1String("failedResults")) {
        out = CsvTable::quotedRow({QStringLiteral("sf__Id"), QStringLiteral("sf__Error")}, d);
        if (!job.table.header.isEmpty())
            out += QString(d).toUtf8() + CsvTable::row(job.table.header, d);
        out += eol;
        for (const QByteArray &row : job.failedRows)
            out += row + eol;
    } else {
        // Rows that were never processed: everything of an aborted or failed job from where it stopped.
        if (!job.table.header.isEmpty()) {
            out = CsvTable::row(job.table.header, d) + eol;
            if (job.state == QLatin1String("Aborted") || job.state == QLatin1String("Failed")) {
                for (qsizetype i = job.next; i < job.table.rows.size(); ++i)
                    out += CsvTable::row(job.table.rows.at(i), d) + eol;
            }
        }
    }
    return HttpResponse::text(200, out, "text/csv");
}

HttpResponse BulkIngest::list(const ApiRequest &call)
{
    Q_UNUSED(call)
    QJsonArray records;
    for (const QString &id : std::as_const(m_order))
        records.append(jobJson(m_jobs.value(id), false));
    return BulkJobFormat::list(records);
}

QJsonObject BulkIngest::jobJson(const Job &job, bool detailed) const
{
    QJsonObject o {
        {QStringLiteral("id"), job.id},
        {QStringLiteral("operation"), job.operation},
        {QStringLiteral("object"), job.object},
        {QStringLiteral("createdById"), RecordStore::userId()},
        {QStringLiteral("createdDate"), BulkJobFormat::dateTime(job.created)},
        {QStringLiteral("systemModstamp"), BulkJobFormat::dateTime(job.modified)},
        {QStringLiteral("state"), job.state},
        {QStringLiteral("concurrencyMode"), QStringLiteral("Parallel")},
        {QStringLiteral("contentType"), QStringLiteral("CSV")},
        {QStringLiteral("apiVersion"), job.apiVersion.toDouble()},
        {QStringLiteral("jobType"), QStringLiteral("V2Ingest")},
        {QStringLiteral("contentUrl"),
         QStringLiteral("services/data/v%1/jobs/ingest/%2/batches").arg(job.apiVersion, job.id)},
        {QStringLiteral("lineEnding"), job.lineEnding},
        {QStringLiteral("columnDelimiter"), job.columnDelimiter},
    };
    if (!job.externalIdFieldName.isEmpty())
        o.insert(QStringLiteral("externalIdFieldName"), job.externalIdFieldName);
    if (detailed) {
        o.insert(QStringLiteral("retries"), 0);
        o.insert(QStringLiteral("numberRecordsProcessed"), double(job.processed));
        o.insert(QStringLiteral("numberRecordsFailed"), double(job.failed));
        o.insert(QStringLiteral("totalProcessingTime"), double(job.processingMs));
        o.insert(QStringLiteral("apiActiveProcessingTime"), double(job.processingMs));
        o.insert(QStringLiteral("apexProcessingTime"), 0);
    }
    if (!job.errorMessage.isEmpty())
        o.insert(QStringLiteral("errorMessage"), job.errorMessage);
    return o;
}

} // namespace sfsync::localorg
