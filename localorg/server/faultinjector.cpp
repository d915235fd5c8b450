#include "faultinjector.h"

namespace sfsync::localorg {

FaultInjector::FaultInjector(quint32 seed)
    : m_rng(seed)
    , m_latencyRng(seed ^ 0x5f3759dfu)
{ }

void FaultInjector::setFaults(double rate, const QStringList &codes)
{
    m_rate = std::clamp(rate, 0.0, 1.0);
    m_codes.clear();
    m_callCodes.clear();
    m_lock = false;
    for (const QString &raw : codes) {
        const QString code = raw.trimmed().toUpper();
        if (code.isEmpty())
            continue;
        m_codes.append(code);
        if (code == QLatin1String("UNABLE_TO_LOCK_ROW"))
            m_lock = true;
        else
            m_callCodes.append(code);
    }
}

void FaultInjector::setLatency(int ms, int jitterMs)
{
    m_latency = std::max(0, ms);
    m_jitter = std::max(0, jitterMs);
}

std::optional<HttpResponse> FaultInjector::callFault()
{
    if (m_callCodes.isEmpty() || m_rate <= 0)
        return std::nullopt;
    if (m_rng.generateDouble() >= m_rate)
        return std::nullopt;
    ++m_callFaults;
    const QString code = m_callCodes.at(int(m_rng.bounded(quint32(m_callCodes.size()))));
    if (code == QLatin1String("DROP")) {
        HttpResponse r =
            HttpResponse::restError(500, QStringLiteral("UNKNOWN_EXCEPTION"),
                                    QStringLiteral("An unexpected error occurred. Please include this "
                                                   "ErrorId if you contact support: 0-0 (0)"));
        r.dropConnection = true;
        return r;
    }
    if (code == QLatin1String("420"))
        return HttpResponse::text(420,
                                  "<html><body>Salesforce Edge: no route to the requested host</body></html>",
                                  "text/html; charset=UTF-8");
    if (code == QLatin1String("REQUEST_LIMIT_EXCEEDED"))
        return HttpResponse::restError(
            403, code, QStringLiteral("ConcurrentRequests (Concurrent API Requests) Limit exceeded."));
    if (code == QLatin1String("401") || code == QLatin1String("INVALID_SESSION_ID"))
        return HttpResponse::restError(401, QStringLiteral("INVALID_SESSION_ID"),
                                       QStringLiteral("Session expired or invalid"));
    if (code == QLatin1String("500"))
        return HttpResponse::restError(500, QStringLiteral("UNKNOWN_EXCEPTION"),
                                       QStringLiteral("An unexpected error occurred."));
    // "503" and anything unknown: the server is busy.
    return HttpResponse::restError(503, QStringLiteral("SERVER_UNAVAILABLE"),
                                   QStringLiteral("Server temporarily unavailable. Please try again later."));
}

bool FaultInjector::lockFault()
{
    if (!m_lock || m_rate <= 0)
        return false;
    if (m_rng.generateDouble() >= m_rate)
        return false;
    ++m_lockFaults;
    return true;
}

int FaultInjector::latency()
{
    if (m_latency <= 0 && m_jitter <= 0)
        return 0;
    return m_latency + (m_jitter > 0 ? int(m_latencyRng.bounded(quint32(m_jitter + 1))) : 0);
}

QString FaultInjector::lockMessage(const QString &id)
{
    return QStringLiteral("unable to obtain exclusive access to this record or 1 records: %1").arg(id);
}

} // namespace sfsync::localorg
