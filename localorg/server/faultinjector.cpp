#include "faultinjector.h"

#include <algorithm>

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
    m_callRates.clear();
    m_lock = false;
    m_lockRate = -1;
    int shared = 0;
    for (const QString &raw : codes) {
        QString code = raw.trimmed().toUpper();
        double own = -1;
        const qsizetype eq = code.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            bool ok = false;
            const double r = code.mid(eq + 1).trimmed().toDouble(&ok);
            if (ok)
                own = std::clamp(r, 0.0, 1.0);
            code = code.left(eq).trimmed();
        }
        if (code.isEmpty())
            continue;
        m_codes.append(code);
        if (code == QLatin1String("UNABLE_TO_LOCK_ROW")) {
            m_lock = true;
            m_lockRate = own;
        } else {
            m_callCodes.append(code);
            m_callRates.append(own);
            if (own < 0)
                ++shared;
        }
    }
    const bool anyOwn =
        std::any_of(m_callRates.cbegin(), m_callRates.cend(), [](double r) { return r >= 0; });
    if (!anyOwn) {
        m_callRates.clear(); // the original draw: one chance of `rate`, then a code at random
        return;
    }
    for (double &r : m_callRates) {
        if (r < 0)
            r = m_rate / shared;
    }
}

void FaultInjector::setLatency(int ms, int jitterMs)
{
    m_latency = std::max(0, ms);
    m_jitter = std::max(0, jitterMs);
}

std::optional<HttpResponse> FaultInjector::callFault()
{
    if (m_callCodes.isEmpty())
        return std::nullopt;
    QString code;
    if (m_callRates.isEmpty()) {
        if (m_rate <= 0 || m_rng.generateDouble() >= m_rate)
            return std::nullopt;
        code = m_callCodes.at(int(m_rng.bounded(quint32(m_callCodes.size()))));
    } else {
        // One draw against the codes' own rates laid end to end.
        const double u = m_rng.generateDouble();
        double edge = 0;
        for (int i = 0; i < m_callCodes.size() && code.isEmpty(); ++i) {
            edge += m_callRates.at(i);
            if (u < edge)
                code = m_callCodes.at(i);
        }
        if (code.isEmpty())
            return std::nullopt;
    }
    ++m_callFaults;
    ++m_byCode[code];
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
    const double rate = m_lockRate >= 0 ? m_lockRate : m_rate;
    if (!m_lock || rate <= 0)
        return false;
    if (m_rng.generateDouble() >= rate)
        return false;
    ++m_lockFaults;
    ++m_byCode[QStringLiteral("UNABLE_TO_LOCK_ROW")];
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
