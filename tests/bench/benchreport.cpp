#include "benchreport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

namespace sfsync::bench {

namespace {

const QStringList Kinds {QStringLiteral("query"),    QStringLiteral("write"), QStringLiteral("composite"),
                         QStringLiteral("describe"), QStringLiteral("bulk"),  QStringLiteral("bulk-poll"),
                         QStringLiteral("other")};

QString ratio(double value)
{
    if (value <= 0)
        return QStringLiteral("-");
    return value >= 10 ? QString::number(value, 'f', 0) + QLatin1Char('x')
                       : QString::number(value, 'f', 2) + QLatin1Char('x');
}

double rowsPerSecond(const ContenderResult &r, int rows)
{
    return r.wallMs > 0 ? rows * 1000.0 / double(r.wallMs) : 0;
}

} // namespace

BenchReport::BenchReport(const BenchOptions &options, const BenchData &data,
                         const QList<ContenderResult> &results, int seededContacts)
    : m_options(options)
    , m_data(data)
    , m_results(results)
    , m_seeded(seededContacts)
{ }

const ContenderResult *BenchReport::rest() const
{
    for (const ContenderResult &r : m_results) {
        if (r.name == QLatin1String("rest") && r.available)
            return &r;
    }
    return nullptr;
}

bool BenchReport::outcomesMatch(const ContenderResult &r) const
{
    if (r.rerunChangeEvery >= 0) {
        // The second run: nothing new to create, the changed rows updated, every other row unchanged.
        const int rewritten = m_data.expectedRewritten(r.rerunChangeEvery);
        return r.created == 0 && r.updated == rewritten
            && r.unchanged == m_data.expectedCreated() + m_data.expectedUpdated() - rewritten
            && r.ambiguous == m_data.expectedAmbiguous() && r.failed == 0
            && r.contactsAfter == m_seeded + m_data.expectedCreated();
    }
    return r.created == m_data.expectedCreated() && r.updated == m_data.expectedUpdated()
        && r.ambiguous == m_data.expectedAmbiguous() && r.failed == 0
        && r.contactsAfter == m_seeded + m_data.expectedCreated();
}

QString BenchReport::table() const
{
    const ContenderResult *base = rest();
    QString out;
    out += QStringLiteral("\n%1 rows, %2 ms latency per call, %3 calls in flight for every contender\n\n")
               .arg(m_options.rows)
               .arg(m_options.latencyMs)
               .arg(m_options.concurrency);
    out += QStringLiteral(
        "| contender | API calls | query | write | composite | describe | bulk | polls | wall ms | rows/s | "
        "peak RSS MB | calls vs REST | time vs REST | outcomes |\n");
    out += QStringLiteral("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
    for (const ContenderResult &r : m_results) {
        if (!r.available) {
            out += QStringLiteral("| %1 | %2 ||||||||||||\n").arg(r.label, r.note);
            continue;
        }
        const QHash<QString, int> kinds = r.callsByKind();
        QString outcome = outcomesMatch(r)
            ? QStringLiteral("ok (%1/%2/%3)").arg(r.created).arg(r.updated).arg(r.ambiguous)
            : QStringLiteral("MISMATCH: %1 created, %2 updated, %3 ambiguous, %4 other, %5 contacts")
                  .arg(r.created)
                  .arg(r.updated)
                  .arg(r.ambiguous)
                  .arg(r.failed)
                  .arg(r.contactsAfter);
        if (r.rerunChangeEvery >= 0)
            outcome += QStringLiteral(", %1 unchanged").arg(r.unchanged);
        out +=
            QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 | %13 | %14 |\n")
                .arg(r.label)
                .arg(r.totalCalls())
                .arg(kinds.value(QStringLiteral("query")))
                .arg(kinds.value(QStringLiteral("write")))
                .arg(kinds.value(QStringLiteral("composite")))
                .arg(kinds.value(QStringLiteral("describe")))
                .arg(kinds.value(QStringLiteral("bulk")))
                .arg(kinds.value(QStringLiteral("bulk-poll")))
                .arg(r.wallMs)
                .arg(qRound64(rowsPerSecond(r, m_options.rows)))
                .arg(QString::number(r.peakRssKiB / 1024.0, 'f', 1))
                .arg(base && base->totalCalls() > 0 ? ratio(double(r.totalCalls()) / base->totalCalls())
                                                    : QStringLiteral("-"))
                .arg(base && base->wallMs > 0 ? ratio(double(r.wallMs) / base->wallMs) : QStringLiteral("-"))
                .arg(r.note.isEmpty() ? outcome : outcome + QStringLiteral("; ") + r.note);
    }
    out +=
        QStringLiteral("\noutcomes: created/updated/ambiguous; expected %1/%2/%3. Ratios: contender / sfsync "
                       "REST (above 1 = more calls or slower than sfsync REST).\n")
            .arg(m_data.expectedCreated())
            .arg(m_data.expectedUpdated())
            .arg(m_data.expectedAmbiguous());
    out += QStringLiteral(
               "Second runs (against the org the first run left; only the second run is counted): "
               "expected 0/%1/%2 and %3 unchanged with nothing changed, 0/%4/%2 and %5 unchanged with "
               "every 10th row changed.\n")
               .arg(m_data.expectedRewritten(0))
               .arg(m_data.expectedAmbiguous())
               .arg(m_data.expectedCreated() + m_data.expectedUpdated())
               .arg(m_data.expectedRewritten(10))
               .arg(m_data.expectedCreated() + m_data.expectedUpdated() - m_data.expectedRewritten(10));
    return out;
}

QJsonObject BenchReport::json() const
{
    const ContenderResult *base = rest();
    QJsonArray contenders;
    for (const ContenderResult &r : m_results) {
        QJsonObject o {{QStringLiteral("name"), r.name},
                       {QStringLiteral("label"), r.label},
                       {QStringLiteral("available"), r.available}};
        if (!r.note.isEmpty())
            o.insert(QStringLiteral("note"), r.note);
        if (r.available) {
            QJsonObject byKind;
            const QHash<QString, int> kinds = r.callsByKind();
            for (const QString &k : Kinds)
                byKind.insert(k, kinds.value(k));
            QJsonObject byEndpoint;
            for (auto it = r.callsByEndpoint.cbegin(); it != r.callsByEndpoint.cend(); ++it)
                byEndpoint.insert(it.key(), it.value());
            o.insert(QStringLiteral("apiCalls"),
                     QJsonObject {{QStringLiteral("total"), r.totalCalls()},
                                  {QStringLiteral("byKind"), byKind},
                                  {QStringLiteral("byEndpoint"), byEndpoint}});
            o.insert(QStringLiteral("wallMs"), r.wallMs);
            o.insert(QStringLiteral("rowsPerSecond"), rowsPerSecond(r, m_options.rows));
            o.insert(QStringLiteral("peakRssKiB"), r.peakRssKiB);
            if (base) {
                o.insert(QStringLiteral("callsVsRest"),
                         base->totalCalls() ? double(r.totalCalls()) / base->totalCalls() : 0);
                o.insert(QStringLiteral("timeVsRest"), base->wallMs ? double(r.wallMs) / base->wallMs : 0);
            }
            o.insert(QStringLiteral("outcomes"),
                     QJsonObject {{QStringLiteral("created"), r.created},
                                  {QStringLiteral("updated"), r.updated},
                                  {QStringLiteral("ambiguous"), r.ambiguous},
                                  {QStringLiteral("unchanged"), r.unchanged},
                                  {QStringLiteral("other"), r.failed},
                                  {QStringLiteral("contactsAfter"), r.contactsAfter},
                                  {QStringLiteral("asExpected"), outcomesMatch(r)}});
        }
        contenders.append(o);
    }
    return {{QStringLiteral("rows"), m_options.rows},
            {QStringLiteral("latencyMs"), m_options.latencyMs},
            {QStringLiteral("concurrency"), m_options.concurrency},
            {QStringLiteral("expected"),
             QJsonObject {{QStringLiteral("created"), m_data.expectedCreated()},
                          {QStringLiteral("updated"), m_data.expectedUpdated()},
                          {QStringLiteral("ambiguous"), m_data.expectedAmbiguous()},
                          {QStringLiteral("contactsBefore"), m_seeded}}},
            {QStringLiteral("machine"),
             QString(QSysInfo::prettyProductName() + QLatin1Char(' ') + QSysInfo::currentCpuArchitecture())},
            {QStringLiteral("contenders"), contenders}};
}

bool BenchReport::writeJson(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(json()).toJson(QJsonDocument::Indented));
    return file.flush();
}

} // namespace sfsync::bench
