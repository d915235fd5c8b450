#pragma once

#include "core/config/jobconfig.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;

namespace sfsync {

// The question the desktop app asks before a run with a hardDelete action: how many records will be erased
// for good (the last complete preview's matched rows when it previewed this very job, else the source's
// row count, and the text says which), default answer No.
class HardDeleteConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::HardDeleteConfirmation)
public:
    static constexpr const char *ObjectName = "confirmHardDelete";

    [[nodiscard]] static bool needed(const JobConfig &config);
    // `planned`: PreviewView::plannedHardDeletes() for this job.
    [[nodiscard]] static QString text(const JobConfig &config, std::optional<qint64> planned);
    // True when the user answered Yes.
    static bool ask(QWidget *parent, const JobConfig &config, std::optional<qint64> planned);

private:
    // Data rows of the job's source (-1 when it cannot be read); read once, only when no preview counted.
    static qint64 sourceRows(const JobConfig &config);
};

} // namespace sfsync
