#include "corelogging.h"

Q_LOGGING_CATEGORY(lcCoreAuth, "sfsync.core.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoreRest, "sfsync.core.rest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoreSession, "sfsync.core.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoreMetadata, "sfsync.core.metadata", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoreSoql, "sfsync.core.soql", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoreBulk, "sfsync.core.bulk", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoreConfig, "sfsync.core.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoreSource, "sfsync.core.source", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoreEngine, "sfsync.core.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoreParents, "sfsync.core.engine.parents", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoreJournal, "sfsync.core.journal", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCoreI18n, "sfsync.core.i18n", QtInfoMsg)
