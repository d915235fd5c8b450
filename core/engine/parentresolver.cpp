#include "core/engine/parentresolver.h"

#include "core/config/valueconverter.h"
#include "core/corelogging.h"
#include "core/salesforce/restclient.h"
#include "core/salesforce/soql/lookupquerybuilder.h"
#include "core/salesforce/soql/queryset.h"

#include <QJsonObject>
#include <memory>

namespace sfsync {

namespace {

QString quoted(const QJsonValue &value)
{
    return QLatin1Char('\'') + ValueConverter::displayText(value) + QLatin1Char('\'');
}

} // namespace

ParentResolver::ParentResolver(RestClient *rest, const QList<ParentLink> &links, const QString &uriPrefix,
                               QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_uriPrefix(uriPrefix)
    , m_links(links)
    , m_known(links.size())
    , m_asking(links.size())
    , m_shown(links.size())
{ }

namespace {

// Refused while it was prepared (a bad value, a missing matcher). Not `plan == Invalid` alone: that is also
// the plan of every row the lookups have not decided yet.
bool refused(const WorkItem *item)
{
    return item->plan == RowPlan::Invalid && !item->error.isEmpty();
}

} // namespace

void ParentResolver::lookup(const QList<WorkItem *> &items, Done done)
{
    QList<LookupQueryBuilder::Matcher> perLink(m_links.size());
    QList<QStringList> asked(m_links.size());
    for (WorkItem *item : items) {
        if (item->finished || refused(item) || item->parentKeys.isEmpty())
            continue;
        for (int l = 0; l < m_links.size(); ++l) {
            const QJsonValue value = item->parentKeys.value(l);
            if (value.isUndefined())
                continue;
            const FieldInfo &key = m_links.at(l).key;
            const QString invalid = LookupQueryBuilder::invalidValue(key, value);
            if (!invalid.isEmpty()) {
                item->plan = RowPlan::Invalid;
                item->needsLookup = false;
                item->error = QStringLiteral("INVALID_VALUE: ")
                    + tr("%1 cannot find the %2: %3").arg(key.name, m_links.at(l).parentObject, invalid);
                break;
            }
            const QString matchKey = ValueConverter::matchKey(key, value);
            if (m_known.at(l).contains(matchKey) || m_asking.at(l).contains(matchKey))
                continue;
            m_asking[l].insert(matchKey);
            asked[l].append(matchKey);
            perLink[l].values.append(value.toVariant());
        }
    }
    auto remaining = std::make_shared<int>(1);
    auto firstError = std::make_shared<SfError>();
    auto finishOne = [remaining, firstError, done = std::move(done)](const SfError &error) {
        if (!error.isNull() && firstError->isNull())
            *firstError = error;
        if (--*remaining == 0)
            done(*firstError);
    };
    for (int l = 0; l < m_links.size(); ++l) {
        if (asked.at(l).isEmpty())
            continue;
        const ParentLink &link = m_links.at(l);
        perLink[l].field = link.key;
        QStringList select {QStringLiteral("Id"), link.key.name};
        if (link.parentHasName)
            select.append(QStringLiteral("Name"));
        const LookupQueryBuilder builder(link.parentObject, select, m_uriPrefix);
        const LookupQueryBuilder::Result built = builder.buildOr({perLink.at(l)});
        if (!built.error.isEmpty()) {
            finishOne(SfError {400, QStringLiteral("INVALID_LOOKUP"), built.error, {}});
            return;
        }
        qCDebug(lcCoreParents).noquote()
            << link.parentObject << "by" << link.key.name << ":" << asked.at(l).size() << "keys in"
            << built.queries.size() << "queries";
        ++*remaining;
        const QStringList keys = asked.at(l);
        QPointer<ParentResolver> self(this);
        auto *set = new QuerySet(
            m_rest, built.queries,
            [self, l, keys, finishOne](const QuerySet::Result &r) {
                if (self) {
                    for (const QString &k : keys)
                        self->m_asking[l].remove(k);
                    if (r.error.isNull())
                        self->received(l, r.records, keys);
                }
                finishOne(r.error);
            },
            this);
        set->setTimeoutMs(m_requestTimeoutMs);
        m_queries.removeAll(nullptr);
        m_queries.append(set);
        set->start();
    }
    finishOne(SfError {});
}

void ParentResolver::received(int l, const QJsonArray &records, const QStringList &asked)
{
    const ParentLink &link = m_links.at(l);
    QHash<QString, Parents> &known = m_known[l];
    for (const QString &k : asked)
        known.insert(k, Parents {});
    for (const QJsonValue &v : records) {
        const QJsonObject record = v.toObject();
        const QJsonValue keyValue = record.value(link.key.name);
        if (keyValue.isNull() || keyValue.isUndefined())
            continue;
        const auto it = known.find(ValueConverter::matchKey(link.key, keyValue));
        if (it == known.end())
            continue;
        if (it->ids.isEmpty())
            it->name = record.value(QLatin1String("Name")).toString();
        it->ids.append(record.value(QLatin1String("Id")).toString());
    }
}

void ParentResolver::apply(const QList<WorkItem *> &items)
{
    for (WorkItem *item : items) {
        if (item->finished || item->parentKeys.isEmpty())
            continue;
        if (refused(item)) {
            item->parentKeys = {};
            continue;
        }
        for (int l = 0; l < m_links.size(); ++l) {
            const QJsonValue value = item->parentKeys.value(l);
            if (value.isUndefined())
                continue;
            const ParentLink &link = m_links.at(l);
            const auto found = m_known.at(l).constFind(ValueConverter::matchKey(link.key, value));
            QString error;
            if (found == m_known.at(l).constEnd()) {
                // Its query failed (the rows that asked for it failed with that error).
                error = QStringLiteral("PARENT_NOT_FOUND: ")
                    + tr("%1 with %2 = %3 could not be looked up")
                          .arg(link.parentObject, link.key.name, quoted(value));
            } else if (found->ids.isEmpty()) {
                error = QStringLiteral("PARENT_NOT_FOUND: ")
                    + tr("%1 with %2 = %3 not found").arg(link.parentObject, link.key.name, quoted(value));
            } else if (found->ids.size() > 1) {
                error = QStringLiteral("MULTIPLE_PARENTS: ")
                    + tr("%n %1 records have %2 = %3: %4", nullptr, int(found->ids.size()))
                          .arg(link.parentObject, link.key.name, quoted(value),
                               found->ids.join(QStringLiteral(", ")));
            }
            if (!error.isEmpty()) {
                item->plan = RowPlan::Invalid;
                item->parentFailed = true;
                item->needsLookup = false;
                item->error = error;
                break;
            }
            const QString &id = found->ids.first();
            item->fields.insert(link.reference.name, id);
            if (!m_keepShown)
                continue;
            QString shown =
                link.parentObject + QLatin1Char(' ') + link.key.name + QStringLiteral(" = ") + quoted(value);
            if (!found->name.isEmpty())
                shown += QStringLiteral(": ") + found->name;
            m_shown[l].insert(id, shown);
        }
        item->parentKeys = {};
    }
}

void ParentResolver::cancel()
{
    for (const QPointer<QuerySet> &set : std::as_const(m_queries)) {
        if (set)
            set->cancel();
    }
    m_queries.clear();
}

QString ParentResolver::describe(const QString &referenceField, const QString &id) const
{
    for (int l = 0; l < m_links.size(); ++l) {
        if (m_links.at(l).reference.name != referenceField)
            continue;
        const QString shown = m_shown.at(l).value(id);
        if (!shown.isEmpty())
            return id + QStringLiteral(" (") + shown + QLatin1Char(')');
    }
    return id;
}

} // namespace sfsync
