#pragma once

#include "core/salesforce/bulk2/bulk2jobinfo.h"
#include "core/salesforce/bulk2/bulk2options.h"
#include "core/salesforce/sferror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace sfsync {

class RestCall;
class RestClient;
struct RestResponse;

// One Bulk API 2.0 query job (docs/salesforce-api.md §3.5): POST jobs/query -> poll GET jobs/query/{id} with
// the same growing wait as ingest (Bulk2Options) until JobComplete / Failed / Aborted -> GET .../results page
// by page, following Sforce-Locator until it is "null". Each page is parsed and handed out with page() as it
// arrives and then dropped, so memory holds one page however large the result is. finished() comes exactly
// once: with a null error after the last page, the job's errorMessage when it Failed, the first error a call
// ended with (RestClient has already retried transient ones), or CANCELED.
//
// API calls: one create, the polls, one per page (kinds "bulk-query", "bulk-poll", "bulk-query-results").
class Bulk2QueryJob : public QObject
{
    Q_OBJECT
public:
    Bulk2QueryJob(RestClient *rest, const QString &soql, const Bulk2Options &options,
                  QObject *parent = nullptr);
    ~Bulk2QueryJob() override;

    // queryAll: deleted and archived records too. Set before start().
    void setQueryAll(bool all) { m_queryAll = all; }
    // maxRecords per results page; 0 (the default) leaves the page size to the server.
    void setMaxRecordsPerPage(int records) { m_maxRecords = qMax(0, records); }

    void start();
    // Aborts the job on the server (PATCH Aborted) unless it has already completed, then finishes with
    // CANCELED. Pages already emitted stay emitted; none follows.
    void cancel();

    [[nodiscard]] QString jobId() const { return m_info.id; }
    [[nodiscard]] QString state() const { return m_info.state; }
    [[nodiscard]] int pages() const { return m_pages; }
    [[nodiscard]] int polls() const { return m_polls; }
    [[nodiscard]] qint64 records() const { return m_records; }
    [[nodiscard]] bool isFinished() const { return m_step == Step::Done; }

Q_SIGNALS:
    void stateChanged(const QString &state);
    // One results page: the header (the SELECT's columns, relationship fields as "Account.Name") and its
    // rows, each as long as the header. Null values are empty strings.
    void page(const QStringList &header, const QList<QStringList> &rows);
    void finished(const sfsync::SfError &error, qint64 records);

private:
    enum class Step { Idle, Creating, Waiting, Polling, Fetching, Aborting, Done };

    void send(const QByteArray &method, const QString &path, const QByteArray &body, const QString &kind,
              void (Bulk2QueryJob::*handler)(const RestResponse &));
    void onCreated(const RestResponse &r);
    void scheduleNextPoll();
    void poll();
    void onPolled(const RestResponse &r);
    void fetchPage();
    void onPage(const RestResponse &r);
    void abortOnServer();
    void onAborted(const RestResponse &r);
    void setInfo(const Bulk2JobInfo &info);
    void finish(const SfError &error);
    [[nodiscard]] QString jobPath() const;

    QPointer<RestClient> m_rest;
    QString m_soql;
    Bulk2Options m_options;
    bool m_queryAll = false;
    int m_maxRecords = 0;
    Step m_step = Step::Idle;
    Bulk2JobInfo m_info;
    QPointer<RestCall> m_call;
    QTimer m_pollTimer;
    Bulk2PollWait m_pollWait;
    int m_polls = 0;
    int m_pages = 0;
    qint64 m_records = 0;
    QString m_locator; // of the next page; empty for the first
    bool m_canceled = false;
};

} // namespace sfsync
