#include "core/engine/readback.h"

#include "core/config/valueconverter.h"
#include "core/corelogging.h"
#include "core/salesforce/connection.h"
#include "core/salesforce/recordid.h"
#include "core/salesforce/restclient.h"
#include "core/salesforce/soql/queryset.h"
#include "core/salesforce/soql/soql.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimer>

namespace sfsync {

namespace {

FieldInfo fieldOr(const ObjectDescribe &object, const QString &name, const QString &type)
{
    if (const FieldInfo *f = object.field(name))
        return *f;
    FieldInfo f;
    f.name = name;
    f.type = type;
    return f;
}

QString idOf(const QJsonObject &record)
{
    return record.value(QLatin1String("Id")).toString();
}

QString listed(const QStringList &ids)
{
    constexpr int Shown = 10;
    QString text = ids.mid(0, Shown).join(QStringLiteral(", "));
    if (ids.size() > Shown)
        text +=
            QCoreApplication::translate("sfsync::ReadBack", " and %n more", nullptr, int(ids.size() - Shown));
    return text;
}

} // namespace

ReadBack::ReadBack(Context context, QList<Suspect> suspects, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_suspects(std::move(suspects))
    , m_verdicts(m_suspects.size())
{ }

ReadBack::~ReadBack()
{
    cancel();
}

void ReadBack::start()
{
    QList<int> byId;
    QList<int> byMatchers;
    QList<int> created;
    for (int i = 0; i < m_suspects.size(); ++i) {
        switch (m_suspects.at(i).write) {
        case Write::Update:
        case Write::Delete:
            byId.append(i);
            break;
        case Write::Upsert:
        case Write::NativeUpsert:
            byMatchers.append(i);
            break;
        case Write::Create:
            created.append(i);
            break;
        }
    }
    // Counted before any part starts: a part may end at once.
    m_pending = int(!byId.isEmpty()) + int(!byMatchers.isEmpty()) + int(!created.isEmpty());
    if (m_pending == 0) {
        QTimer::singleShot(0, this, [this] {
            m_done = true;
            Q_EMIT finished();
        });
        return;
    }
    if (!byId.isEmpty())
        queryById(byId);
    if (!byMatchers.isEmpty())
        queryByMatchers(byMatchers);
    if (!created.isEmpty())
        queryCreated(created);
}

void ReadBack::cancel()
{
    for (const QPointer<QuerySet> &set : std::as_const(m_sets)) {
        if (set)
            set->cancel();
    }
    m_sets.clear();
}

QString ReadBack::uriPrefix() const
{
    RestClient *rest = m_context.rest;
    QString base = rest && rest->connection() ? rest->connection()->instanceUrl().toString(QUrl::FullyEncoded)
                                              : QString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + (rest ? rest->dataPath(QString()) : QString());
}

QStringList ReadBack::selectFor(const QList<int> &which, bool created) const
{
    QStringList select;
    for (const int i : which) {
        const FieldValues &fields = m_suspects.at(i).fields;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (m_context.object.field(it.key()) && !select.contains(it.key(), Qt::CaseInsensitive))
                select.append(it.key());
        }
    }
    if (created) {
        for (const char *name : {"CreatedDate", "CreatedById"}) {
            if (m_context.object.field(QLatin1String(name)))
                select.append(QLatin1String(name));
        }
    }
    return select;
}

QString ReadBack::createdCondition() const
{
    const FieldInfo createdDate =
        fieldOr(m_context.object, QStringLiteral("CreatedDate"), QStringLiteral("datetime"));
    QString condition = QStringLiteral("CreatedDate >= ")
        + Soql::literal(createdDate, m_context.since.toUTC()).value_or(QStringLiteral("null"));
    const FieldInfo createdBy =
        fieldOr(m_context.object, QStringLiteral("CreatedById"), QStringLiteral("reference"));
    if (!m_context.userId.isEmpty()) {
        if (const auto literal = Soql::literal(createdBy, m_context.userId))
            condition += QStringLiteral(" AND CreatedById = ") + *literal;
    }
    return condition;
}

void ReadBack::queryById(const QList<int> &which)
{
    const MatchRule byId({fieldOr(m_context.object, QStringLiteral("Id"), QStringLiteral("id"))},
                         Action::MatcherOperator::Or);
    QList<MatchRule::Values> rows;
    for (const int i : which)
        rows.append({QJsonValue(m_suspects.at(i).targetId)});
    const MatchRule::Lookup lookup =
        byId.buildLookup(m_context.object.name(), rows, selectFor(which, false), uriPrefix());
    if (!lookup.error.isEmpty()) {
        fail(which, SfError {400, QStringLiteral("INVALID_LOOKUP"), lookup.error, {}});
        return;
    }
    run(lookup.queries, which, &ReadBack::decideById);
}

void ReadBack::queryByMatchers(const QList<int> &which)
{
    QList<MatchRule::Values> rows;
    for (const int i : which)
        rows.append(m_suspects.at(i).matcherValues);
    const MatchRule::Lookup lookup =
        m_context.rule.buildLookup(m_context.object.name(), rows, selectFor(which, true), uriPrefix());
    if (!lookup.error.isEmpty()) {
        fail(which, SfError {400, QStringLiteral("INVALID_LOOKUP"), lookup.error, {}});
        return;
    }
    run(lookup.queries, which, &ReadBack::decideByMatchers);
}

void ReadBack::queryCreated(const QList<int> &which)
{
    // Everything this user created since the writes went out, compared with the rows here: a filter on the
    // written values would miss a record whose values Salesforce stored differently (and so send it again).
    QStringList select = {QStringLiteral("Id")};
    for (const QString &name : selectFor(which, true)) {
        if (Soql::identifier(name) && !select.contains(name, Qt::CaseInsensitive))
            select.append(name);
    }
    const auto object = Soql::identifier(m_context.object.name());
    if (!object) {
        fail(which, SfError {400, QStringLiteral("INVALID_LOOKUP"), tr("not a valid object name"), {}});
        return;
    }
    LookupQuery query;
    query.soql = QStringLiteral("SELECT ") + select.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
        + *object + QStringLiteral(" WHERE ") + createdCondition();
    run({query}, which, &ReadBack::decideCreated);
}

void ReadBack::run(const QList<LookupQuery> &queries, const QList<int> &which,
                   void (ReadBack::*decide)(const QList<int> &, const QJsonArray &))
{
    m_queries += int(queries.size());
    auto *set = new QuerySet(
        m_context.rest, queries,
        [this, which, decide](const QuerySet::Result &result) {
            if (!result.error.isNull())
                fail(which, result.error);
            else
                (this->*decide)(which, result.records);
            partDone();
        },
        this);
    set->setTimeoutMs(m_context.timeoutMs);
    m_sets.append(set);
    set->start();
}

void ReadBack::fail(const QList<int> &which, const SfError &error)
{
    if (m_error.isNull())
        m_error = error;
    for (const int i : which) {
        Verdict &v = m_verdicts[i];
        v.kind = Verdict::Kind::Unknown;
        v.message = QStringLiteral("UNCERTAIN: ")
            + tr("the answer was lost and the org could not be read back (%1); look for this row's record "
                 "before loading it again")
                  .arg(error.toString());
    }
}

void ReadBack::partDone()
{
    if (--m_pending > 0 || m_done)
        return;
    m_done = true;
    Q_EMIT finished();
}

bool ReadBack::holds(const QJsonObject &record, const FieldValues &fields) const
{
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const FieldInfo *field = m_context.object.field(it.key());
        if (!field)
            continue;
        if (!record.contains(it.key())
            || !ValueConverter::sameValue(*field, record.value(it.key()), it.value()))
            return false;
    }
    return true;
}

