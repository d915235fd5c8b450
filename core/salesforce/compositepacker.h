#pragma once

#include "core/salesforce/restclient.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sfsync {

// Packs REST calls that are ready at the same time into one Composite call (POST /composite, allOrNone
// false): Salesforce counts it as one API call and it carries up to five sObject Collections or query
// subrequests, so up to 1,000 records written, or five lookup queries, per call (docs/salesforce-api.md).
// RestClient hands it the requests marked composable; callers see an ordinary RestCall whose response is
// their own subrequest's, as if it had been sent alone.
//
// When to send: a full pack goes at once (within the calls-in-flight limit); a partial pack goes only when
// none of this packer's calls is in flight, since while one is out its answer usually brings the work that
// fills the pack (Nagle's rule). A pack of one is sent as the plain call. Reads and writes never share a
// pack: a lost answer then means "may have been written" for writes only, and a pack of reads is sent again
// like any read.
//
// Each subrequest keeps the retry rules of a plain call, by itself: a read whose own answer is transient, a
// write its own answer shows was refused (503, a 500 in Salesforce's shape, ...) go again in a later pack,
// with backoff, up to the client's RetryPolicy. When the Composite call's answer is lost, every write in it
// reports answerLost; a Composite refused as a whole gives every subrequest that refusal.
class CompositePacker : public QObject
{
    Q_OBJECT
public:
    explicit CompositePacker(RestClient *rest);
    ~CompositePacker() override;

    RestCall *add(const RestRequest &request);
    // Packs out at once; RestClient's own limit applies to them as to any call.
    void setMaxCallsInFlight(int calls) { m_maxInFlight = qMax(1, calls); }
    [[nodiscard]] int callsInFlight() const { return m_inFlight; }

    class SubCall;

private:
    friend class SubCall;
    void scheduleFlush();
    void flush();
    [[nodiscard]] QList<SubCall *> takePack(QList<SubCall *> &queue, qint64 now, bool partialAllowed);
    void send(const QList<SubCall *> &pack, bool reads);
    void sendAlone(SubCall *call);
    void delivered(const QList<QPointer<SubCall>> &pack, const RestResponse &outer);
    void retryOrFinish(SubCall *call, const RestResponse &response);
    void callEnded();
    void startRetryTimer();

    QPointer<RestClient> m_rest;
    QList<SubCall *> m_reads;
    QList<SubCall *> m_writes;
    int m_inFlight = 0;
    int m_maxInFlight = 4;
    int m_nextReference = 0;
    bool m_flushQueued = false;
    QElapsedTimer m_clock;
    QTimer m_retryTimer;
};

} // namespace sfsync
