#include "core/salesforce/bulk2/bulk2ingestjob.h"

#include "core/corelogging.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/restclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sfsync {

namespace {

// Free functions' strings, under the context the runtime looks them up in (lupdate reads the
// macro's argument; a free tr() helper would file them under the namespace).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::Bulk2IngestJob)
};

SfError canceledError()
{
    return SfError::network(QStringLiteral("CANCELED"), Text::tr("The load was canceled"));
}

// Jobs this program created (ids), so that a job whose create answer was lost is not confused with one of
// them when the user's open jobs are listed.
QSet<QString> &knownJobs()
{
    static QSet<QString> jobs;
    return jobs;
}

// How far before the create the job list is searched (the org's clock is known to the second).
constexpr qint64 CreatedMarginMs = 5000;
// At most this many pages of the job list are read when looking for a lost job.
constexpr int MaxListPages = 20;
// Creates or closes sent for one job, counting those sent again after a lost answer.
constexpr int MaxAttempts = 3;

} // namespace

Bulk2IngestJob::Bulk2IngestJob(RestClient *rest, const Bulk2JobSpec &spec, QByteArray csv,
                               Bulk2Correlator correlator, const Bulk2Options &options, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_spec(spec)
    , m_csv(std::move(csv))
    , m_options(options)
    , m_rowCount(correlator.size())
    , m_rows(std::move(correlator))
    , m_pollWait(options)
{
    qRegisterMetaType<sfsync::Bulk2JobResult>();
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &Bulk2IngestJob::poll);
}

Bulk2IngestJob::~Bulk2IngestJob()
{
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
    }
}

QString Bulk2IngestJob::jobPath(const QString &suffix) const
{
    QString path = QStringLiteral("jobs/ingest/") + m_info.id;
    if (!suffix.isEmpty())
        path += QLatin1Char('/') + suffix;
    return path;
}

void Bulk2IngestJob::send(const QByteArray &method, const QString &path, const QByteArray &body,
                          const QByteArray &contentType, const QString &kind,
                          void (Bulk2IngestJob::*handler)(const RestResponse &))
{
    if (!m_rest) {
        RestResponse none;
        none.errors.append(
            SfError::network(QStringLiteral("NOT_CONNECTED"), Text::tr("Not connected to an org")));
        (this->*handler)(none);
        return;
    }
    RestRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    request.contentType = contentType;
    request.kind = kind;
    request.timeoutMs =
        handler == &Bulk2IngestJob::onUploaded ? m_options.uploadTimeoutMs : m_options.requestTimeoutMs;
    ++m_result.calls;
    m_call = m_rest->send(request);
    connect(m_call, &RestCall::finished, this, [this, handler](const RestResponse &r) {
        m_call = nullptr;
        (this->*handler)(r);
    });
}

void Bulk2IngestJob::start()
{
    if (m_step != Step::Idle)
        return;
    if (m_canceled) {
        // Canceled before it began: nothing was sent. Reported from the event loop, as any other ending.
        m_step = Step::Aborting;
        QTimer::singleShot(0, this, [this] {
            m_result.error = canceledError();
            m_rows.failRemaining(m_result.error, Bulk2RowResult::Status::NotProcessed);
            finish();
        });
        return;
    }
    create();
}

void Bulk2IngestJob::create()
{
    m_step = Step::Creating;
    ++m_creates;
    m_createSentAt = m_rest ? m_rest->serverTime() : QDateTime::currentDateTimeUtc();
    QJsonObject body {{QStringLiteral("object"), m_spec.object},
                      {QStringLiteral("operation"), Bulk2JobSpec::operationName(m_spec.operation)},
                      {QStringLiteral("contentType"), QStringLiteral("CSV")},
                      {QStringLiteral("lineEnding"), QStringLiteral("LF")},
                      {QStringLiteral("columnDelimiter"), QStringLiteral("COMMA")}};
    if (m_spec.operation == Bulk2JobSpec::Operation::Upsert)
        body.insert(QStringLiteral("externalIdFieldName"), m_spec.externalIdFieldName);
    send("POST", QStringLiteral("jobs/ingest"), QJsonDocument(body).toJson(QJsonDocument::Compact),
         "application/json", QStringLiteral("bulk"), &Bulk2IngestJob::onCreated);
}

void Bulk2IngestJob::cancel()
{
    if (m_canceled || m_step == Step::Done)
        return;
    m_canceled = true;
    qCInfo(lcCoreBulk) << "canceling bulk job" << m_info.id;
    switch (m_step) {
    case Step::Idle:
        break; // start() finishes at once
    case Step::Uploading:
        // The data is not complete; the job is aborted once the upload call has ended.
        if (m_call)
            m_call->abort();
        break;
    case Step::Waiting:
        m_pollTimer.stop();
        if (m_result.error.isNull())
            m_result.error = canceledError();
        abortOnServer();
        break;
    default:
        break; // the call in flight ends and its handler sees m_canceled
    }
}