bool ReadBack::createdSince(const QJsonObject &record) const
{
    const FieldInfo createdDate =
        fieldOr(m_context.object, QStringLiteral("CreatedDate"), QStringLiteral("datetime"));
    const qint64 created =
        ValueConverter::matchKey(createdDate, record.value(QLatin1String("CreatedDate"))).toLongLong();
    if (created < m_context.since.toMSecsSinceEpoch())
        return false;
    const QString by = record.value(QLatin1String("CreatedById")).toString();
    return m_context.userId.isEmpty() || by.isEmpty() || RecordId::key(by) == RecordId::key(m_context.userId);
}

void ReadBack::decideById(const QList<int> &which, const QJsonArray &records)
{
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : records)
        byId.insert(RecordId::key(idOf(v.toObject())), v.toObject());
    for (const int i : which) {
        const Suspect &s = m_suspects.at(i);
        Verdict &v = m_verdicts[i];
        const auto found = byId.constFind(RecordId::key(s.targetId));
        if (s.write == Write::Delete) {
            if (found == byId.constEnd())
                v = Verdict {Verdict::Kind::Written, RowOutcome::Deleted, 204, s.targetId, {}, {}, {}};
            else
                v.kind = Verdict::Kind::NotWritten;
        } else if (found != byId.constEnd() && holds(*found, s.fields)) {
            v = Verdict {Verdict::Kind::Written, RowOutcome::Updated, 200, idOf(*found), {}, {}, {}};
        } else {
            v.kind = Verdict::Kind::NotWritten;
        }
    }
}

