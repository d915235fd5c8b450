#pragma once

#include "core/engine/writebatch.h"
#include "core/salesforce/bulk2/bulk2options.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace sfsync {

class Bulk2Loader;
class RestClient;
struct Bulk2JobResult;

// One Bulk API 2.0 write of a batch: the job's columns (every field any row writes, plus Id for update and
// delete), the rows streamed into its CSV, and every result row mapped back and told to WriteResults. A row
// the job reports nothing for is an answer lost; a row the loader refuses was never sent. Deletes itself
// when done.
class BulkWrite : public QObject
{
    Q_OBJECT
public:
    BulkWrite(RestClient *rest, const WriteBatch &batch, const Bulk2Options &options, WriteResults *results,
              QObject *parent = nullptr);

    void start();
    // Aborts the open job; what it processed before is still reported.
    void cancel();

private:
    void jobFinished(const Bulk2JobResult &result);
    void loaderFinished();
    // Marks row `i` told; false when it was told already.
    bool take(int i);

    WriteBatch m_batch;
    WriteResults *m_results = nullptr;
    QPointer<Bulk2Loader> m_loader;
    QList<bool> m_told;
};

} // namespace sfsync