void Bulk2IngestJob::onCreated(const RestResponse &r)
{
    if (r.answerLost && !m_canceled) {
        qCInfo(lcCoreBulk) << "the answer to the bulk job's creation was lost; looking for the job";
        m_step = Step::FindingJob;
        m_listPages = 0;
        listJobs(QStringLiteral("jobs/ingest"));
        return;
    }
    if (!r.ok()) {
        m_result.error = r.firstError();
        qCWarning(lcCoreBulk) << "bulk job not created:" << m_result.error.errorCode;
        m_rows.failRemaining(m_result.error, Bulk2RowResult::Status::NotProcessed);
        finish();
        return;
    }
    setInfo(Bulk2JobInfo::fromJson(r.json().object()));
    knownJobs().insert(m_info.id);
    if (m_info.id.isEmpty()) {
        m_result.error = SfError {r.httpStatus,
                                  QStringLiteral("INVALID_RESPONSE"),
                                  Text::tr("Salesforce created the job but sent no job Id"),
                                  {}};
        m_rows.failRemaining(m_result.error, Bulk2RowResult::Status::NotProcessed);
        finish();
        return;
    }
    qCDebug(lcCoreBulk) << "bulk job" << m_info.id << Bulk2JobSpec::operationName(m_spec.operation)
                        << m_spec.object << m_rowCount << "rows," << m_csv.size() << "bytes";
    if (m_canceled) {
        m_result.error = canceledError();
        abortOnServer();
        return;
    }
    m_step = Step::Uploading;
    send("PUT", jobPath(QStringLiteral("batches")), m_csv, "text/csv", QStringLiteral("bulk"),
         &Bulk2IngestJob::onUploaded);
}

void Bulk2IngestJob::listJobs(const QString &path)
{
    ++m_listPages;
    send("GET", path, {}, "application/json", QStringLiteral("bulk"), &Bulk2IngestJob::onJobsListed);
}

void Bulk2IngestJob::onJobsListed(const RestResponse &r)
{
    if (!r.ok()) {
        // Whether the job exists is unknown, and nothing was uploaded: the rows go in a fresh job.
        m_result.error =
            SfError::answerLost(Text::tr("the job's creation was not answered and the job list could "
                                         "not be read (%1)")
                                    .arg(r.firstError().toString()));
        m_rows.failRemaining(m_result.error, Bulk2RowResult::Status::NotProcessed);
        finish();
        return;
    }
    const QJsonObject page = r.json().object();
    const QString userId =
        m_rest && m_rest->connection() ? m_rest->connection()->identity().userId : QString();
    const QDateTime since = m_createSentAt.addMSecs(-CreatedMarginMs);
    QList<Bulk2JobInfo> candidates;
    for (const QJsonValue &v : page.value(QLatin1String("records")).toArray()) {
        const Bulk2JobInfo job = Bulk2JobInfo::fromJson(v.toObject());
        if (job.state == QLatin1String("Open") && !knownJobs().contains(job.id)
            && job.object.compare(m_spec.object, Qt::CaseInsensitive) == 0
            && job.operation == Bulk2JobSpec::operationName(m_spec.operation)
            && (userId.isEmpty() || job.createdById.left(15) == userId.left(15))
            && (!job.createdDate.isValid() || job.createdDate >= since))
            candidates.append(job);
    }
    const QString next = page.value(QLatin1String("nextRecordsUrl")).toString();
    if (candidates.isEmpty() && !page.value(QLatin1String("done")).toBool(true) && !next.isEmpty()
        && m_listPages < MaxListPages) {
        listJobs(next);
        return;
    }
    if (candidates.size() == 1) {
        setInfo(candidates.first());
        knownJobs().insert(m_info.id);
        qCInfo(lcCoreBulk) << "found the bulk job whose creation was not answered:" << m_info.id;
        if (m_canceled) {
            m_result.error = canceledError();
            abortOnServer();
            return;
        }
        m_step = Step::Uploading;
        send("PUT", jobPath(QStringLiteral("batches")), m_csv, "text/csv", QStringLiteral("bulk"),
             &Bulk2IngestJob::onUploaded);
        return;
    }
    if (m_creates >= MaxAttempts || m_canceled) {
        m_result.error = m_canceled
            ? canceledError()
            : SfError::answerLost(
                Text::tr("the job's creation was not answered %n time(s)", nullptr, m_creates));
        m_rows.failRemaining(m_result.error, Bulk2RowResult::Status::NotProcessed);
        finish();
        return;
    }
    // None made for this load (a job that was never created), or several that cannot be told apart (left
    // alone: an open job processes nothing).
    qCInfo(lcCoreBulk) << "the bulk job whose creation was not answered"
                       << (candidates.isEmpty() ? "does not exist" : "cannot be told apart")
                       << "; creating it again";
    create();
}

