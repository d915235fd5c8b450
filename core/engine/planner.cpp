#include "core/engine/planner.h"

#include "core/corelogging.h"
#include "core/engine/journalentry.h"
#include "core/engine/orgindexloader.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/recordid.h"
#include "core/salesforce/restclient.h"
#include "core/salesforce/soql/lookupquerybuilder.h"
#include "core/salesforce/soql/queryset.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <memory>

namespace sfsync {

namespace {

bool isEmpty(const QJsonValue &v)
{
    return v.isUndefined();
}

QString uriPrefix(RestClient *rest)
{
    QString base = rest && rest->connection() ? rest->connection()->instanceUrl().toString(QUrl::FullyEncoded)
                                              : QString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + (rest ? rest->dataPath(QString()) : QStringLiteral("/services/data/v62.0/"));
}

} // namespace

Planner::Planner(RestClient *rest, const ObjectDescribe &object, const Action &action, int actionIndex,
                 bool preview, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_object(object)
    , m_action(action)
    , m_actionIndex(actionIndex)
    , m_preview(preview)
    , m_converter(action)
    , m_rule(MatchRule::of(object, action))
{
    for (const FieldMapping &fm : action.fields) {
        const FieldInfo *f = object.field(fm.field);
        m_writeFields.append(f ? *f : FieldInfo {});
    }
    m_idOnly = action.matchers.size() == 1 && m_rule.fields().first().type == QLatin1String("id");
    // A field written from the same column as a matcher on that field takes the matcher's converted value.
    for (int f = 0; f < action.fields.size(); ++f) {
        int same = -1;
        for (int m = 0; m < action.matchers.size() && same < 0; ++m) {
            const Matcher &matcher = action.matchers.at(m);
            const FieldMapping &mapping = action.fields.at(f);
            if (!matcher.hasValue && !mapping.hasValue && matcher.column == mapping.column
                && !m_writeFields.at(f).name.isEmpty()
                && m_writeFields.at(f).name == m_rule.fields().at(m).name)
                same = m;
        }
        m_fieldFromMatcher.append(same);
    }
    m_created = CreatedIndex(int(action.matchers.size()));
    m_compareUnchanged = comparesByDefault();
}

bool Planner::comparesByDefault() const
{
    // An update by Id alone needs no lookup; reading the records only to compare would cost as many calls
    // as the writes it might save (docs/performance.md), so those rows are written as they are.
    return m_action.skipUnchanged
        && (m_action.operation == Action::Operation::Upsert
            || (m_action.operation == Action::Operation::Update && !m_idOnly));
}

void Planner::setParentLinks(const QHash<QString, ObjectDescribe> &objects)
{
    QList<ParentLink> links;
    m_parentLinkOf = QList<int>(m_action.fields.size(), -1);
    m_parentKeyFields = QList<FieldInfo>(m_action.fields.size());
    for (int f = 0; f < m_action.fields.size(); ++f) {
        const auto ref = ParentReference::parse(m_action.fields.at(f).field);
        if (!ref)
            continue;
        // The validator has checked the link; one that does not resolve leaves the field unknown.
        const std::optional<ParentLink> link = ParentLink::resolve(*ref, m_object, objects, nullptr);
        if (!link)
            continue;
        m_writeFields[f] = link->reference;
        m_parentKeyFields[f] = link->key;
        m_parentLinkOf[f] = int(links.size());
        links.append(*link);
    }
    delete m_parents;
    m_parents = nullptr;
    if (!links.isEmpty()) {
        m_parents = new ParentResolver(m_rest, links, uriPrefix(m_rest), this);
        m_parents->setRequestTimeoutMs(m_requestTimeoutMs);
        m_parents->setKeepDescriptions(m_preview);
    }
}

void Planner::lookupParents(const QList<WorkItem *> &items, ParentResolver::Done done)
{
    if (!m_parents) {
        done(SfError {});
        return;
    }
    m_parents->setRequestTimeoutMs(m_requestTimeoutMs);
    m_parents->lookup(items, std::move(done));
}

void Planner::setNativeUpsertAllowed(bool allowed)
{
    m_nativeUpsert = false;
    m_compareUnchanged = comparesByDefault();
    if (!allowed || !fitsNativeUpsert())
        return;
    // A preview still looks the records up (it shows their values), but plans what the run does: a native
    // upsert has no record to compare with, so its rows are written, never unchanged (docs/config.md).
    m_nativeUpsert = !m_preview;
    m_compareUnchanged = false;
}

bool Planner::fitsNativeUpsert() const
{
    if (m_action.operation != Action::Operation::Upsert || m_rule.fields().size() != 1
        || !m_rule.fields().first().externalId)
        return false;
    const Matcher &matcher = m_action.matchers.first();
    for (int f = 0; f < m_action.fields.size(); ++f) {
        // Writing the key field from another column would change the key the row is matched by.
        const FieldMapping &mapping = m_action.fields.at(f);
        if (m_writeFields.at(f).name.compare(m_rule.fields().first().name, Qt::CaseInsensitive) != 0)
            continue;
        if (mapping.hasValue != matcher.hasValue || mapping.valueIsNull
            || (matcher.hasValue ? mapping.value != matcher.value : mapping.column != matcher.column))
            return false;
    }
    return true;
}

bool Planner::setHeader(const QStringList &header)
{
    bool ok = true;
    m_matcherColumns.clear();
    m_fieldColumns.clear();
    for (const Matcher &m : m_action.matchers) {
        const int c = m.hasValue ? -1 : int(header.indexOf(m.column));
        ok = ok && (m.hasValue || c >= 0);
        m_matcherColumns.append(c);
    }
    for (const FieldMapping &f : m_action.fields) {
        const int c = f.hasValue ? -1 : int(header.indexOf(f.column));
        ok = ok && (f.hasValue || c >= 0);
        m_fieldColumns.append(c);
    }
    return ok;
}

void Planner::prepare(WorkItem *item, const SourceRow &row) const
{
    item->plan = RowPlan::Invalid;
    item->matcherValues.clear();
    item->fields.clear();
    item->fields.reserve(m_action.fields.size());
    auto invalid = [item](const QString &code, const QString &message) {
        item->plan = RowPlan::Invalid;
        item->error = code + QStringLiteral(": ") + message;
        item->needsLookup = false;
    };

    const bool andOperator = m_rule.isAnd();
    int present = 0;
    for (int m = 0; m < m_action.matchers.size(); ++m) {
        const Matcher &matcher = m_action.matchers.at(m);
        const int c = m_matcherColumns.value(m, -1);
        const QString text = matcher.hasValue ? matcher.value : row.cells.value(c);
        if (text.isEmpty()) {
            if (andOperator) {
                invalid(QStringLiteral("MISSING_MATCHER_VALUE"),
                        tr("column \"%1\" is empty, and every matcher needs a value with \"and\" (%2)")
                            .arg(matcher.column, matcher.field));
                return;
            }
            item->matcherValues.append(QJsonValue(QJsonValue::Undefined));
            continue;
        }
        const ConvertedValue v = m_converter.convert(m_rule.fields().at(m), text);
        if (!v.ok) {
            invalid(QStringLiteral("INVALID_VALUE"),
                    matcher.hasValue
                        ? tr("matcher %1: %2").arg(matcher.field, v.error)
                        : tr("column \"%1\" (%2): %3").arg(matcher.column, matcher.field, v.error));
            return;
        }
        const QString prefix = m_object.summary().keyPrefix;
        if (m_rule.fields().at(m).type == QLatin1String("id") && prefix.size() == 3
            && !text.startsWith(prefix)) {
            // Most often an Id copied from another object's export (an Account Id for a Contact): say so
            // instead of letting every such row end "not found".
            invalid(QStringLiteral("INVALID_ID"),
                    tr("column \"%1\" (%2): \"%3\" is not a %4 Id (those begin with %5)")
                        .arg(matcher.hasValue ? matcher.field : matcher.column, matcher.field, text,
                             m_object.name(), prefix));
            return;
        }
        item->matcherValues.append(v.json);
        ++present;
    }
    if (m_action.needsMatchers() && present == 0) {
        invalid(QStringLiteral("MISSING_MATCHER_VALUE"),
                tr("every matcher value is empty; nothing identifies a record"));
        return;
    }

    const bool creating = m_action.operation == Action::Operation::Create;
    item->parentKeys.clear();
    item->parentFailed = false;
    if (m_parents)
        item->parentKeys = QList<QJsonValue>(m_parents->links().size(), QJsonValue(QJsonValue::Undefined));
    for (int f = 0; f < m_action.fields.size(); ++f) {
        const FieldMapping &mapping = m_action.fields.at(f);
        const FieldInfo &field = m_writeFields.at(f);
        if (mapping.hasValue && mapping.valueIsNull) {
            item->fields.insert(field.name, QJsonValue(QJsonValue::Null));
            continue;
        }
        const QString text = mapping.hasValue ? mapping.value : row.cells.value(m_fieldColumns.value(f, -1));
        if (text.isEmpty()) {
            // Nothing to clear on a record that does not exist yet.
            if (m_action.emptyAs == Action::EmptyAs::Null && !creating)
                item->fields.insert(field.name, QJsonValue(QJsonValue::Null));
            continue;
        }
        if (const int link = m_parentLinkOf.value(f, -1); link >= 0) {
            // A parent's key: typed by the parent's key field; the Id comes from ParentResolver.
            const ConvertedValue v = m_converter.convert(m_parentKeyFields.at(f), text);
            if (!v.ok) {
                invalid(QStringLiteral("INVALID_VALUE"),
                        mapping.hasValue
                            ? tr("field %1: %2").arg(mapping.field, v.error)
                            : tr("column \"%1\" (%2): %3").arg(mapping.column, mapping.field, v.error));
                return;
            }
            item->parentKeys[link] = v.json;
            continue;
        }
        const int fromMatcher = m_fieldFromMatcher.value(f, -1);
        if (fromMatcher >= 0 && !item->matcherValues.value(fromMatcher).isUndefined()) {
            item->fields.insert(field.name, item->matcherValues.at(fromMatcher));
            continue;
        }
        const ConvertedValue v = m_converter.convert(field, text);
        if (!v.ok) {
            invalid(QStringLiteral("INVALID_VALUE"),
                    mapping.hasValue
                        ? tr("field %1: %2").arg(mapping.field, v.error)
                        : tr("column \"%1\" (%2): %3").arg(mapping.column, mapping.field, v.error));
            return;
        }
        item->fields.insert(field.name, v.json);
    }

    switch (m_action.operation) {
    case Action::Operation::Create:
        item->plan = RowPlan::Create;
        item->needsLookup = false;
        return;
    case Action::Operation::Update:
    case Action::Operation::Delete:
    case Action::Operation::HardDelete:
        if (m_idOnly && !m_preview) {
            // The Id is the record: no lookup needed; an Id that does not exist ends as 404 from the write.
            item->targetId = item->matcherValues.first().toString();
            item->matches = {item->targetId};
            item->plan = m_action.deletes() ? RowPlan::Delete : RowPlan::Update;
            item->needsLookup = false;
            return;
        }
        item->needsLookup = true;
        return;
    case Action::Operation::Upsert:
        if (m_nativeUpsert) {
            // Salesforce matches while writing: 0 records create, 1 updates, several fail (ambiguous).
            const FieldInfo &key = m_rule.fields().first();
            item->nativeUpsert = true;
            item->plan = RowPlan::Create;
            item->upsertKey = ValueConverter::matchKey(key, item->matcherValues.first());
            item->fields.insert(key.name, item->matcherValues.first());
            item->needsLookup = false;
            return;
        }
        item->needsLookup = true;
        return;
    }
}

void Planner::lookup(const QList<WorkItem *> &items, LookupDone done)
{
    if (m_action.operation == Action::Operation::Create) {
        done(LookupResult {}); // a create has nothing to look up
        return;
    }
    if (m_indexLoader) {
        m_waiting.append({items, std::move(done)});
        return;
    }
    if (m_orgIndex) {
        lookupInIndex(items, done);
        return;
    }
    const MatchRule::Lookup built = buildLookup(items);
    if (!built.error.isEmpty()) {
        LookupResult result;
        result.error = SfError {400, QStringLiteral("INVALID_LOOKUP"), built.error, {}};
        done(result);
        return;
    }
    for (const WorkItem *item : items)
        m_lookupRows += item->needsLookup ? 1 : 0;
    m_lookupQueries += built.queries.size();
    startQueries(built.queries, std::move(done));
}

MatchRule::Lookup Planner::buildLookup(const QList<WorkItem *> &items) const
{
    QStringList select;
    if (m_preview || m_compareUnchanged)
        select = comparedFieldNames();
    QList<WorkItem *> wanted;
    QList<MatchRule::Values> rows;
    for (WorkItem *item : items) {
        if (item->needsLookup) {
            wanted.append(item);
            rows.append(item->matcherValues);
        }
    }
    const MatchRule::Lookup built = m_rule.buildLookup(m_object.name(), rows, select, uriPrefix(m_rest));
    for (auto it = built.invalid.constBegin(); it != built.invalid.constEnd(); ++it) {
        WorkItem *item = wanted.at(it.key());
        item->plan = RowPlan::Invalid;
        item->needsLookup = false;
        item->error = QStringLiteral("INVALID_VALUE: ") + it.value();
    }
    return built;
}

QStringList Planner::comparedFieldNames() const
{
    QStringList names;
    for (const FieldInfo &f : m_writeFields) {
        if (!f.name.isEmpty() && !names.contains(f.name))
            names.append(f.name);
    }
    return names;
}

bool Planner::recordHolds(const QJsonObject &record, const FieldValues &fields) const
{
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const auto found = record.constFind(it.key());
        if (found == record.constEnd())
            return false; // not read, so not known to be the same
        const FieldInfo *field = m_object.field(it.key());
        if (!field || !ValueConverter::sameValue(*field, found.value(), it.value()))
            return false;
    }
    return true;
}

void Planner::startQueries(const QList<LookupQuery> &queries, LookupDone done)
{
    auto *set = new QuerySet(
        m_rest, queries,
        [done = std::move(done)](const QuerySet::Result &r) {
            done(LookupResult {r.records, r.error, r.queries});
        },
        this);
    set->setTimeoutMs(m_requestTimeoutMs);
    m_queries.removeAll(nullptr);
    m_queries.append(set);
    set->start();
}

void Planner::cancel()
{
    for (const QPointer<QuerySet> &set : std::as_const(m_queries)) {
        if (set)
            set->cancel();
    }
    m_queries.clear();
    m_waiting.clear();
    if (m_parents)
        m_parents->cancel();
    if (m_indexLoader) {
        static_cast<OrgIndexLoader *>(m_indexLoader.data())->cancel();
        m_indexLoader->deleteLater();
        m_indexLoader = nullptr;
    }
}

void Planner::considerOrgIndex(qint64 rowsToCome, const Bulk2Options &options)
{
    if (m_preview || m_indexLoader || m_orgIndex || m_idOnly || m_nativeUpsert || m_rule.fields().isEmpty()
        || m_action.operation == Action::Operation::Create)
        return;
    for (const FieldInfo &f : std::as_const(m_rule.fields())) {
        if (f.name.isEmpty() || f.type == QLatin1String("id"))
            return;
    }
    // Measured so far, or a query per hundred rows (two matchers' values fit one URI).
    const double perRow = m_lookupRows > 0 ? double(m_lookupQueries) / double(m_lookupRows) : 0.01;
    const auto lookupCalls = qint64(double(rowsToCome) * perRow);
    // Below this the count query alone would eat much of what an index could save.
    constexpr qint64 WorthCounting = 20;
    if (lookupCalls < WorthCounting)
        return;
    QList<FieldInfo> compared;
    if (m_compareUnchanged) {
        for (const QString &name : comparedFieldNames())
            compared.append(*m_object.field(name));
    }
    auto *loader = new OrgIndexLoader(m_rest, m_object.name(), m_rule, options, compared, this);
    connect(loader, &OrgIndexLoader::finished, this, &Planner::indexLoaded);
    m_indexLoader = loader;
    loader->start(lookupCalls);
}

void Planner::indexLoaded(bool loaded)
{
    auto *loader = static_cast<OrgIndexLoader *>(m_indexLoader.data());
    if (!loader)
        return;
    if (loaded)
        m_orgIndex = loader->takeIndex();
    loader->deleteLater();
    m_indexLoader = nullptr;
    // Asked while loading: answered now, from the index or with queries.
    const QList<WaitingLookup> waiting = std::move(m_waiting);
    m_waiting.clear();
    QPointer<Planner> alive(this);
    for (const WaitingLookup &w : waiting) {
        if (!alive)
            return;
        lookup(w.items, w.done);
    }
}

void Planner::lookupInIndex(const QList<WorkItem *> &items, const LookupDone &done)
{
    // A value that a query could not look up is refused the same way, with the same message.
    for (WorkItem *item : items) {
        if (!item->needsLookup)
            continue;
        const QString invalid = m_rule.invalidValues(item->matcherValues);
        if (invalid.isEmpty())
            continue;
        item->plan = RowPlan::Invalid;
        item->needsLookup = false;
        item->error = QStringLiteral("INVALID_VALUE: ") + invalid;
    }
    // The records are found row by row in resolve().
    done(LookupResult {});
}

void Planner::updateIndex(const WorkItem *item)
{
    if (!m_orgIndex || item->targetId.isEmpty() || item->created)
        return;
    if (item->plan == RowPlan::Delete) {
        m_orgIndex->remove(item->targetId);
        return;
    }
    if (item->plan != RowPlan::Update)
        return;
    for (int m = 0; m < m_rule.fields().size(); ++m) {
        const FieldInfo &f = m_rule.fields().at(m);
        const QJsonValue v = item->fields.value(f.name);
        if (!v.isUndefined())
            m_orgIndex->setKey(item->targetId, m, ValueConverter::matchKey(f, v));
    }
}

void Planner::addCreated(WorkItem *item)
{
    auto record = std::make_shared<CreatedRecord>();
    record->creatorRow = item->row;
    if (m_preview)
        record->fields = item->fields;
    item->created = record;
    item->creator = true;
    m_created.add(record, m_rule.keys(item->matcherValues));
}

void Planner::resolve(const QList<WorkItem *> &items, const QJsonArray &records)
{
    // Parents first: a row whose parent is missing never becomes the creator of a record.
    if (m_parents)
        m_parents->apply(items);
    m_created.compact();
    if (m_orgIndex && m_action.operation != Action::Operation::Create) {
        // Row by row, so that each sees what the rows before it will write (a changed or deleted key).
        for (WorkItem *item : items) {
            if (!item->needsLookup)
                continue;
            QList<quint32> slots;
            const QJsonArray found = m_orgIndex->lookup({item->matcherValues}, &slots);
            resolveRows({item}, found, &slots);
        }
        return;
    }
    resolveRows(items, records);
}

void Planner::resolveRows(const QList<WorkItem *> &items, const QJsonArray &records,
                          const QList<quint32> *indexSlots)
{
    const int matcherCount = int(m_rule.fields().size());
    // Index the records by matcher and match key.
    QList<QHash<QString, QList<int>>> index(matcherCount);
    for (int r = 0; r < records.size(); ++r) {
        const QJsonObject record = records.at(r).toObject();
        for (int m = 0; m < matcherCount; ++m) {
            const QJsonValue v = record.value(m_rule.fields().at(m).name);
            if (v.isNull() || v.isUndefined())
                continue;
            index[m][ValueConverter::matchKey(m_rule.fields().at(m), v)].append(r);
        }
    }
    const bool andOperator = m_rule.isAnd();

    for (WorkItem *item : items) {
        if (item->plan == RowPlan::Invalid && !item->needsLookup)
            continue;
        if (!item->needsLookup)
            continue;
        // Records equal on each matcher (org records by position, run-created ones by pointer).
        QSet<int> orgMatches;
        QSet<CreatedRecord *> runMatches;
        QHash<CreatedRecord *, std::shared_ptr<CreatedRecord>> keep;
        bool first = true;
        for (int m = 0; m < matcherCount; ++m) {
            const QJsonValue &v = item->matcherValues.at(m);
            if (isEmpty(v))
                continue;
            const QString key = ValueConverter::matchKey(m_rule.fields().at(m), v);
            const QList<int> hits = index.at(m).value(key);
            const QList<std::shared_ptr<CreatedRecord>> created = m_created.find(m, key);
            QSet<int> org(hits.cbegin(), hits.cend());
            QSet<CreatedRecord *> run;
            for (const auto &c : created) {
                // Its create failed and no row took it over: as if that row had not been there.
                if (c->failed)
                    continue;
                run.insert(c.get());
                keep.insert(c.get(), c);
            }
            if (!andOperator || first) {
                orgMatches.unite(org);
                runMatches.unite(run);
            } else {
                orgMatches.intersect(org);
                runMatches.intersect(run);
            }
            first = false;
        }
        QStringList ids;
        QSet<QString> idKeys;
        QList<int> sortedOrg(orgMatches.cbegin(), orgMatches.cend());
        std::sort(sortedOrg.begin(), sortedOrg.end());
        for (int r : std::as_const(sortedOrg)) {
            const QString id = records.at(r).toObject().value(QLatin1String("Id")).toString();
            ids.append(id);
            idKeys.insert(RecordId::key(id));
        }
        std::shared_ptr<CreatedRecord> runRecord;
        int runCount = 0;
        bool createdInRun = false;
        for (CreatedRecord *c : std::as_const(runMatches)) {
            // Already created and visible to the lookup: the same record, counted once.
            if (c->resolved && idKeys.contains(RecordId::key(c->id))) {
                createdInRun = true;
                continue;
            }
            ++runCount;
            runRecord = keep.value(c);
        }
        const int total = int(ids.size()) + runCount;
        item->matches = ids;
        item->needsLookup = false;
        if (total > 1) {
            item->plan = RowPlan::Ambiguous;
            QStringList all = ids;
            for (CreatedRecord *c : std::as_const(runMatches)) {
                if (!(c->resolved && idKeys.contains(RecordId::key(c->id))))
                    all.append(c->resolved ? c->id : tr("the record row %1 creates").arg(c->creatorRow));
            }
            item->error = QStringLiteral("MULTIPLE_RECORDS: ")
                + tr("%1 records match: %2").arg(total).arg(all.join(QStringLiteral(", ")));
            continue;
        }
        if (total == 0) {
            if (m_action.operation == Action::Operation::Upsert) {
                item->plan = RowPlan::Create;
                addCreated(item);
            } else {
                item->plan = RowPlan::NotFound;
                item->error = QStringLiteral("NOT_FOUND: ") + tr("no record matches");
            }
            continue;
        }
        item->plan = m_action.deletes() ? RowPlan::Delete : RowPlan::Update;
        if (runRecord) {
            item->created = runRecord;
            item->creator = false;
            // A preview writes nothing, so the record has no Id yet: name the row that would create it.
            item->matches = {runRecord->resolved ? runRecord->id
                                                 : tr("(created by row %1)").arg(runRecord->creatorRow)};
            if (m_preview) {
                item->matchedRecord = runRecord->fields.toJsonObject();
                for (auto it = item->fields.constBegin(); it != item->fields.constEnd(); ++it)
                    runRecord->fields.insert(it.key(), it.value());
            }
        } else {
            item->targetId = ids.first();
            if (m_preview)
                item->matchedRecord = records.at(sortedOrg.first()).toObject();
            // A record this run created may still be written by rows that had no Id for it yet
            // (UnchangedRows cannot tell): never compared. The index's records carry no values: it is asked.
            if (m_compareUnchanged && item->plan == RowPlan::Update && !createdInRun) {
                const int r = sortedOrg.first();
                item->holdsValues = indexSlots
                    ? r < indexSlots->size() && m_orgIndex->holds(indexSlots->at(r), item->fields)
                    : recordHolds(records.at(r).toObject(), item->fields);
            }
        }
    }
    // Matched: the values were only needed to find the records; the row may wait a long time to be sent.
    for (WorkItem *item : items) {
        if (item->needsLookup)
            continue;
        updateIndex(item);
        // A create or a native upsert keeps them: if its answer is lost, they find what it wrote (ReadBack);
        // so does a row an interrupted run was sending (read back before it is sent).
        const bool resumed = item->journal && item->journal->state == JournalEntry::State::Sending;
        if (!item->creator && !item->nativeUpsert && !resumed)
            item->matcherValues = {};
    }
}

} // namespace sfsync
