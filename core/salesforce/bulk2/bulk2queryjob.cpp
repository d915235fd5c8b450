#include "core/salesforce/bulk2/bulk2queryjob.h"

#include "core/corelogging.h"
#include "core/salesforce/bulk2/bulk2csvreader.h"
#include "core/salesforce/restclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace sfsync {

namespace {

// Free functions' strings, under the context the runtime looks them up in (lupdate reads the
// macro's argument; a free tr() helper would file them under the namespace).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::Bulk2QueryJob)
};

SfError canceledError()
{
    return SfError::network(QStringLiteral("CANCELED"), Text::tr("The query was canceled"));
}

SfError invalidResponse(int status, const QString &message)
{
    return SfError {status, QStringLiteral("INVALID_RESPONSE"), message, {}};
}

} // namespace

Bulk2QueryJob::Bulk2QueryJob(RestClient *rest, const QString &soql, const Bulk2Options &options,
                             QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_soql(soql)
    , m_options(options)
    , m_pollWait(options)
{
    qRegisterMetaType<sfsync::SfError>();
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &Bulk2QueryJob::poll);
}

Bulk2QueryJob::~Bulk2QueryJob()
{
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
    }
}

QString Bulk2QueryJob::jobPath() const
{
    return QStringLiteral("jobs/query/") + m_info.id;
}

void Bulk2QueryJob::send(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QString &kind, void (Bulk2QueryJob::*handler)(const RestResponse &))
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
    request.kind = kind;
    // Every call may be repeated after an ambiguous failure: a query job only reads, so a create that went
    // through twice leaves an idle job behind and nothing else; a repeated abort is refused with 409.
    request.readOnly = true;
    if (handler == &Bulk2QueryJob::onPage)
        request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("text/csv")));
    m_call = m_rest->send(request);
    connect(m_call, &RestCall::finished, this, [this, handler](const RestResponse &r) {
        m_call = nullptr;
        (this->*handler)(r);
    });
}

void Bulk2QueryJob::start()
{
    if (m_step != Step::Idle)
        return;
    m_step = Step::Creating;
    const QJsonObject body {
        {QStringLiteral("operation"), m_queryAll ? QStringLiteral("queryAll") : QStringLiteral("query")},
        {QStringLiteral("query"), m_soql},
        {QStringLiteral("contentType"), QStringLiteral("CSV")},
        {QStringLiteral("columnDelimiter"), QStringLiteral("COMMA")},
        {QStringLiteral("lineEnding"), QStringLiteral("LF")}};
    send("POST", QStringLiteral("jobs/query"), QJsonDocument(body).toJson(QJsonDocument::Compact),
         QStringLiteral("bulk-query"), &Bulk2QueryJob::onCreated);
}

void Bulk2QueryJob::cancel()
{
    if (m_canceled || m_step == Step::Done)
        return;
    m_canceled = true;
    qCInfo(lcCoreBulk) << "canceling bulk query job" << m_info.id;
    switch (m_step) {
    case Step::Idle:
        // Nothing was sent. Reported from the event loop, as any other ending.
        m_step = Step::Aborting;
        QTimer::singleShot(0, this, [this] { finish(canceledError()); });
        break;
    case Step::Waiting:
        m_pollTimer.stop();
        abortOnServer();
        break;
    case Step::Fetching:
        // A page may be large; its handler sees m_canceled once the aborted call has ended.
        if (m_call)
            m_call->abort();
        break;
    default:
        break; // the call in flight ends and its handler sees m_canceled
    }
}

void Bulk2QueryJob::onCreated(const RestResponse &r)
{
    if (!r.ok()) {
        const SfError error = r.firstError();
        qCWarning(lcCoreBulk) << "bulk query job not created:" << error.errorCode;
        finish(m_canceled ? canceledError() : error);
        return;
    }
    setInfo(Bulk2JobInfo::fromJson(r.json().object()));
    if (m_info.id.isEmpty()) {
        finish(
            invalidResponse(r.httpStatus, Text::tr("Salesforce created the query job but sent no job Id")));
        return;
    }
    qCDebug(lcCoreBulk) << "bulk query job" << m_info.id << "created";
    if (m_canceled) {
        abortOnServer();
        return;
    }
    scheduleNextPoll();
}

void Bulk2QueryJob::scheduleNextPoll()
{
    m_step = Step::Waiting;
    m_pollTimer.start(m_pollWait.next());
}

void Bulk2QueryJob::poll()
{
    m_step = Step::Polling;
    ++m_polls;
    send("GET", jobPath(), {}, QStringLiteral("bulk-poll"), &Bulk2QueryJob::onPolled);
}

void Bulk2QueryJob::onPolled(const RestResponse &r)
{
    if (!r.ok()) {
        const SfError error = r.firstError();
        qCWarning(lcCoreBulk) << "bulk query job status unavailable:" << error.errorCode;
        finish(m_canceled ? canceledError() : error);
        return;
    }
    setInfo(Bulk2JobInfo::fromJson(r.json().object()));
    if (m_canceled) {
        if (m_info.isTerminal())
            finish(canceledError());
        else
            abortOnServer();
        return;
    }
    if (m_info.state == QLatin1String("JobComplete")) {
        fetchPage();
    } else if (m_info.state == QLatin1String("Failed")) {
        finish(
            SfError {400,
                     QStringLiteral("BULK_JOB_FAILED"),
                     m_info.errorMessage.isEmpty() ? Text::tr("The query job failed") : m_info.errorMessage,
                     {}});
    } else if (m_info.state == QLatin1String("Aborted")) {
        finish(SfError {400, QStringLiteral("BULK_JOB_ABORTED"), Text::tr("The query job was aborted"), {}});
    } else {
        scheduleNextPoll();
    }
}