void Bulk2IngestJob::onUploaded(const RestResponse &r)
{
    if (m_canceled || !r.ok()) {
        m_result.error = m_canceled ? canceledError() : r.firstError();
        if (r.answerLost)
            qCWarning(lcCoreBulk)
                << "the answer to the upload of bulk job" << m_info.id
                << "was lost; aborting the job (never closed, it processes nothing) so that its"
                << "rows go in a new one";
        else if (!m_canceled)
            qCWarning(lcCoreBulk) << "bulk upload failed:" << m_result.error.errorCode;
        abortOnServer();
        return;
    }
    // Uploaded: the CSV is no longer needed, and it may be 100 MB.
    m_csv = QByteArray();
    close();
}

void Bulk2IngestJob::close()
{
    m_step = Step::Closing;
    ++m_closes;
    send("PATCH", jobPath(), R"({"state":"UploadComplete"})", "application/json", QStringLiteral("bulk"),
         &Bulk2IngestJob::onClosed);
}

void Bulk2IngestJob::readState()
{
    m_step = Step::ReadingState;
    send("GET", jobPath(), {}, "application/json", QStringLiteral("bulk-poll"), &Bulk2IngestJob::onStateRead);
}

void Bulk2IngestJob::onStateRead(const RestResponse &r)
{
    if (!r.ok()) {
        // Closed or not is unknown, so the rows may be processed: they are for the caller to read back.
        m_result.error = r.firstError();
        m_rows.failRemaining(m_result.error, Bulk2RowResult::Status::Unknown);
        finish();
        return;
    }
    setInfo(Bulk2JobInfo::fromJson(r.json().object()));
    if (m_info.state == QLatin1String("Open")) {
        if (m_closes >= MaxAttempts || m_canceled) {
            m_result.error = m_canceled
                ? canceledError()
                : SfError::answerLost(
                    Text::tr("closing the job was not answered %n time(s)", nullptr, m_closes));
            abortOnServer();
            return;
        }
        qCInfo(lcCoreBulk) << "bulk job" << m_info.id << "is still open after its close was not answered;"
                           << "closing it again";
        close();
        return;
    }
    if (m_info.state == QLatin1String("Aborted")) {
        m_rows.failRemaining(m_result.error, Bulk2RowResult::Status::NotProcessed);
        finish();
        return;
    }
    qCInfo(lcCoreBulk) << "bulk job" << m_info.id
                       << "was closed although the answer was lost:" << m_info.state;
    m_closed = true;
    onClosedAndKnown();
}

void Bulk2IngestJob::onClosed(const RestResponse &r)
{
    if (r.answerLost || r.httpStatus == 409) {
        // Closed or not: the job's state tells (409: it is not open any more).
        readState();
        return;
    }
    if (!r.ok()) {
        m_result.error = r.firstError();
        qCWarning(lcCoreBulk) << "bulk job not closed:" << m_result.error.errorCode;
        abortOnServer();
        return;
    }
    setInfo(Bulk2JobInfo::fromJson(r.json().object()));
    m_closed = true;
    onClosedAndKnown();
}

void Bulk2IngestJob::onClosedAndKnown()
{
    if (m_canceled) {
        m_result.error = canceledError();
        abortOnServer();
        return;
    }
    if (m_info.isTerminal()) {
        fetchResults();
        return;
    }
    scheduleNextPoll();
}

void Bulk2IngestJob::scheduleNextPoll()
{
    m_step = Step::Waiting;
    m_pollTimer.start(m_pollWait.next());
}

void Bulk2IngestJob::poll()
{
    m_step = Step::Polling;
    ++m_polls;
    send("GET", jobPath(), {}, "application/json", QStringLiteral("bulk-poll"), &Bulk2IngestJob::onPolled);
}

void Bulk2IngestJob::onPolled(const RestResponse &r)
{
    if (!r.ok()) {
        // RestClient already retried transient failures; the job may still run, so its rows are unknown.
        m_result.error = r.firstError();
        qCWarning(lcCoreBulk) << "bulk job status unavailable:" << m_result.error.errorCode;
        m_rows.failRemaining(m_result.error, Bulk2RowResult::Status::Unknown);
        finish();
        return;
    }
    setInfo(Bulk2JobInfo::fromJson(r.json().object()));
    if (m_info.isTerminal()) {
        fetchResults();
        return;
    }
    if (m_canceled && !m_abortSent) {
        if (m_result.error.isNull())
            m_result.error = canceledError();
        abortOnServer();
        return;
    }
    scheduleNextPoll();
}

