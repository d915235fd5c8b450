#pragma once

#include "core/config/sourceconfig.h"
#include "core/source/sourcerow.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace sfsync {

// A stream of rows. Sources read in bounded chunks: memory never grows with the number of rows.
// Synchronous and cheap per call; the engine pulls rows in batches from the event loop.
class Source
{
public:
    virtual ~Source();

    // Opens the source and reads the header. False with *error (translated) when that fails.
    virtual bool open(QString *error) = 0;
    [[nodiscard]] virtual QStringList header() const = 0;
    // Fills *row with the next row (good or malformed). False at the end, or after a fatal read error
    // (then errorString() is set).
    virtual bool next(SourceRow *row) = 0;
    [[nodiscard]] virtual QString errorString() const { return m_errorString; }
    // Non-fatal remarks from opening (e.g. columns without a name).
    [[nodiscard]] QStringList warnings() const { return m_warnings; }

    // Progress in bytes (-1 when unknown).
    [[nodiscard]] virtual qint64 bytesRead() const { return -1; }
    [[nodiscard]] virtual qint64 bytesTotal() const { return -1; }
    // The most bytes of input this source has held at once (streaming check).
    [[nodiscard]] virtual qint64 maxBufferedBytes() const { return 0; }

    // The source a config describes, reading `path` (already resolved).
    static std::unique_ptr<Source> create(const SourceConfig &config, const QString &path);

protected:
    QString m_errorString;
    QStringList m_warnings;
};

} // namespace sfsync
