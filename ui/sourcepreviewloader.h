#pragma once

#include "core/config/sourceconfig.h"
#include "core/source/encodingadvice.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace sfsync {

// The header and first rows of a source, for the job editor.
struct SourcePreview
{
    QStringList header;
    QList<QStringList> rows;
    QStringList rowErrors; // "line 7: ..." for malformed rows among the first ones
    QStringList warnings;
    QString error; // the source could not be opened
    QString path;
    // csv only: what the file was read as (a byte order mark may overrule the config), and whether that
    // looks wrong.
    SourceConfig::Encoding readAs = SourceConfig::Encoding::Utf8;
    EncodingAdvice encodingAdvice;
};

// Reads a source's first rows on a worker thread (a SQLite query or a slow disk must not freeze the window).
// A newer start() supersedes an older one: only the latest answer is delivered.
class SourcePreviewLoader : public QObject
{
    Q_OBJECT

public:
    explicit SourcePreviewLoader(QObject *parent = nullptr);

    void start(const SourceConfig &config, const QString &resolvedPath, int maxRows = 20);
    [[nodiscard]] bool isLoading() const { return m_running > 0; }

    // Synchronous form, used by the worker and by callers already off the GUI thread.
    static SourcePreview read(const SourceConfig &config, const QString &resolvedPath, int maxRows);

Q_SIGNALS:
    void loaded(const sfsync::SourcePreview &preview);

private:
    int m_generation = 0;
    int m_running = 0;
};

} // namespace sfsync

Q_DECLARE_METATYPE(sfsync::SourcePreview)