void ReadBack::decideByMatchers(const QList<int> &which, const QJsonArray &records)
{
    for (const int i : which) {
        const Suspect &s = m_suspects.at(i);
        Verdict &v = m_verdicts[i];
        QStringList matching;
        QStringList created;
        QJsonObject only;
        for (const QJsonValue &value : records) {
            const QJsonObject record = value.toObject();
            if (!m_context.rule.matches(record, s.matcherValues))
                continue;
            matching.append(idOf(record));
            only = record;
            if (createdSince(record))
                created.append(idOf(record));
        }
        if (matching.size() > 1 && (s.write == Write::NativeUpsert || created.isEmpty())) {
            v.kind = Verdict::Kind::Ambiguous;
            v.outcome = RowOutcome::Ambiguous;
            v.status = 300;
            v.ids = matching;
            v.message = QStringLiteral("MULTIPLE_RECORDS: ")
                + tr("%1 records match: %2").arg(matching.size()).arg(listed(matching));
        } else if (s.write == Write::NativeUpsert) {
            if (matching.size() == 1 && holds(only, s.fields)) {
                const bool isNew = createdSince(only);
                v = Verdict {Verdict::Kind::Written,
                             isNew ? RowOutcome::Created : RowOutcome::Updated,
                             isNew ? 201 : 200,
                             idOf(only),
                             {},
                             {},
                             {}};
            } else {
                v.kind = Verdict::Kind::NotWritten;
            }
        } else if (created.size() > 1) {
            v.kind = Verdict::Kind::Duplicated;
            v.ids = created;
            v.message = QStringLiteral("DUPLICATE_CREATED: ")
                + tr("the record was created twice: %1").arg(listed(created));
        } else if (created.size() == 1) {
            v = Verdict {Verdict::Kind::Written, RowOutcome::Created, 201, created.first(), {}, {}, {}};
        } else {
            v.kind = Verdict::Kind::NotWritten;
            v.retargetId = matching.value(0);
        }
    }
}

void ReadBack::decideCreated(const QList<int> &which, const QJsonArray &records)
{
    QList<QJsonObject> candidates;
    for (const QJsonValue &value : records) {
        if (!m_context.isKnown || !m_context.isKnown(idOf(value.toObject())))
            candidates.append(value.toObject());
    }
    QList<bool> taken(candidates.size(), false);
    QList<int> unmatched;
    for (const int i : which) {
        const Suspect &s = m_suspects.at(i);
        // A create sends no null field; the record holds its default there.
        FieldValues sent;
        for (auto it = s.fields.constBegin(); it != s.fields.constEnd(); ++it) {
            if (!it.value().isNull())
                sent.insert(it.key(), it.value());
        }
        int found = -1;
        for (int c = 0; c < candidates.size() && found < 0; ++c) {
            if (!taken.at(c) && holds(candidates.at(c), sent))
                found = c;
        }
        if (found < 0) {
            unmatched.append(i);
            continue;
        }
        taken[found] = true;
        m_verdicts[i] = Verdict {
            Verdict::Kind::Written, RowOutcome::Created, 201, idOf(candidates.at(found)), {}, {}, {}};
    }
    QList<QJsonObject> leftOver;
    for (int c = 0; c < candidates.size(); ++c) {
        if (!taken.at(c))
            leftOver.append(candidates.at(c));
    }
    for (const int i : std::as_const(unmatched)) {
        // A record left over could be this row's with values changed on the way (automation, a trigger)
        // when it still shares one of them; one that shares none is somebody else's.
        QStringList maybe;
        for (const QJsonObject &record : std::as_const(leftOver)) {
            if (sharesAValue(record, m_suspects.at(i).fields))
                maybe.append(idOf(record));
        }
        Verdict &v = m_verdicts[i];
        if (maybe.isEmpty()) {
            v.kind = Verdict::Kind::NotWritten;
            continue;
        }
        v.kind = Verdict::Kind::Unknown;
        v.ids = maybe;
        v.message = QStringLiteral("UNCERTAIN: ")
            + tr("the answer was lost, and %n record(s) created by this user since %1 hold some of this "
                 "row's "
                 "values but not all: %2. One may be this row's, changed by automation; look before loading "
                 "the "
                 "row again",
                 nullptr, int(maybe.size()))
                  .arg(m_context.since.toUTC().toString(Qt::ISODate), listed(maybe));
    }
}

bool ReadBack::sharesAValue(const QJsonObject &record, const FieldValues &fields) const
{
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const FieldInfo *field = m_context.object.field(it.key());
        if (field && !it.value().isNull()
            && ValueConverter::sameValue(*field, record.value(it.key()), it.value()))
            return true;
    }
    return false;
}

} // namespace sfsync
