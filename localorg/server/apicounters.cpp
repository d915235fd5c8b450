#include "apicounters.h"

#include <QStringList>

#include <algorithm>

namespace sfsync::localorg {

void ApiCounters::record(const QString &endpoint)
{
    ++m_usage;
    ++m_calls;
    ++m_byEndpoint[endpoint];
}

void ApiCounters::reset()
{
    m_usage = 0;
    m_calls = 0;
    m_byEndpoint.clear();
    m_subrequests.clear();
    m_refused.clear();
}

QByteArray ApiCounters::limitInfoHeader() const
{
    return "api-usage=" + QByteArray::number(m_usage) + '/' + QByteArray::number(m_limit);
}

QString ApiCounters::summary() const
{
    QStringList lines;
    lines << QStringLiteral("API calls: %1 (daily usage %2/%3)").arg(m_calls).arg(m_usage).arg(m_limit);
    QList<QPair<QString, int>> sorted;
    for (auto it = m_byEndpoint.cbegin(); it != m_byEndpoint.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (const auto &entry : sorted)
        lines << QStringLiteral("  %1  %2").arg(entry.second, 7).arg(entry.first);
    for (auto it = m_refused.cbegin(); it != m_refused.cend(); ++it)
        lines << QStringLiteral("  refused (%1): %2").arg(it.key()).arg(it.value());
    return lines.join(QLatin1Char('\n'));
}

} // namespace sfsync::localorg
