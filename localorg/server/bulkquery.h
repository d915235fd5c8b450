#pragma once

#include "apirequest.h"
#include "httpresponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sfsync::localorg {

class RecordStore;

// Bulk API 2.0 query jobs (docs/salesforce-api.md §3.5): create (the SOQL is parsed and checked at once, so a
// bad query is a 400 and never a job), poll, results in CSV pages addressed by an opaque locator, abort,
// delete and list.
//
// The query is evaluated when the job is created and its rows are kept as rendered CSV lines, one per
// record: later writes do not change the results (a snapshot, as Salesforce's result files are), a page is
// a slice of that list rather than a copy of one big CSV, and the JSON rows of the evaluation are dropped.
// Polls move the state deterministically: UploadComplete at creation, InProgress at the first poll, then
// JobComplete (or Failed) at the second, so tests and clients see every state a real job goes through.
class BulkQuery
{
public:
    // Records per results page when the client does not send maxRecords. Salesforce picks a size by bytes;
    // a fixed count keeps pages predictable.
    static constexpr int DefaultPageSize = 50000;

    explicit BulkQuery(RecordStore &store);

    // segments: {"jobs", "query", ...}
    HttpResponse handle(const ApiRequest &call);

    void setDefaultPageSize(int records) { m_pageSize = std::max(1, records); }
    [[nodiscard]] int defaultPageSize() const { return m_pageSize; }
    [[nodiscard]] QString jobState(const QString &jobId) const;
    [[nodiscard]] int jobCount() const { return int(m_jobs.size()); }

private:
    struct Job
    {
        QString id;
        QString operation; // query | queryAll
        QString object;
        QString query;
        QString lineEnding = QStringLiteral("LF");
        QString columnDelimiter = QStringLiteral("COMMA");
        QString state = QStringLiteral("UploadComplete");
        QString finalState = QStringLiteral("JobComplete"); // what the second poll reveals
        QString apiVersion;
        QString errorMessage;
        QDateTime created;
        QDateTime modified;
        QByteArray header; // the rendered header row, without line ending
        QList<QByteArray> rows; // one rendered CSV record each, without line ending
        int polls = 0;
        qint64 processingMs = 0;
    };

    HttpResponse createJob(const ApiRequest &call);
    HttpResponse patchJob(const ApiRequest &call, Job &job);
    HttpResponse results(const ApiRequest &call, const Job &job);
    HttpResponse list() const;
    QJsonObject jobJson(const Job &job, bool detailed) const;
    void advance(Job &job);
    [[nodiscard]] QString compoundColumn(const QString &object, const QStringList &columns) const;

    RecordStore &m_store;
    QHash<QString, Job> m_jobs;
    QList<QString> m_order; // creation order
    int m_pageSize = DefaultPageSize;
    quint64 m_nextId;
};

} // namespace sfsync::localorg
