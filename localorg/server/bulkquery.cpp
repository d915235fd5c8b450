#include "bulkquery.h"

#include "bulkjobformat.h"
#include "localorg/data/idformat.h"
#include "localorg/data/recordstore.h"
#include "localorg/data/soqlevaluator.h"
#include "localorg/data/soqlparser.h"
#include "localorg/localorglogging.h"
#include "resterrors.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>

#include <variant>

namespace sfsync::localorg {

namespace {

HttpResponse jobError(int status, const QString &code, const QString &message)
{
    return HttpResponse::restError(status, code, message);
}

QByteArray encodeLocator(qint64 offset)
{
    return QByteArray::number(offset).toBase64(QByteArray::Base64UrlEncoding
                                               | QByteArray::OmitTrailingEquals);
}

// -1 for anything that is not a locator this server handed out.
qint64 decodeLocator(const QString &locator)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        locator.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return -1;
    bool ok = false;
    const qint64 offset = decoded.decoded.toLongLong(&ok);
    return ok && offset > 0 && encodeLocator(offset) == locator.toLatin1() ? offset : -1;
}

} // namespace

BulkQuery::BulkQuery(RecordStore &store)
    : m_store(store)
    // Query jobs count from 62^9 (a leading base-62 "1" in the counter) so that their Ids never equal the Id
    // of an ingest job, which counts from 1 with the same 750 key prefix.
    , m_nextId(13537086546263552ULL + 1)
{ }

QString BulkQuery::jobState(const QString &jobId) const
{
    const auto it = m_jobs.constFind(IdFormat::to18(jobId));
    return it == m_jobs.cend() ? QString() : it->state;
}

HttpResponse BulkQuery::handle(const ApiRequest &call)
{
    const int n = int(call.segments.size());
    if (n == 2) {
        if (call.method() == "POST")
            return createJob(call);
        if (call.method() == "GET")
            return list();
        return RestErrors::methodNotAllowed(call.method());
    }
    const QString id = IdFormat::to18(call.segment(2));
    auto it = m_jobs.find(id);
    if (id.isEmpty() || it == m_jobs.end())
        return RestErrors::notFound();
    Job &job = it.value();
    if (n == 3) {
        if (call.method() == "GET") {
            advance(job);
            return HttpResponse::json(200, jobJson(job, true));
        }
        if (call.method() == "PATCH")
            return patchJob(call, job);
        if (call.method() == "DELETE") {
            if (!BulkJobFormat::isTerminal(job.state))
                return jobError(
                    400, QStringLiteral("INVALIDJOBSTATE"),
                    QStringLiteral(
                        "Deleting a job requires it to be aborted, completed or failed. The job is "
                        "in state %1.")
                        .arg(job.state));
            m_order.removeAll(id);
            m_jobs.erase(it);
            return HttpResponse::empty(204);
        }
        return RestErrors::methodNotAllowed(call.method());
    }
    if (n == 4 && call.segment(3) == QLatin1String("results")) {
        if (call.method() != "GET")
            return RestErrors::methodNotAllowed(call.method());
        return results(call, job);
    }
    return RestErrors::notFound();
}

