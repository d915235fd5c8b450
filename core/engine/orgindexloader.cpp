#include "core/engine/orgindexloader.h"

#include "core/corelogging.h"
#include "core/salesforce/bulk2/bulk2queryjob.h"
#include "core/salesforce/restclient.h"
#include "core/salesforce/soql/querypager.h"
#include "core/salesforce/soql/soql.h"

namespace sfsync {

namespace {
// A query job's create and the polls it usually takes (docs/salesforce-api.md §3.5; the local org needs two).
constexpr qint64 QueryJobCalls = 1 + 3;
} // namespace

OrgIndexLoader::OrgIndexLoader(RestClient *rest, const QString &objectName, const MatchRule &rule,
                               const Bulk2Options &options, const QList<FieldInfo> &compared, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_objectName(objectName)
    , m_rule(rule)
    , m_compared(compared)
    , m_options(options)
{ }

OrgIndexLoader::~OrgIndexLoader()
{
    cancel();
}

void OrgIndexLoader::start(qint64 lookupCalls)
{
    m_lookupCalls = lookupCalls;
    // The names come from the describe, but go into SOQL only through Soql's check, like every other name.
    bool namesValid = bool(Soql::identifier(m_objectName)) && !m_objectName.contains(QLatin1Char('.'));
    for (const FieldInfo &f : std::as_const(m_rule.fields()))
        namesValid = namesValid && Soql::identifier(f.name);
    for (const FieldInfo &f : std::as_const(m_compared))
        namesValid = namesValid && Soql::identifier(f.name);
    if (!m_rest || !namesValid) {
        done(false);
        return;
    }
    m_countQuery = new QueryPager(m_rest,
                                  QStringLiteral("SELECT COUNT() FROM ") + m_objectName
                                      + QStringLiteral(" WHERE ") + m_rule.presentClause(),
                                  this);
    connect(m_countQuery, &QueryPager::finished, this, &OrgIndexLoader::counted);
    m_countQuery->start();
}

void OrgIndexLoader::counted(const SfError &error)
{
    if (!error.isNull() || !m_countQuery) {
        qCInfo(lcCoreEngine).noquote() << m_objectName << ": counting records for an index failed ("
                                       << error.toString() << "); lookups stay queries";
        done(false);
        return;
    }
    m_count = m_countQuery->totalSize();
    m_countQuery->deleteLater();
    m_index = std::make_unique<OrgIndex>(m_rule.fields(), m_compared);
    if (m_count == 0) {
        qCInfo(lcCoreEngine).noquote()
            << m_objectName << ": no record has a matcher value; no lookups needed";
        done(true);
        return;
    }
    const qint64 bytes =
        m_count * OrgIndex::bytesPerRecord(int(m_rule.fields().size()), int(m_compared.size()));
    const qint64 calls = QueryJobCalls + (m_count + RecordsPerPage - 1) / RecordsPerPage;
    if (bytes > MaxIndexBytes || calls >= m_lookupCalls) {
        qCInfo(lcCoreEngine).noquote()
            << m_objectName << ":" << m_count << "records to match against; about" << m_lookupCalls
            << "lookup queries against" << calls << "calls for an index of" << bytes / (1024 * 1024)
            << "MB: lookups stay queries";
        m_index.reset();
        done(false);
        return;
    }
    qCInfo(lcCoreEngine).noquote() << m_objectName << ": indexing" << m_count
                                   << "records with one Bulk API 2.0 query (about" << calls
                                   << "calls instead of" << m_lookupCalls << "lookup queries)";
    QStringList select {QStringLiteral("Id")};
    for (const FieldInfo &f : std::as_const(m_rule.fields()))
        select.append(f.name);
    for (const FieldInfo &f : std::as_const(m_compared)) {
        if (!select.contains(f.name, Qt::CaseInsensitive))
            select.append(f.name);
    }
    m_query = new Bulk2QueryJob(m_rest,
                                QStringLiteral("SELECT ") + select.join(QLatin1String(", "))
                                    + QStringLiteral(" FROM ") + m_objectName + QStringLiteral(" WHERE ")
                                    + m_rule.presentClause(),
                                m_options, this);
    m_query->setMaxRecordsPerPage(RecordsPerPage);
    connect(m_query, &Bulk2QueryJob::page, this,
            [this](const QStringList &header, const QList<QStringList> &rows) {
                if (m_index)
                    m_index->addPage(header, rows);
            });
    connect(m_query, &Bulk2QueryJob::finished, this, [this](const SfError &e) { loaded(e); });
    m_query->start();
}

void OrgIndexLoader::loaded(const SfError &error)
{
    if (m_query)
        m_query->deleteLater();
    if (!error.isNull()) {
        qCWarning(lcCoreEngine).noquote()
            << m_objectName << ": the index query failed (" << error.toString() << "); lookups stay queries";
        m_index.reset();
        done(false);
        return;
    }
    done(true);
}

void OrgIndexLoader::cancel()
{
    // Cancelled, nobody waits for finished() (the queries may answer their cancel at once).
    m_finished = true;
    if (m_countQuery)
        m_countQuery->cancel();
    if (m_query)
        m_query->cancel();
}

void OrgIndexLoader::done(bool loaded)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(loaded);
}

} // namespace sfsync
