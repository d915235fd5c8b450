#pragma once

#include <QHash>
#include <QString>

namespace sfsync::localorg {

// Counts REST calls against the daily API limit, per endpoint, as Sforce-Limit-Info and /limits report them.
class ApiCounters
{
public:
    void setDailyLimit(qint64 max) { m_limit = max; }
    [[nodiscard]] qint64 dailyLimit() const { return m_limit; }
    [[nodiscard]] qint64 usage() const { return m_usage; }
    [[nodiscard]] bool exhausted() const { return m_usage >= m_limit; }

    // One counted call to `endpoint` ("GET query").
    void record(const QString &endpoint);
    [[nodiscard]] int calls() const { return m_calls; }
    [[nodiscard]] const QHash<QString, int> &byEndpoint() const { return m_byEndpoint; }
    // One subrequest of a Composite call (the call itself was counted once; its parts are not API calls).
    void recordSubrequest(const QString &endpoint) { ++m_subrequests[endpoint]; }
    [[nodiscard]] const QHash<QString, int> &subrequestsByEndpoint() const { return m_subrequests; }
    // Requests refused before counting (401, 403 limit): visible in the summary.
    void recordRefused(const QString &reason) { ++m_refused[reason]; }
    [[nodiscard]] const QHash<QString, int> &refused() const { return m_refused; }

    // Clears the per-endpoint counters and the daily usage.
    void reset();
    [[nodiscard]] QByteArray limitInfoHeader() const;
    [[nodiscard]] QString summary() const;

private:
    qint64 m_limit = 100000;
    qint64 m_usage = 0;
    int m_calls = 0;
    QHash<QString, int> m_byEndpoint;
    QHash<QString, int> m_subrequests;
    QHash<QString, int> m_refused;
};

} // namespace sfsync::localorg
