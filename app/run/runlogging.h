#pragma once

#include <QLoggingCategory>

// The runner's own category; `sfsync-run --verbose` turns on debug output of every sfsync.* category.
Q_DECLARE_LOGGING_CATEGORY(lcRun) // sfsync.run
