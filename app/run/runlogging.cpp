#include "runlogging.h"

Q_LOGGING_CATEGORY(lcRun, "sfsync.run", QtInfoMsg)
