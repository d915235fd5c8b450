#include "harddeleteconfirmation.h"

#include "messageboxes.h"

#include "core/source/source.h"

#include <QStringList>

namespace sfsync {

bool HardDeleteConfirmation::needed(const JobConfig &config)
{
    for (const Action &action : config.actions) {
        if (action.operation == Action::Operation::HardDelete)
            return true;
    }
    return false;
}

qint64 HardDeleteConfirmation::sourceRows(const JobConfig &config)
{
    const std::unique_ptr<Source> source = Source::create(config.source, config.resolvedSourcePath());
    QString error;
    if (!source || !source->open(&error))
        return -1;
    qint64 rows = 0;
    SourceRow row;
    while (source->next(&row))
        ++rows;
    return rows;
}

QString HardDeleteConfirmation::text(const JobConfig &config, std::optional<qint64> planned)
{
    QStringList objects;
    for (const Action &action : config.actions) {
        if (action.operation == Action::Operation::HardDelete && !objects.contains(action.object))
            objects.append(action.object);
    }
    const QString names = objects.join(QStringLiteral(", "));
    QString count;
    if (planned) {
        count = tr("The preview of this job matched %n %1 record(s) that will be erased for good.", nullptr,
                   int(*planned))
                    .arg(names);
    } else {
        const qint64 rows = sourceRows(config);
        count = rows >= 0
            ? tr("Up to %n %1 record(s) will be erased for good: the source has that many rows (preview the "
                 "job to see how many match).",
                 nullptr, int(rows))
                  .arg(names)
            : tr("%1 records will be erased for good (the source could not be counted).").arg(names);
    }
    return count + QStringLiteral("\n\n")
        + tr("Hard delete skips the recycle bin: the records cannot be restored. Run the job?");
}

bool HardDeleteConfirmation::ask(QWidget *parent, const JobConfig &config, std::optional<qint64> planned)
{
    return MessageBoxes::question(parent, QString::fromLatin1(ObjectName), tr("Hard delete"),
                                  text(config, planned), QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

} // namespace sfsync
