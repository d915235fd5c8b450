#pragma once

#include "core/config/jobconfig.h"

#include <QList>
#include <QString>

namespace sfsync::test {

// Job configs built in code for engine suites, so a test shows the one action it runs in a few lines
// instead of a JSON file beside it.

// Matches `field` against the row's `column` (not a constant).
Matcher columnMatcher(const QString &field, const QString &column);
// Writes the row's `column` into `field` (not a constant).
FieldMapping columnField(const QString &field, const QString &column);
// A config with one action, named "a", reading the CSV at `csv`.
JobConfig oneAction(const QString &csv, const QString &object, Action::Operation operation,
                    const QList<Matcher> &matchers, const QList<FieldMapping> &fields,
                    Action::MatcherOperator op = Action::MatcherOperator::Or);

} // namespace sfsync::test
