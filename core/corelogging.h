#pragma once

#include <QLoggingCategory>

// One logging category per component of sfsync_core. Enable with QT_LOGGING_RULES, e.g.
// QT_LOGGING_RULES="sfsync.core.rest.debug=true", or `sfsync-run --verbose`.
Q_DECLARE_LOGGING_CATEGORY(lcCoreAuth) // sfsync.core.auth
Q_DECLARE_LOGGING_CATEGORY(lcCoreRest) // sfsync.core.rest
Q_DECLARE_LOGGING_CATEGORY(lcCoreSession) // sfsync.core.session
Q_DECLARE_LOGGING_CATEGORY(lcCoreMetadata) // sfsync.core.metadata
Q_DECLARE_LOGGING_CATEGORY(lcCoreSoql) // sfsync.core.soql
Q_DECLARE_LOGGING_CATEGORY(lcCoreBulk) // sfsync.core.bulk
Q_DECLARE_LOGGING_CATEGORY(lcCoreConfig) // sfsync.core.config
Q_DECLARE_LOGGING_CATEGORY(lcCoreSource) // sfsync.core.source
Q_DECLARE_LOGGING_CATEGORY(lcCoreEngine) // sfsync.core.engine
Q_DECLARE_LOGGING_CATEGORY(lcCoreParents) // sfsync.core.engine.parents
Q_DECLARE_LOGGING_CATEGORY(lcCoreJournal) // sfsync.core.journal
Q_DECLARE_LOGGING_CATEGORY(lcCoreI18n) // sfsync.core.i18n
