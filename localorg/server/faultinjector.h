#pragma once

#include "httpresponse.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace sfsync::localorg {

// One kind of fault, how often, and where: "CODE[=RATE][@ROUTE]".
//
// CODE, failing a whole REST call:
//   503, 500, 420, 401 (INVALID_SESSION_ID), REQUEST_LIMIT_EXCEEDED (concurrent): an error answer, nothing
//   done; LOSE_REQUEST: the request is read, then the connection is reset; nothing is done; LOSE_ANSWER: the
//   call is carried out, then the connection is reset before any byte of the answer; DROP: the call is
//   carried out, then the head and half of the answer are sent and the connection reset; STALL: the call is
//   carried out and never answered (the connection stays open until the client leaves).
// UNABLE_TO_LOCK_ROW fails single records (Collections, Bulk API 2.0, single-record writes).
// RATE is a probability (0..1); without one the code shares the injector's rate with the others.
// ROUTE limits the code to calls whose endpoint matches "METHOD:PATH": METHOD or "*", PATH a pattern over
// the endpoint as the counters name it, "*" matching anything ("POST:composite/sobjects",
// "PATCH:jobs/ingest/{id}", "*:jobs/ingest*").
struct FaultRule
{
    QString code;
    double rate = -1; // < 0: share the injector's rate
    QString route; // empty: every call

    // Parses "CODE[=RATE][@ROUTE]"; nullopt and *error for anything else.
    static std::optional<FaultRule> parse(const QString &text, QString *error = nullptr);
    [[nodiscard]] bool matches(const QString &endpoint) const;
    [[nodiscard]] QString toString() const;
};

// Injected faults and latency, drawn from a seeded generator so a run can be reproduced.
class FaultInjector
{
public:
    // What a faulty call does instead of (or after) being carried out.
    struct CallFault
    {
        QString code;
        bool carryOut = false; // the call is carried out first (its answer is then lost)
        HttpResponse::Delivery delivery = HttpResponse::Delivery::Whole;
        HttpResponse answer; // for faults that answer (503, 420, ...)
    };

    explicit FaultInjector(quint32 seed = 1);

    // Codes as FaultRule::parse() reads them; unreadable ones are ignored (the program checks them first).
    void setFaults(double rate, const QStringList &codes);
    void setRules(double rate, const QList<FaultRule> &rules);
    [[nodiscard]] double rate() const { return m_rate; }
    [[nodiscard]] QStringList codes() const;
    void setLatency(int ms, int jitterMs);

    // A fault for this REST call ("POST composite/sobjects"), or nothing. Also names the call for the
    // record faults drawn while it is carried out.
    std::optional<CallFault> callFault(const QString &endpoint);
    // An error answer (500 or 503, from rules that name a route) for one subrequest of a Composite call.
    std::optional<HttpResponse> subrequestFault(const QString &endpoint);
    // True when this record should fail with UNABLE_TO_LOCK_ROW.
    bool lockFault();
    // Delay before a response is written.
    int latency();

    [[nodiscard]] int injectedCallFaults() const { return m_callFaults; }
    [[nodiscard]] int injectedLockFaults() const { return m_lockFaults; }
    // Injected faults by code ("503", "DROP", "UNABLE_TO_LOCK_ROW", ...), for soak figures.
    [[nodiscard]] QHash<QString, int> injectedByCode() const { return m_byCode; }

    static QString lockMessage(const QString &id);
    // Every code a rule may name.
    static QStringList knownCodes();

private:
    static CallFault faultFor(const QString &code);
    // The code of the fault this call draws among `rules`, or empty.
    QString draw(const QList<const FaultRule *> &rules);

    QRandomGenerator m_rng;
    QRandomGenerator m_latencyRng;
    double m_rate = 0;
    QList<FaultRule> m_rules;
    QString m_endpoint; // the call being carried out
    int m_latency = 0;
    int m_jitter = 0;
    int m_callFaults = 0;
    int m_lockFaults = 0;
    QHash<QString, int> m_byCode;
};

} // namespace sfsync::localorg