HttpResponse BulkQuery::createJob(const ApiRequest &call)
{
    bool ok = false;
    const QJsonDocument doc = call.json(&ok);
    if (!ok || !doc.isObject())
        return RestErrors::jsonParserError(
            QStringLiteral("Unexpected end-of-input: expected close marker for OBJECT"));
    const QJsonObject body = doc.object();
    Job job;
    job.operation = body.value(QStringLiteral("operation")).toString();
    if (job.operation != QLatin1String("query") && job.operation != QLatin1String("queryAll"))
        return jobError(400, QStringLiteral("INVALIDJOB"),
                        QStringLiteral("Invalid operation: %1").arg(job.operation));
    job.query = body.value(QStringLiteral("query")).toString();
    if (job.query.trimmed().isEmpty())
        return jobError(400, QStringLiteral("INVALIDJOB"), QStringLiteral("The query is missing"));
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

    // Bad SOQL is refused with the same code and located message as the REST query resource, so a client
    // reports it the same way whichever API it used.
    std::variant<SoqlQuery, SoqlError> parsed = SoqlParser::parse(job.query);
    if (const SoqlError *error = std::get_if<SoqlError>(&parsed))
        return RestErrors::fromSoql(*error);
    const SoqlQuery &query = std::get<SoqlQuery>(parsed);
    if (query.countOnly)
        return jobError(400, QStringLiteral("INVALIDJOB"),
                        QStringLiteral("Aggregate functions such as COUNT() are not supported by Bulk API "
                                       "2.0 query"));
    if (query.isAggregate())
        return jobError(400, QStringLiteral("INVALIDJOB"),
                        QStringLiteral("Aggregate functions and GROUP BY are not supported by Bulk API 2.0 "
                                       "query"));
    for (const SoqlQuery::SelectItem &item : query.select) {
        if (item.kind == SoqlQuery::SelectItem::Kind::Subquery)
            return jobError(400, QStringLiteral("INVALIDJOB"),
                            QStringLiteral("Child relationship subqueries are not supported by Bulk API 2.0 "
                                           "query"));
    }
    if (query.offset)
        return jobError(400, QStringLiteral("INVALIDJOB"),
                        QStringLiteral("OFFSET is not supported by Bulk API 2.0 query"));

    QElapsedTimer spent;
    spent.start();
    SoqlResult result =
        SoqlEvaluator(m_store).run(query, call.version, job.operation == QLatin1String("queryAll"));
    if (!result.ok())
        return RestErrors::fromSoql(*result.error);
    job.object = m_store.catalogue().object(query.object)->name();

    const char d = BulkJobFormat::delimiter(job.columnDelimiter);
    const QString compound = compoundColumn(job.object, result.columns);
    if (!compound.isEmpty()) {
        // Accepted, then failed while processing, with the message Salesforce gives for Bulk API 1.0 query
        // (its 2.0 behaviour is not documented).
        job.finalState = QStringLiteral("Failed");
        job.errorMessage = QStringLiteral("FUNCTIONALITY_NOT_ENABLED: Selecting compound data not supported "
                                          "in Bulk Query");
        qCDebug(lcLocalOrgBulk) << "query job selects compound field" << compound;
    } else {
        QList<QJsonValue> headerValues;
        for (const QString &column : std::as_const(result.columns))
            headerValues.append(column);
        job.header = BulkJobFormat::csvRow(headerValues, d);
        job.rows.reserve(result.records.size());
        QList<QJsonValue> values;
        for (qsizetype i = 0; i < result.records.size(); ++i) {
            const QJsonObject row = result.records.at(i).toObject();
            values.clear();
            for (const QString &column : std::as_const(result.columns))
                values.append(BulkJobFormat::columnValue(row, column));
            job.rows.append(BulkJobFormat::csvRow(values, d));
        }
    }
    result.records = QJsonArray();
    job.processingMs = spent.elapsed();

    job.apiVersion = call.version;
    job.id = IdFormat::make(u"750", m_nextId++);
    job.created = QDateTime::currentDateTimeUtc();
    job.modified = job.created;
    qCDebug(lcLocalOrgBulk) << "query job" << job.id << job.operation << job.object << job.rows.size()
                            << "rows";
    const QJsonObject info = jobJson(job, false);
    m_order.append(job.id);
    m_jobs.insert(job.id, std::move(job));
    return HttpResponse::json(200, info);
}

QString BulkQuery::compoundColumn(const QString &object, const QStringList &columns) const
{
    const Catalogue &catalogue = m_store.catalogue();
    const ObjectSchema *info = catalogue.object(object);
    for (const QString &column : columns) {
        const qsizetype dot = column.indexOf(QLatin1Char('.'));
        const FieldSchema *field = nullptr;
        if (dot < 0) {
            field = info->field(column);
        } else if (const FieldSchema *reference = info->referenceFieldForRelationship(column.left(dot))) {
            for (const QString &target : reference->referenceTo) {
                if (const ObjectSchema *parent = catalogue.object(target)) {
                    field = parent->field(column.mid(dot + 1));
                    break;
                }
            }
        }
        if (field && (field->type == QLatin1String("address") || field->type == QLatin1String("location")))
            return column;
    }
    return {};
}

void BulkQuery::advance(Job &job)
{
    ++job.polls;
    const QString before = job.state;
    if (job.state == QLatin1String("UploadComplete"))
        job.state = QStringLiteral("InProgress");
    else if (job.state == QLatin1String("InProgress"))
        job.state = job.finalState;
    if (job.state != before) {
        job.modified = QDateTime::currentDateTimeUtc();
        if (BulkJobFormat::isTerminal(job.state))
            qCDebug(lcLocalOrgBulk) << "query job" << job.id << job.state;
    }
}

