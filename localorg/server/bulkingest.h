#pragma once

#include "apirequest.h"
#include "csvtable.h"
#include "httpresponse.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace sfsync::localorg {

class RecordStore;
class FaultInjector;

// Bulk API 2.0 ingest jobs (docs/salesforce-api.md §3): create, upload CSV (one or more PUTs, chunked
// accepted), UploadComplete / Aborted, processing in the background in slices on a zero-interval timer (so
// other requests stay responsive), job info with counts, result CSVs, delete and list.
class BulkIngest : public QObject
{
    Q_OBJECT
public:
    static constexpr int SliceSize = 200; // records per event-loop turn

    BulkIngest(RecordStore &store, FaultInjector &faults, QObject *parent = nullptr);
    ~BulkIngest() override;

    // segments: {"jobs", "ingest", ...}
    HttpResponse handle(const ApiRequest &call);

    [[nodiscard]] QString jobState(const QString &jobId) const;
    [[nodiscard]] int jobCount() const { return int(m_jobs.size()); }

Q_SIGNALS:
    void jobFinished(const QString &jobId, const QString &state);

private:
    struct Job
    {
        QString id;
        QString object;
        QString operation;
        QString externalIdFieldName;
        QString lineEnding = QStringLiteral("LF");
        QString columnDelimiter = QStringLiteral("COMMA");
        QString state = QStringLiteral("Open");
        QString apiVersion;
        QString errorMessage;
        QDateTime created;
        QDateTime modified;
        QList<QByteArray> uploads;
        CsvTable table;
        qsizetype next = 0; // next row to process
        qint64 processed = 0;
        qint64 failed = 0;
        qint64 startedMs = 0;
        qint64 processingMs = 0;
        QList<QByteArray> successRows;
        QList<QByteArray> failedRows;
    };

    HttpResponse createJob(const ApiRequest &call);
    HttpResponse upload(const ApiRequest &call, Job &job);
    HttpResponse patchJob(const ApiRequest &call, Job &job);
    HttpResponse results(const Job &job, const QString &kind);
    HttpResponse list(const ApiRequest &call);
    QJsonObject jobJson(const Job &job, bool detailed) const;
    QChar delimiter(const Job &job) const;
    QByteArray lineEnd(const Job &job) const;
    void schedule();
    void processSlice();
    void processRow(Job &job, const QStringList &row);
    void finish(Job &job, const QString &state);

    RecordStore &m_store;
    FaultInjector &m_faults;
    QHash<QString, Job> m_jobs;
    QList<QString> m_order; // creation order
    QList<QString> m_queue; // jobs waiting for or in processing
    QTimer m_timer;
    quint64 m_nextId = 1;
};

} // namespace sfsync::localorg