void Bulk2IngestJob::abortOnServer()
{
    if (m_info.id.isEmpty()) {
        m_rows.failRemaining(m_result.error, Bulk2RowResult::Status::NotProcessed);
        finish();
        return;
    }
    m_step = Step::Aborting;
    m_abortSent = true;
    send("PATCH", jobPath(), R"({"state":"Aborted"})", "application/json", QStringLiteral("bulk"),
         &Bulk2IngestJob::onAborted);
}

void Bulk2IngestJob::onAborted(const RestResponse &r)
{
    if (r.answerLost) {
        if (!m_closed) {
            // Never closed, so nothing was processed, whether the abort was carried out or not.
            m_rows.failRemaining(m_result.error, Bulk2RowResult::Status::NotProcessed);
            finish();
            return;
        }
        poll(); // closed: what it processed shows in its results once it ends
        return;
    }
    if (r.ok()) {
        setInfo(Bulk2JobInfo::fromJson(r.json().object()));
        if (!m_closed) {
            // Never closed, so nothing was processed.
            m_rows.failRemaining(m_result.error, Bulk2RowResult::Status::NotProcessed);
            finish();
            return;
        }
        // Rows processed before the abort were written: read them.
        fetchResults();
        return;
    }
    if (r.httpStatus == 409 && m_closed) {
        // Already finished on the server (JobComplete or Failed): its results are complete.
        poll();
        return;
    }
    qCWarning(lcCoreBulk) << "bulk job not aborted:" << r.firstError().errorCode;
    m_rows.failRemaining(m_result.error.isNull() ? r.firstError() : m_result.error,
                         m_closed ? Bulk2RowResult::Status::Unknown : Bulk2RowResult::Status::NotProcessed);
    finish();
}

void Bulk2IngestJob::fetchResults()
{
    m_step = Step::Fetching;
    if (m_info.state == QLatin1String("Failed") && m_result.error.isNull())
        m_result.error =
            SfError {400,
                     QStringLiteral("BULK_JOB_FAILED"),
                     m_info.errorMessage.isEmpty() ? Text::tr("The bulk job failed") : m_info.errorMessage,
                     {}};
    const QStringList kinds = Bulk2ResultRows::filesToRead(m_info, m_rowCount);
    m_pendingFetches = int(kinds.size());
    if (kinds.isEmpty()) {
        mapResults();
        return;
    }
    for (const QString &kind : std::as_const(kinds)) {
        RestRequest request;
        request.method = "GET";
        request.path = jobPath(kind + QLatin1Char('/'));
        request.kind = QStringLiteral("bulk");
        request.timeoutMs = m_options.requestTimeoutMs;
        ++m_result.calls;
        RestCall *call = m_rest ? m_rest->send(request) : nullptr;
        if (!call) {
            RestResponse none;
            none.errors.append(
                SfError::network(QStringLiteral("NOT_CONNECTED"), Text::tr("Not connected to an org")));
            onResult(kind, none);
            continue;
        }
        connect(call, &RestCall::finished, this, [this, kind](const RestResponse &r) { onResult(kind, r); });
    }
}

void Bulk2IngestJob::onResult(const QString &kind, const RestResponse &r)
{
    if (r.ok())
        m_files.insert(kind, r.body);
    else if (m_fetchError.isNull())
        m_fetchError = r.firstError();
    if (--m_pendingFetches == 0)
        mapResults();
}

void Bulk2IngestJob::mapResults()
{
    const int unmapped = m_rows.mapFiles(std::exchange(m_files, {}), m_info, m_result.error, m_fetchError);
    if (unmapped > 0 && m_result.error.isNull())
        m_result.error = m_fetchError;
    finish();
}

void Bulk2IngestJob::setInfo(const Bulk2JobInfo &info)
{
    const QString before = m_info.state;
    if (!info.id.isEmpty())
        m_info.id = info.id;
    if (!info.state.isEmpty())
        m_info.state = info.state;
    m_info.numberRecordsProcessed = info.numberRecordsProcessed;
    m_info.numberRecordsFailed = info.numberRecordsFailed;
    if (!info.errorMessage.isEmpty())
        m_info.errorMessage = info.errorMessage;
    if (m_info.state != before)
        Q_EMIT stateChanged(m_info.state);
}

void Bulk2IngestJob::finish()
{
    if (m_step == Step::Done)
        return;
    m_step = Step::Done;
    m_pollTimer.stop();
    m_result.info = m_info;
    m_result.rows = m_rows.takeRows();
    m_result.polls = m_polls;
    m_result.canceled = m_canceled;
    qCDebug(lcCoreBulk) << "bulk job" << m_info.id << m_info.state << "after" << m_polls << "polls";
    Q_EMIT finished(m_result);
}

} // namespace sfsync
