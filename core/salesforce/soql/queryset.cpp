#include "core/salesforce/soql/queryset.h"

#include "core/salesforce/recordid.h"
#include "core/salesforce/soql/querypager.h"

#include <QJsonObject>

namespace sfsync {

QuerySet::QuerySet(RestClient *rest, const QList<LookupQuery> &queries, Done done, QObject *parent)
    : QObject(parent)
    , m_done(std::move(done))
    , m_remaining(int(queries.size()))
{
    m_result.queries = int(queries.size());
    for (const LookupQuery &q : queries) {
        auto *pager = new QueryPager(rest, q.soql, this);
        if (!q.path.isEmpty())
            pager->setPath(q.path);
        connect(pager, &QueryPager::finished, this, [this, pager](const SfError &error) {
            if (!error.isNull() && m_result.error.isNull())
                m_result.error = error;
            for (const QJsonValue &v : pager->records()) {
                const QString id = RecordId::key(v.toObject().value(QLatin1String("Id")).toString());
                if (!m_seen.contains(id)) {
                    m_seen.insert(id);
                    m_result.records.append(v);
                }
            }
            if (--m_remaining == 0)
                finish();
        });
        m_pagers.append(pager);
    }
}

void QuerySet::setTimeoutMs(int ms)
{
    for (QueryPager *p : std::as_const(m_pagers))
        p->setTimeoutMs(ms);
}

void QuerySet::start()
{
    if (m_pagers.isEmpty()) {
        finish();
        return;
    }
    for (QueryPager *p : std::as_const(m_pagers))
        p->start();
}

void QuerySet::cancel()
{
    m_done = nullptr;
    for (QueryPager *p : std::as_const(m_pagers))
        p->cancel();
    deleteLater();
}

void QuerySet::finish()
{
    // The callback may delete this set's owner (and so this set) before it returns: hand it values that do
    // not live in this object.
    auto done = std::move(m_done);
    m_done = nullptr;
    const Result result = std::move(m_result);
    deleteLater();
    if (done)
        done(result);
}

} // namespace sfsync
