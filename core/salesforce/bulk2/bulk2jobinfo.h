#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sfsync {

// The parts of a Bulk API 2.0 ingest job's JSON that a client acts on (docs/salesforce-api.md §3.1).
struct Bulk2JobInfo
{
    QString id;
    QString state; // Open, UploadComplete, InProgress, JobComplete, Failed, Aborted
    qint64 numberRecordsProcessed = -1; // -1 when the answer did not say
    qint64 numberRecordsFailed = -1;
    QString errorMessage;
    // Who made it, when and for what (to find a job whose create answer was lost).
    QString object;
    QString operation;
    QString createdById;
    QDateTime createdDate;

    [[nodiscard]] bool isTerminal() const;
    static Bulk2JobInfo fromJson(const QJsonObject &json);
};

} // namespace sfsync
