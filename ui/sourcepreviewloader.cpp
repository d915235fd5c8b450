#include "sourcepreviewloader.h"

#include "core/source/csvsource.h"
#include "core/source/source.h"
#include "core/source/sourcerow.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace sfsync {

SourcePreviewLoader::SourcePreviewLoader(QObject *parent)
    : QObject(parent)
{ }

SourcePreview SourcePreviewLoader::read(const SourceConfig &config, const QString &resolvedPath, int maxRows)
{
    SourcePreview preview;
    preview.path = resolvedPath;
    if (resolvedPath.isEmpty()) {
        preview.error = tr("No source file chosen.");
        return preview;
    }
    if (!QFileInfo::exists(resolvedPath)) {
        preview.error = tr("%1 does not exist.").arg(resolvedPath);
        return preview;
    }
    std::unique_ptr<Source> source = Source::create(config, resolvedPath);
    if (!source) {
        preview.error = tr("This kind of source cannot be read.");
        return preview;
    }
    if (config.type == SourceConfig::Type::Csv) {
        QFile file(resolvedPath);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray head = file.read(EncodingAdvice::HeadBytes);
            preview.encodingAdvice = EncodingAdvice::check(head, file.atEnd(), config.encoding);
        }
    }
    QString error;
    if (!source->open(&error)) {
        preview.error = error;
        return preview;
    }
    if (const auto *csv = dynamic_cast<const CsvSource *>(source.get()))
        preview.readAs = csv->encoding();
    preview.header = source->header();
    preview.warnings = source->warnings();
    SourceRow row;
    while (preview.rows.size() < maxRows && source->next(&row)) {
        if (row.isError())
            preview.rowErrors.append(tr("Row %1 (line %2): %3").arg(row.number).arg(row.line).arg(row.error));
        preview.rows.append(row.cells);
    }
    if (!source->errorString().isEmpty())
        preview.error = source->errorString();
    return preview;
}

void SourcePreviewLoader::start(const SourceConfig &config, const QString &resolvedPath, int maxRows)
{
    const int generation = ++m_generation;
    ++m_running;
    auto *watcher = new QFutureWatcher<SourcePreview>(this);
    connect(watcher, &QFutureWatcher<SourcePreview>::finished, this, [this, watcher, generation] {
        --m_running;
        const SourcePreview preview = watcher->result();
        watcher->deleteLater();
        if (generation == m_generation)
            Q_EMIT loaded(preview);
    });
    watcher->setFuture(QtConcurrent::run(&SourcePreviewLoader::read, config, resolvedPath, maxRows));
}

} // namespace sfsync
