#pragma once

#include "core/config/action.h"
#include "core/config/valueconverter.h"
#include "core/engine/createdindex.h"
#include "core/engine/matchrule.h"
#include "core/engine/orgindex.h"
#include "core/engine/parentresolver.h"
#include "core/engine/workitem.h"
#include "core/salesforce/bulk2/bulk2options.h"
#include "core/salesforce/metadata/objectdescribe.h"
#include "core/salesforce/sferror.h"
#include "core/salesforce/soql/lookupquerybuilder.h"
#include "core/source/sourcerow.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <functional>

namespace sfsync {

class QuerySet;
class RestClient;

// Plans the rows of one action: types each row's values (prepare), finds the records its matchers point at
// with a few batched lookup queries (lookup), and decides per row what to do (resolve), in source order, so
// that rows resolving to a record created earlier in the same run update that record instead of creating
// another.
class Planner : public QObject
{
    Q_OBJECT
public:
    Planner(RestClient *rest, const ObjectDescribe &object, const Action &action, int actionIndex,
            bool preview, QObject *parent = nullptr);

    // Column positions for the matchers' and fields' columns. False when a column is missing.
    bool setHeader(const QStringList &header);

    // Lets a run upsert by external ID without looking records up first (Collections upsert), when the
    // action allows it: see usesNativeUpsert(). Off by default; never used for a preview, which needs the
    // matched records' current values (but plans such rows as the run will: written, never unchanged).
    void setNativeUpsertAllowed(bool allowed);
    // Upsert whose only matcher is an external-ID field not rewritten by the field mappings.
    [[nodiscard]] bool usesNativeUpsert() const { return m_nativeUpsert; }
    // The describe name of the first matcher's field (the key of a native upsert).
    [[nodiscard]] QString keyField() const { return m_rule.fields().value(0).name; }
    [[nodiscard]] const MatchRule &matchRule() const { return m_rule; }

    // Field mappings by a parent's key ("Account.Legacy_Id__c") write the reference field (AccountId) with
    // the parent's Id, found by a ParentResolver; `objects` holds the parents' describes. Before
    // setHeader().
    void setParentLinks(const QHash<QString, ObjectDescribe> &objects);
    [[nodiscard]] const ParentResolver *parents() const { return m_parents; }
    // Looks up the parents of the prepared items (their keys not known yet). `done` once.
    void lookupParents(const QList<WorkItem *> &items, ParentResolver::Done done);

    // Types the row's values. Afterwards the item is either invalid (plan Invalid with an error), decided
    // without a lookup (an Id matcher for update/delete), or needsLookup.
    void prepare(WorkItem *item, const SourceRow &row) const;

    struct LookupResult
    {
        QJsonArray records;
        SfError error; // the lookup failed as a whole
        int queries = 0;
    };
    using LookupDone = std::function<void(const LookupResult &)>;
    // Queries the records matching the items that need a lookup.
    // Items whose values cannot be looked up become invalid. `done` comes once, asynchronously or at once.
    void lookup(const QList<WorkItem *> &items, LookupDone done);
    // The lookup queries for the items that need one, without sending them; items whose values cannot be
    // looked up become invalid. (lookup() sends these; the CPU benchmark measures them.)
    [[nodiscard]] MatchRule::Lookup buildLookup(const QList<WorkItem *> &items) const;
    // Decides every prepared item from the lookup's records and the records created earlier in this run.
    void resolve(const QList<WorkItem *> &items, const QJsonArray &records);
    void cancel();
    // How long each lookup query page may take (0: RestClient's default).
    void setRequestTimeoutMs(int ms) { m_requestTimeoutMs = ms; }

    // A large job (its writes going through Bulk API 2.0) may answer its lookups from an OrgIndex loaded
    // with one Bulk API 2.0 query, when that costs fewer calls than the lookup queries for the
    // `rowsToCome` rows still to be read (OrgIndexLoader decides). Lookups asked meanwhile wait for it. Not
    // for previews (they need the matched records' values), creates, Id matchers or native upserts.
    void considerOrgIndex(qint64 rowsToCome, const Bulk2Options &options);

    [[nodiscard]] bool usesOrgIndex() const { return m_orgIndex != nullptr; }

    [[nodiscard]] const Action &action() const { return m_action; }
    [[nodiscard]] const ObjectDescribe &object() const { return m_object; }
    [[nodiscard]] bool isIdOnly() const { return m_idOnly; }
    // Whether the lookups read the mapped fields too, so that rows whose values the matched record already
    // holds can stay unwritten (skipUnchanged; not for an update by Id alone or a native upsert, which have
    // no lookup to read them with).
    [[nodiscard]] bool comparesUnchanged() const { return m_compareUnchanged; }

private:
    [[nodiscard]] bool comparesByDefault() const;
    [[nodiscard]] bool fitsNativeUpsert() const;
    [[nodiscard]] QStringList comparedFieldNames() const;
    // Whether the queried `record` holds every one of `fields` as Salesforce stores them.
    [[nodiscard]] bool recordHolds(const QJsonObject &record, const FieldValues &fields) const;
    // `indexSlots`: the records' places in the org index, when they come from it.
    void resolveRows(const QList<WorkItem *> &items, const QJsonArray &records,
                     const QList<quint32> *indexSlots = nullptr);
    void startQueries(const QList<LookupQuery> &queries, LookupDone done);
    void addCreated(WorkItem *item);
    void lookupInIndex(const QList<WorkItem *> &items, const LookupDone &done);
    void indexLoaded(bool loaded);
    // Keeps the index true to what the planned rows will write.
    void updateIndex(const WorkItem *item);

    QPointer<RestClient> m_rest;
    ObjectDescribe m_object;
    Action m_action;
    int m_actionIndex;
    bool m_preview;
    ValueConverter m_converter;
    MatchRule m_rule;
    QList<FieldInfo> m_writeFields;
    QList<int> m_matcherColumns;
    QList<int> m_fieldColumns;
    QList<int> m_fieldFromMatcher; // per field: the matcher whose value it reuses, or -1
    QList<int> m_parentLinkOf; // per field: its link in m_parents (a parent's key), or -1
    QList<FieldInfo> m_parentKeyFields; // per field: the parent's key field that types its value
    ParentResolver *m_parents = nullptr;
    bool m_idOnly = false;
    bool m_nativeUpsert = false;
    bool m_compareUnchanged = false;
    // Records created (or to be created) in this run, by matcher and match key.
    CreatedIndex m_created;
    QList<QPointer<QuerySet>> m_queries;
    int m_requestTimeoutMs = 0;
    // Lookup queries sent and the rows they looked up, to estimate what the rest of a job would cost.
    qint64 m_lookupQueries = 0;
    qint64 m_lookupRows = 0;
    QPointer<QObject> m_indexLoader; // an OrgIndexLoader while it decides and loads
    std::unique_ptr<OrgIndex> m_orgIndex;
    struct WaitingLookup
    {
        QList<WorkItem *> items;
        LookupDone done;
    };
    QList<WaitingLookup> m_waiting; // lookups asked while the index loads
};

} // namespace sfsync
