#include "faultinjector.h"

#include <algorithm>

namespace sfsync::localorg {

namespace {

const QString LockCode = QStringLiteral("UNABLE_TO_LOCK_ROW");

// "*" matches any run of characters, '/' included; everything else literally.
QRegularExpression routePattern(const QString &path)
{
    QString pattern = QRegularExpression::escape(path);
    pattern.replace(QStringLiteral("\\*"), QStringLiteral(".*"));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

} // namespace

std::optional<FaultRule> FaultRule::parse(const QString &text, QString *error)
{
    FaultRule rule;
    QString rest = text.trimmed();
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        rule.route = rest.mid(at + 1).trimmed();
        rest = rest.left(at).trimmed();
        if (!rule.route.contains(QLatin1Char(':'))) {
            if (error)
                *error = QStringLiteral("%1: a route is METHOD:PATH, e.g. POST:composite/sobjects").arg(text);
            return std::nullopt;
        }
    }
    const qsizetype eq = rest.indexOf(QLatin1Char('='));
    if (eq >= 0) {
        bool ok = false;
        rule.rate = rest.mid(eq + 1).trimmed().toDouble(&ok);
        if (!ok || rule.rate < 0 || rule.rate > 1) {
            if (error)
                *error = QStringLiteral("%1: the rate is a probability between 0 and 1").arg(text);
            return std::nullopt;
        }
        rest = rest.left(eq).trimmed();
    }
    rule.code = rest.toUpper();
    if (!FaultInjector::knownCodes().contains(rule.code)) {
        if (error)
            *error = QStringLiteral("%1: unknown fault (known: %2)")
                         .arg(text, FaultInjector::knownCodes().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return rule;
}

bool FaultRule::matches(const QString &endpoint) const
{
    if (route.isEmpty())
        return true;
    const qsizetype colon = route.indexOf(QLatin1Char(':'));
    const QString method = route.left(colon);
    const qsizetype space = endpoint.indexOf(QLatin1Char(' '));
    if (method != QLatin1String("*") && method.compare(endpoint.left(space), Qt::CaseInsensitive) != 0)
        return false;
    return routePattern(route.mid(colon + 1)).match(endpoint.mid(space + 1)).hasMatch();
}

QString FaultRule::toString() const
{
    QString out = code;
    if (rate >= 0)
        out += QLatin1Char('=') + QString::number(rate);
    if (!route.isEmpty())
        out += QLatin1Char('@') + route;
    return out;
}

FaultInjector::FaultInjector(quint32 seed)
    : m_rng(seed)
    , m_latencyRng(seed ^ 0x5f3759dfu)
{ }

QStringList FaultInjector::knownCodes()
{
    return {QStringLiteral("503"),
            QStringLiteral("500"),
            QStringLiteral("420"),
            QStringLiteral("401"),
            QStringLiteral("INVALID_SESSION_ID"),
            QStringLiteral("REQUEST_LIMIT_EXCEEDED"),
            QStringLiteral("DROP"),
            QStringLiteral("LOSE_REQUEST"),
            QStringLiteral("LOSE_ANSWER"),
            QStringLiteral("STALL"),
            LockCode};
}

void FaultInjector::setFaults(double rate, const QStringList &codes)
{
    QList<FaultRule> rules;
    for (const QString &text : codes) {
        if (const std::optional<FaultRule> rule = FaultRule::parse(text))
            rules.append(*rule);
    }
    setRules(rate, rules);
}

void FaultInjector::setRules(double rate, const QList<FaultRule> &rules)
{
    m_rate = std::clamp(rate, 0.0, 1.0);
    m_rules = rules;
}

QStringList FaultInjector::codes() const
{
    QStringList out;
    for (const FaultRule &rule : m_rules)
        out.append(rule.code);
    return out;
}

void FaultInjector::setLatency(int ms, int jitterMs)
{
    m_latency = std::max(0, ms);
    m_jitter = std::max(0, jitterMs);
}

std::optional<FaultInjector::CallFault> FaultInjector::callFault(const QString &endpoint)
{
    m_endpoint = endpoint;
    QList<const FaultRule *> rules;
    for (const FaultRule &rule : std::as_const(m_rules)) {
        if (rule.code != LockCode && rule.matches(endpoint))
            rules.append(&rule);
    }
    const QString code = draw(rules);
    if (code.isEmpty())
        return std::nullopt;
    return faultFor(code);
}

std::optional<HttpResponse> FaultInjector::subrequestFault(const QString &endpoint)
{
    // Inside a Composite call only the org's own error answers make sense (the network carries the whole
    // call), and only rules that name the subrequest's route apply: a rule for every call stays a rule for
    // calls.
    QList<const FaultRule *> rules;
    for (const FaultRule &rule : std::as_const(m_rules)) {
        if ((rule.code == QLatin1String("500") || rule.code == QLatin1String("503")) && !rule.route.isEmpty()
            && rule.matches(endpoint))
            rules.append(&rule);
    }
    const QString code = draw(rules);
    if (code.isEmpty())
        return std::nullopt;
    return faultFor(code).answer;
}

QString FaultInjector::draw(const QList<const FaultRule *> &rules)
{
    if (rules.isEmpty())
        return {};
    QString code;
    const bool anyOwn =
        std::any_of(rules.cbegin(), rules.cend(), [](const FaultRule *r) { return r->rate >= 0; });
    if (!anyOwn) {
        // One chance of `rate`, then a code at random.
        if (m_rate <= 0 || m_rng.generateDouble() >= m_rate)
            return {};
        code = rules.at(int(m_rng.bounded(quint32(rules.size()))))->code;
    } else {
        // One draw against the codes' own rates laid end to end; the others share `rate`.
        const auto shared =
            std::count_if(rules.cbegin(), rules.cend(), [](const FaultRule *r) { return r->rate < 0; });
        const double u = m_rng.generateDouble();
        double edge = 0;
        for (const FaultRule *rule : std::as_const(rules)) {
            edge += rule->rate >= 0 ? rule->rate : m_rate / double(shared);
            if (u < edge) {
                code = rule->code;
                break;
            }
        }
        if (code.isEmpty())
            return {};
    }
    ++m_callFaults;
    ++m_byCode[code];
    return code;
}

FaultInjector::CallFault FaultInjector::faultFor(const QString &code)
{
    CallFault fault;
    fault.code = code;
    if (code == QLatin1String("DROP") || code == QLatin1String("LOSE_ANSWER")
        || code == QLatin1String("STALL")) {
        // The answer is lost, not the work: Salesforce has committed the call by then, which is what makes
        // the outcome of a write unknown to the client.
        fault.carryOut = true;
        fault.delivery = code == QLatin1String("DROP") ? HttpResponse::Delivery::CutOff
            : code == QLatin1String("LOSE_ANSWER")     ? HttpResponse::Delivery::Nothing
                                                       : HttpResponse::Delivery::Never;
        return fault;
    }
    if (code == QLatin1String("LOSE_REQUEST")) {
        fault.delivery = HttpResponse::Delivery::Nothing;
        return fault;
    }
    if (code == QLatin1String("420"))
        fault.answer = HttpResponse::text(
            420, "<html><body>Salesforce Edge: no route to the requested host</body></html>",
            "text/html; charset=UTF-8");
    else if (code == QLatin1String("REQUEST_LIMIT_EXCEEDED"))
        fault.answer = HttpResponse::restError(
            403, code, QStringLiteral("ConcurrentRequests (Concurrent API Requests) Limit exceeded."));
    else if (code == QLatin1String("401") || code == QLatin1String("INVALID_SESSION_ID"))
        fault.answer = HttpResponse::restError(401, QStringLiteral("INVALID_SESSION_ID"),
                                               QStringLiteral("Session expired or invalid"));
    else if (code == QLatin1String("500"))
        fault.answer = HttpResponse::restError(500, QStringLiteral("UNKNOWN_EXCEPTION"),
                                               QStringLiteral("An unexpected error occurred."));
    else // "503": the server is busy.
        fault.answer = HttpResponse::restError(
            503, QStringLiteral("SERVER_UNAVAILABLE"),
            QStringLiteral("Server temporarily unavailable. Please try again later."));
    return fault;
}

bool FaultInjector::lockFault()
{
    for (const FaultRule &rule : std::as_const(m_rules)) {
        if (rule.code != LockCode || !rule.matches(m_endpoint))
            continue;
        const double rate = rule.rate >= 0 ? rule.rate : m_rate;
        if (rate <= 0 || m_rng.generateDouble() >= rate)
            return false;
        ++m_lockFaults;
        ++m_byCode[LockCode];
        return true;
    }
    return false;
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
