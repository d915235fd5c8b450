#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "sfsync.ui", QtInfoMsg)
