#pragma once

#include "core/salesforce/sferror.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QString>

namespace sfsync {

class RestCall;
class RestClient;

// Runs one SOQL query and follows nextRecordsUrl until done (docs/salesforce-api.md §2.4). Each page is
// reported with pageReceived(); records() holds them all unless accumulation is switched off. finished()
// comes once.
class QueryPager : public QObject
{
    Q_OBJECT
public:
    QueryPager(RestClient *rest, const QString &soql, QObject *parent = nullptr);

    // A prepared path ("query?q=..." from LookupQuery::path) instead of SOQL text.
    void setPath(const QString &path) { m_path = path; }
    void setIncludeDeleted(bool all) { m_includeDeleted = all; } // queryAll
    void setBatchSize(int size) { m_batchSize = size; } // Sforce-Query-Options: batchSize=N
    void setAccumulate(bool accumulate) { m_accumulate = accumulate; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; } // per page; 0: RestClient's default

    void start();
    void cancel();

    [[nodiscard]] const QJsonArray &records() const { return m_records; }
    [[nodiscard]] int totalSize() const { return m_totalSize; }
    [[nodiscard]] int pages() const { return m_pages; }
    [[nodiscard]] SfError error() const { return m_error; }

Q_SIGNALS:
    void pageReceived(const QJsonArray &records, int totalSize);
    void finished(const sfsync::SfError &error);

private:
    void fetch(const QString &path);
    void done(const SfError &error);

    QPointer<RestClient> m_rest;
    QString m_soql;
    QString m_path;
    bool m_includeDeleted = false;
    int m_batchSize = 0;
    int m_timeoutMs = 0;
    bool m_accumulate = true;
    QJsonArray m_records;
    int m_totalSize = 0;
    int m_pages = 0;
    SfError m_error;
    QPointer<RestCall> m_call;
    bool m_done = false;
};

} // namespace sfsync
