#pragma once

#include "core/salesforce/bulk2/bulk2correlator.h"
#include "core/salesforce/bulk2/bulk2jobinfo.h"
#include "core/salesforce/bulk2/bulk2jobresult.h"
#include "core/salesforce/bulk2/bulk2jobspec.h"
#include "core/salesforce/bulk2/bulk2options.h"
#include "core/salesforce/bulk2/bulk2resultrows.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sfsync {

class RestCall;
class RestClient;
struct RestResponse;

// One Bulk API 2.0 ingest job from creation to per-row results (docs/salesforce-api.md §3.1, §3.2):
// POST jobs/ingest -> PUT .../batches (text/csv) -> PATCH UploadComplete -> poll GET jobs/ingest/{id} with a
// growing wait until JobComplete / Failed / Aborted -> GET successfulResults/, failedResults/,
// unprocessedrecords/ (each only when it can hold rows) -> every row mapped back (Bulk2ResultRows).
// cancel() aborts the job on the server (PATCH Aborted) and still reads what was processed before, so rows
// already written are reported as written. finished() comes exactly once.
//
// A call whose answer was lost is never sent again blindly; the job goes on from what the org shows:
//   create   the user's open jobs are listed: the one made for this load (same object and operation,
//            created since, not one this program knows) is taken on; none: it is created again
//   upload   never a second upload to one job: an open job processes nothing, so it is aborted and its rows
//            come back NotProcessed (ANSWER_LOST), to go in a fresh job
//   close    the job is read: Open, closed again; UploadComplete / InProgress / JobComplete, polled on
//   abort    a job never closed processed nothing; a closed one is polled to its end
// Polls and result reads only read, so RestClient repeats them.
class Bulk2IngestJob : public QObject
{
    Q_OBJECT
public:
    Bulk2IngestJob(RestClient *rest, const Bulk2JobSpec &spec, QByteArray csv, Bulk2Correlator correlator,
                   const Bulk2Options &options, QObject *parent = nullptr);
    ~Bulk2IngestJob() override;

    void start();
    void cancel();

    [[nodiscard]] QString jobId() const { return m_info.id; }
    [[nodiscard]] QString state() const { return m_info.state; }
    [[nodiscard]] int rowCount() const { return m_rowCount; }
    [[nodiscard]] int polls() const { return m_polls; }
    [[nodiscard]] bool isFinished() const { return m_step == Step::Done; }

Q_SIGNALS:
    void stateChanged(const QString &state);
    void finished(const sfsync::Bulk2JobResult &result);

private:
    enum class Step {
        Idle,
        Creating,
        FindingJob,
        Uploading,
        Closing,
        ReadingState,
        Waiting,
        Polling,
        Aborting,
        Fetching,
        Done
    };

    void send(const QByteArray &method, const QString &path, const QByteArray &body,
              const QByteArray &contentType, const QString &kind,
              void (Bulk2IngestJob::*handler)(const RestResponse &));
    void create();
    void onCreated(const RestResponse &r);
    void listJobs(const QString &path);
    void onJobsListed(const RestResponse &r);
    void readState();
    void onStateRead(const RestResponse &r);
    void onUploaded(const RestResponse &r);
    void close();
    void onClosed(const RestResponse &r);
    void onClosedAndKnown();
    void poll();
    void onPolled(const RestResponse &r);
    void abortOnServer();
    void onAborted(const RestResponse &r);
    void fetchResults();
    void onResult(const QString &kind, const RestResponse &r);
    void mapResults();
    void setInfo(const Bulk2JobInfo &info);
    void scheduleNextPoll();
    void finish();
    [[nodiscard]] QString jobPath(const QString &suffix = {}) const;

    QPointer<RestClient> m_rest;
    Bulk2JobSpec m_spec;
    QByteArray m_csv;
    Bulk2Options m_options;
    int m_rowCount = 0;
    Bulk2ResultRows m_rows; // after m_rowCount, which counts its rows first
    Step m_step = Step::Idle;
    Bulk2JobInfo m_info;
    Bulk2JobResult m_result;
    QPointer<RestCall> m_call;
    QDateTime m_createSentAt; // the org's clock when the create went out
    int m_creates = 0;
    int m_closes = 0;
    int m_listPages = 0;
    QTimer m_pollTimer;
    Bulk2PollWait m_pollWait;
    int m_polls = 0;
    bool m_canceled = false;
    bool m_closed = false; // UploadComplete was accepted: rows may be processed
    bool m_abortSent = false;
    QHash<QString, QByteArray> m_files; // result kind -> CSV
    int m_pendingFetches = 0;
    SfError m_fetchError;
};

} // namespace sfsync
