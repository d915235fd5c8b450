#pragma once

#include "core/engine/matchrule.h"
#include "core/engine/readback.h"
#include "core/engine/workitem.h"
#include "core/salesforce/metadata/objectdescribe.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <array>
#include <deque>

namespace sfsync {

class RestClient;

// The Executor's writes whose answer was lost, until the org has told what became of each row.
//
// add() takes a lost batch; a ReadBack reads the org (for creates without matchers: once no other create
// of the action is in flight, and while the Executor holds new ones back, so that every record the run
// created since is known by Id). A row the org shows nothing of yet is read again until its write has had
// time to finish on the server (settle time: at least settleMs, three times the slowest answered write of
// the run, and the whole request timeout after a timeout), because a request that was still running when
// its connection died commits later; only then is "not written" final. resolved() hands each row its
// verdict once.
class LostWrites : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        ObjectDescribe object;
        MatchRule rule;
        Action::Operation operation = Action::Operation::Create;
    };
    struct Batch
    {
        QList<WorkItem *> items;
        WorkItem::Kind kind = WorkItem::Kind::None;
        int action = 0;
        QDateTime sentAt; // the org's clock when the write went out
        qint64 sentAtMs = 0; // the executor's clock then
        bool timedOut = false;
        bool resumed = false; // rows an interrupted run was sending (targets from their journal entries)
    };

    LostWrites(RestClient *rest, QList<Target> targets, QObject *parent = nullptr);
    ~LostWrites() override;

    void setSettleMs(int ms) { m_settleMs = ms; }
    void setRequestTimeoutMs(int ms) { m_requestTimeoutMs = ms; }
    void add(const Batch &batch);
    // A row an interrupted run was sending (its journal entry says what and when). The rows added in one
    // event-loop turn are read back together, one batch per action and kind of write, from the earliest send
    // time among them.
    void addResumed(WorkItem *item);

    // Creates of `action` wait while lost creates of it wait to be counted or are being counted.
    [[nodiscard]] bool holdsCreates(int action) const
    {
        return m_counting.contains(action) || !m_createQueue.value(action).isEmpty();
    }
    // The Executor reports its create calls (creates may be read back only when none is in flight) and
    // every record the run created, and how long answered writes took.
    void createCallStarted(int action);
    void createCallFinished(int action);
    // A record the run created for `action`; kept (briefly) only where a lost plain create may need it.
    void recordCreated(int action, const QString &id);
    void answeredWriteTook(qint64 ms);
    // Records the run knows it created before this process started (a resumed run's journal).
    void setKnownRecords(std::function<bool(const QString &id)> known) { m_knownBefore = std::move(known); }

    [[nodiscard]] bool isIdle() const { return m_open == 0; }
    // Every row still waiting gets an Unknown verdict now (the run stops).
    void stop();

Q_SIGNALS:
    void resolved(sfsync::WorkItem *item, const sfsync::ReadBack::Verdict &verdict);
    // A read-back failed in a way that stops the job (auth, limits, the org unreachable).
    void fatalError(const sfsync::SfError &error);
    // Creates held back by holdsCreates() may go again.
    void released();

private:
    struct Pending
    {
        Batch batch;
        QList<WorkItem *> waiting; // rows without a final verdict
    };

    void addResumedRows();
    void readBack(const std::shared_ptr<Pending> &pending);
    void startCreateCheck(int action);
    void readBackDone(ReadBack *job, const QList<std::shared_ptr<Pending>> &pendings, int action,
                      bool counting);
    void recheckLater(const std::shared_ptr<Pending> &pending);
    [[nodiscard]] qint64 settleMsFor(const Batch &batch) const;
    [[nodiscard]] QList<ReadBack::Suspect> suspectsOf(const QList<WorkItem *> &items,
                                                      const Batch &batch) const;
    [[nodiscard]] bool isPlainCreate(const Batch &batch) const;
    [[nodiscard]] QSet<QString> createdSince(const QDateTime &since) const;
    void pruneCreated();

    QPointer<RestClient> m_rest;
    QList<Target> m_targets;
    int m_settleMs = 10000;
    int m_requestTimeoutMs = 120000;
    qint64 m_slowestWriteMs = 0;
    QElapsedTimer m_clock;
    QList<WorkItem *> m_resumed; // resumed rows waiting to be read back together
    QHash<int, int> m_createCalls; // action -> create calls in flight
    QHash<int, QList<std::shared_ptr<Pending>>> m_createQueue; // action -> lost creates waiting to be counted
    QSet<int> m_counting; // actions whose new records a read-back is counting now
    QList<std::shared_ptr<Pending>> m_all; // every batch with rows still waiting
    QList<QPointer<ReadBack>> m_jobs;
    // A record the run created, as compact as a million of them per request timeout needs.
    struct CreatedId
    {
        qint64 atMs = 0; // the org's clock
        std::array<char, 18> key {}; // RecordId::key, ASCII
        quint8 length = 0;
    };
    std::deque<CreatedId> m_created; // the plain creates' records, oldest first
    std::function<bool(const QString &id)> m_knownBefore;
    int m_open = 0; // rows without a final verdict
    bool m_stopped = false;
};

} // namespace sfsync