HttpResponse BulkQuery::patchJob(const ApiRequest &call, Job &job)
{
    bool ok = false;
    const QJsonDocument doc = call.json(&ok);
    if (!ok || !doc.isObject())
        return RestErrors::jsonParserError(
            QStringLiteral("Unexpected end-of-input: expected close marker for OBJECT"));
    const QString state = doc.object().value(QStringLiteral("state")).toString();
    if (state != QLatin1String("Aborted"))
        return jobError(400, QStringLiteral("INVALIDJOBSTATE"),
                        QStringLiteral("Invalid state: %1").arg(state));
    if (BulkJobFormat::isTerminal(job.state))
        return jobError(409, QStringLiteral("INVALIDJOBSTATE"),
                        QStringLiteral("Job is already %1 and cannot be aborted.").arg(job.state));
    job.state = QStringLiteral("Aborted");
    job.modified = QDateTime::currentDateTimeUtc();
    job.rows = {}; // an aborted job has no results to keep
    qCDebug(lcLocalOrgBulk) << "query job" << job.id << "Aborted";
    return HttpResponse::json(200, jobJson(job, false));
}

HttpResponse BulkQuery::results(const ApiRequest &call, const Job &job)
{
    if (call.version != job.apiVersion)
        return jobError(409, QStringLiteral("INVALIDJOB"),
                        QStringLiteral("The results of job %1 must be requested with API version %2, the "
                                       "version it was created with")
                            .arg(job.id, job.apiVersion));
    if (job.state != QLatin1String("JobComplete"))
        return jobError(
            400, QStringLiteral("INVALIDJOBSTATE"),
            QStringLiteral("Results are available only for a job in state JobComplete. The job is "
                           "in state %1.")
                .arg(job.state));
    int pageSize = m_pageSize;
    if (call.http.hasQueryValue(QStringLiteral("maxRecords"))) {
        bool ok = false;
        pageSize = call.http.queryValue(QStringLiteral("maxRecords")).toInt(&ok);
        if (!ok || pageSize <= 0)
            return jobError(400, QStringLiteral("INVALIDJOB"),
                            QStringLiteral("maxRecords must be a positive integer"));
    }
    qint64 offset = 0;
    if (call.http.hasQueryValue(QStringLiteral("locator"))) {
        offset = decodeLocator(call.http.queryValue(QStringLiteral("locator")));
        if (offset < 0 || offset >= job.rows.size())
            return jobError(400, QStringLiteral("INVALID_QUERY_LOCATOR"),
                            QStringLiteral("invalid query locator"));
    }
    const QByteArray eol = BulkJobFormat::lineEnd(job.lineEnding);
    const qint64 end = std::min<qint64>(job.rows.size(), offset + pageSize);
    qsizetype bytes = job.header.size() + eol.size();
    for (qint64 i = offset; i < end; ++i)
        bytes += job.rows.at(i).size() + eol.size();
    QByteArray out;
    out.reserve(bytes);
    out += job.header + eol;
    for (qint64 i = offset; i < end; ++i)
        out += job.rows.at(i) + eol;
    HttpResponse response = HttpResponse::text(200, out, "text/csv");
    response.setHeader("Sforce-NumberOfRecords", QByteArray::number(end - offset));
    response.setHeader("Sforce-Locator", end < job.rows.size() ? encodeLocator(end) : QByteArray("null"));
    return response;
}

HttpResponse BulkQuery::list() const
{
    QJsonArray records;
    for (const QString &id : std::as_const(m_order))
        records.append(jobJson(m_jobs.value(id), false));
    return BulkJobFormat::list(records);
}

QJsonObject BulkQuery::jobJson(const Job &job, bool detailed) const
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
        {QStringLiteral("lineEnding"), job.lineEnding},
        {QStringLiteral("columnDelimiter"), job.columnDelimiter},
    };
    if (detailed) {
        const bool complete = job.state == QLatin1String("JobComplete");
        o.insert(QStringLiteral("jobType"), QStringLiteral("V2Query"));
        o.insert(QStringLiteral("numberRecordsProcessed"), complete ? double(job.rows.size()) : 0.0);
        o.insert(QStringLiteral("retries"), 0);
        o.insert(QStringLiteral("totalProcessingTime"),
                 BulkJobFormat::isTerminal(job.state) ? double(job.processingMs) : 0.0);
    }
    if (job.state == QLatin1String("Failed") && !job.errorMessage.isEmpty())
        o.insert(QStringLiteral("errorMessage"), job.errorMessage);
    return o;
}

} // namespace sfsync::localorg
