#pragma once

#include "httpresponse.h"

#include <QHash>
#include <QRandomGenerator>
#include <QStringList>

#include <optional>

namespace sfsync::localorg {

// Injected faults and latency, drawn from a seeded generator so a run can be reproduced.
//
// Call-level codes ("503", "420", "REQUEST_LIMIT_EXCEEDED", "401", "DROP") fail a whole REST call with
// probability `rate`, one of the configured codes chosen at random. "UNABLE_TO_LOCK_ROW" is drawn per record
// (Collections, Bulk 2.0, single-record writes), again with probability `rate`.
//
// A code may carry its own probability, "503=0.05" or "UNABLE_TO_LOCK_ROW=0.02", so a soak run can mix
// faults at realistic rates; codes without one share `rate` as before.
class FaultInjector
{
public:
    explicit FaultInjector(quint32 seed = 1);

    void setFaults(double rate, const QStringList &codes);
    [[nodiscard]] double rate() const { return m_rate; }
    [[nodiscard]] QStringList codes() const { return m_codes; }
    void setLatency(int ms, int jitterMs);

    // A failure for this REST call, or nothing.
    std::optional<HttpResponse> callFault();
    // True when this record should fail with UNABLE_TO_LOCK_ROW.
    bool lockFault();
    // Delay before a response is written.
    int latency();

    [[nodiscard]] int injectedCallFaults() const { return m_callFaults; }
    [[nodiscard]] int injectedLockFaults() const { return m_lockFaults; }
    // Injected faults by code ("503", "DROP", "UNABLE_TO_LOCK_ROW", ...), for soak figures.
    [[nodiscard]] QHash<QString, int> injectedByCode() const { return m_byCode; }

    static QString lockMessage(const QString &id);

private:
    QRandomGenerator m_rng;
    QRandomGenerator m_latencyRng;
    double m_rate = 0;
    QStringList m_codes;
    QStringList m_callCodes;
    QList<double> m_callRates; // per call code; all negative when no code has its own rate
    double m_lockRate = -1; // < 0: use m_rate
    bool m_lock = false;
    int m_latency = 0;
    int m_jitter = 0;
    int m_callFaults = 0;
    int m_lockFaults = 0;
    QHash<QString, int> m_byCode;
};

} // namespace sfsync::localorg
