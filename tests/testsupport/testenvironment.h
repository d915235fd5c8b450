#pragma once

#include <QString>

namespace sfsync::test {

// Puts QStandardPaths into test mode (settings, caches and journals go to ~/.qttest) and gives the
// application a test name, so suites never touch a user's real settings or keychain entries.
void isolateEnvironment(const QString &suiteName);

// Path of a file in the repository (SFSYNC_SOURCE_DIR), e.g. sourcePath("resources/samples/contacts.csv").
QString sourcePath(const QString &relative);

} // namespace sfsync::test
