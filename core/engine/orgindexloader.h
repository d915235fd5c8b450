#pragma once

#include "core/engine/matchrule.h"

#include "core/config/action.h"
#include "core/engine/orgindex.h"
#include "core/salesforce/bulk2/bulk2options.h"
#include "core/salesforce/metadata/fieldinfo.h"
#include "core/salesforce/sferror.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace sfsync {

class Bulk2QueryJob;
class QueryPager;
class RestClient;

// Decides whether the rest of a large job's lookups cost fewer API calls answered from an OrgIndex, and
// loads it. One COUNT() query says how many records the matchers could find; when the object holds none,
// the index is empty at no further cost; when it holds few enough to index (MaxIndexBytes) and one Bulk API
// 2.0 query (create, polls, a page per 50,000 records) costs fewer calls than the lookups would, that query
// loads it. Otherwise, or when a call fails, the lookups stay batched queries. finished() comes once.
class OrgIndexLoader : public QObject
{
    Q_OBJECT
public:
    // What the index may take in memory: about 600,000 records of an action with two matchers.
    static constexpr qint64 MaxIndexBytes = 64LL * 1024 * 1024;
    static constexpr int RecordsPerPage = 50000;

    // `compared`: the fields whose stored values the index keeps as well (an action skipping unchanged rows).
    OrgIndexLoader(RestClient *rest, const QString &objectName, const MatchRule &rule,
                   const Bulk2Options &options, const QList<FieldInfo> &compared = {},
                   QObject *parent = nullptr);
    ~OrgIndexLoader() override;

    // `lookupCalls`: the lookup queries the rest of the job would send without an index.
    void start(qint64 lookupCalls);
    void cancel();

    // The loaded index (once finished(true)).
    [[nodiscard]] std::unique_ptr<OrgIndex> takeIndex() { return std::move(m_index); }
    [[nodiscard]] qint64 recordCount() const { return m_count; }

Q_SIGNALS:
    void finished(bool loaded);

private:
    void counted(const SfError &error);
    void loaded(const SfError &error);
    void done(bool loaded);

    QPointer<RestClient> m_rest;
    QString m_objectName;
    MatchRule m_rule;
    QList<FieldInfo> m_compared;
    Bulk2Options m_options;
    qint64 m_lookupCalls = 0;
    qint64 m_count = -1;
    std::unique_ptr<OrgIndex> m_index;
    QPointer<QueryPager> m_countQuery;
    QPointer<Bulk2QueryJob> m_query;
    bool m_finished = false;
};

} // namespace sfsync
