#pragma once

#include "core/engine/rowresult.h"

#include <QSaveFile>
#include <QString>
#include <QStringList>
#include <memory>

namespace sfsync {

// Writes the result files (docs/cli.md, "Result files"), UTF-8, RFC 4180 quoting, LF line ends:
//   run:     results.csv  row,action,outcome,status,id,error,<source columns>
//            errors.csv   the same columns, only rows that did not succeed (fix and load again)
//   preview: preview.csv  row,action,planned,matches,changes,<source columns>
// Files are written under a temporary name and moved in place by close(), so a crash never leaves half a file
// that looks complete.
class ResultWriter
{
public:
    enum class Kind { Run, Preview };

    ResultWriter(const QString &directory, Kind kind, const QStringList &sourceHeader);
    ~ResultWriter();

    bool open(QString *error);
    void write(const RowResult &result);
    bool close(QString *error);

    [[nodiscard]] QString resultsPath() const;
    [[nodiscard]] QString errorsPath() const;
    [[nodiscard]] QString previewPath() const;

    // One CSV record (with its line end), quoting a cell only when it needs it.
    [[nodiscard]] static QByteArray csvLine(const QStringList &cells);

private:
    QString m_directory;
    Kind m_kind;
    QStringList m_header;
    std::unique_ptr<QSaveFile> m_main;
    std::unique_ptr<QSaveFile> m_errors;
};

} // namespace sfsync
