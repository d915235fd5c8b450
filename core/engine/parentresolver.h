#pragma once

#include "core/config/parentreference.h"
#include "core/engine/workitem.h"
#include "core/salesforce/sferror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>

namespace sfsync {

class QuerySet;
class RestClient;

// Finds the parents that an action's field mappings by a parent's key point at ("Account.Legacy_Id__c":
// the Account whose Legacy_Id__c is the row's value) before anything is written, and writes their Ids into
// the rows' reference fields (AccountId). Distinct keys are looked up with batched queries
// (SELECT Id, Legacy_Id__c, Name FROM Account WHERE Legacy_Id__c IN (...)), each key once per run. A row
// whose key finds no parent, or more than one, fails without a write. The same for REST and Bulk API 2.0:
// what is sent is the plain reference field.
class ParentResolver : public QObject
{
    Q_OBJECT
public:
    // `links`: one per field mapping by a parent's key, in the order WorkItem::parentKeys holds their values.
    // `uriPrefix`: as for LookupQueryBuilder (everything before "query?q=").
    ParentResolver(RestClient *rest, const QList<ParentLink> &links, const QString &uriPrefix,
                   QObject *parent = nullptr);

    [[nodiscard]] const QList<ParentLink> &links() const { return m_links; }
    void setRequestTimeoutMs(int ms) { m_requestTimeoutMs = ms; }
    // A preview keeps what it shows beside each parent's Id (describe()); a run does not need it.
    void setKeepDescriptions(bool keep) { m_keepShown = keep; }

    using Done = std::function<void(const SfError &)>;
    // Queries the keys of `items` not known yet (items whose key cannot be a query literal become invalid).
    // `done` comes once, at once when nothing needs a query.
    void lookup(const QList<WorkItem *> &items, Done done);
    // Sets each item's reference fields to its parents' Ids; an item whose key finds no parent or several
    // is planned invalid and ends `failed` (WorkItem::parentFailed). Keys must have been looked up.
    void apply(const QList<WorkItem *> &items);
    void cancel();

    // For a preview: "<Id> (Account Legacy_Id__c = 'A-1': Acme)" for a reference field this resolver set,
    // or the Id alone.
    [[nodiscard]] QString describe(const QString &referenceField, const QString &id) const;

private:
    struct Parents
    {
        QStringList ids;
        QString name; // the first parent's Name, when the object has one
    };
    void received(int link, const QJsonArray &records, const QStringList &asked);

    QPointer<RestClient> m_rest;
    QString m_uriPrefix;
    QList<ParentLink> m_links;
    // Per link: the parents found by match key (an empty list: none). Kept for the run, so a key shared by
    // many rows costs one look-up (a few hundred bytes per distinct parent).
    QList<QHash<QString, Parents>> m_known;
    QList<QSet<QString>> m_asking; // per link: keys whose query is under way
    QList<QHash<QString, QString>> m_shown; // per link: Id -> what a preview shows beside it
    QList<QPointer<QuerySet>> m_queries;
    int m_requestTimeoutMs = 0;
    bool m_keepShown = false;
};

} // namespace sfsync