void Bulk2QueryJob::fetchPage()
{
    m_step = Step::Fetching;
    QString path = jobPath() + QStringLiteral("/results");
    QStringList parameters;
    if (!m_locator.isEmpty())
        parameters << QStringLiteral("locator=") + QString::fromLatin1(QUrl::toPercentEncoding(m_locator));
    if (m_maxRecords > 0)
        parameters << QStringLiteral("maxRecords=") + QString::number(m_maxRecords);
    if (!parameters.isEmpty())
        path += QLatin1Char('?') + parameters.join(QLatin1Char('&'));
    send("GET", path, {}, QStringLiteral("bulk-query-results"), &Bulk2QueryJob::onPage);
}

void Bulk2QueryJob::onPage(const RestResponse &r)
{
    if (m_canceled) {
        // The job has completed on the server: there is nothing to abort.
        finish(canceledError());
        return;
    }
    if (!r.ok()) {
        const SfError error = r.firstError();
        qCWarning(lcCoreBulk) << "bulk query page" << m_pages + 1 << "of job" << m_info.id
                              << "unavailable:" << error.errorCode;
        finish(error);
        return;
    }
    Bulk2CsvReader reader(r.body);
    QStringList header;
    QList<QStringList> rows;
    QString problem;
    if (!reader.next(&header))
        problem = reader.errorString().isEmpty() ? Text::tr("there is no header row") : reader.errorString();
    QStringList cells;
    while (problem.isEmpty() && reader.next(&cells)) {
        if (cells.size() == header.size())
            rows.append(cells);
        else
            problem = Text::tr("a row has %1 values for %2 columns").arg(cells.size()).arg(header.size());
    }
    if (problem.isEmpty())
        problem = reader.errorString();
    if (!problem.isEmpty()) {
        finish(invalidResponse(
            r.httpStatus,
            Text::tr("Page %1 of the query results is not readable: %2").arg(m_pages + 1).arg(problem)));
        return;
    }
    // A short page (a connection cut inside the body) must not pass for a complete one.
    bool counted = false;
    const qint64 expected = r.headers.value("sforce-numberofrecords").toLongLong(&counted);
    if (counted && expected != rows.size()) {
        finish(invalidResponse(r.httpStatus,
                               Text::tr("Page %1 of the query results holds %2 records instead of %3")
                                   .arg(m_pages + 1)
                                   .arg(rows.size())
                                   .arg(expected)));
        return;
    }
    ++m_pages;
    m_records += rows.size();
    const QByteArray locator = r.headers.value("sforce-locator");
    m_locator = locator == "null" ? QString() : QString::fromLatin1(locator);
    qCDebug(lcCoreBulk) << "bulk query job" << m_info.id << "page" << m_pages << rows.size() << "records";

    // A receiver may cancel or even delete the job from its slot.
    const QPointer<Bulk2QueryJob> self(this);
    Q_EMIT page(header, rows);
    if (!self || m_step == Step::Done)
        return;
    if (m_canceled) {
        finish(canceledError());
        return;
    }
    if (m_locator.isEmpty())
        finish({});
    else
        fetchPage();
}

void Bulk2QueryJob::abortOnServer()
{
    if (m_info.id.isEmpty()) {
        finish(canceledError());
        return;
    }
    m_step = Step::Aborting;
    send("PATCH", jobPath(), R"({"state":"Aborted"})", QStringLiteral("bulk-query"),
         &Bulk2QueryJob::onAborted);
}

void Bulk2QueryJob::onAborted(const RestResponse &r)
{
    if (r.ok())
        setInfo(Bulk2JobInfo::fromJson(r.json().object()));
    else if (r.httpStatus != 409) // 409: it finished on the server first, so there is nothing left to stop
        qCWarning(lcCoreBulk) << "bulk query job" << m_info.id << "not aborted:" << r.firstError().errorCode;
    finish(canceledError());
}

void Bulk2QueryJob::setInfo(const Bulk2JobInfo &info)
{
    const QString before = m_info.state;
    if (!info.id.isEmpty())
        m_info.id = info.id;
    if (!info.state.isEmpty())
        m_info.state = info.state;
    m_info.numberRecordsProcessed = info.numberRecordsProcessed;
    if (!info.errorMessage.isEmpty())
        m_info.errorMessage = info.errorMessage;
    if (m_info.state != before)
        Q_EMIT stateChanged(m_info.state);
}

void Bulk2QueryJob::finish(const SfError &error)
{
    if (m_step == Step::Done)
        return;
    m_step = Step::Done;
    m_pollTimer.stop();
    qCDebug(lcCoreBulk) << "bulk query job" << m_info.id << m_info.state << "after" << m_polls << "polls,"
                        << m_pages << "pages," << m_records << "records";
    Q_EMIT finished(error, m_records);
}

} // namespace sfsync
