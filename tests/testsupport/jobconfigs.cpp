#include "tests/testsupport/jobconfigs.h"

namespace sfsync::test {

Matcher columnMatcher(const QString &field, const QString &column)
{
    return Matcher {field, column, {}, false};
}

FieldMapping columnField(const QString &field, const QString &column)
{
    return FieldMapping {field, column, {}, false, false};
}

JobConfig oneAction(const QString &csv, const QString &object, Action::Operation operation,
                    const QList<Matcher> &matchers, const QList<FieldMapping> &fields,
                    Action::MatcherOperator op)
{
    JobConfig c;
    c.source.path = csv;
    Action a;
    a.name = QStringLiteral("a");
    a.object = object;
    a.operation = operation;
    a.matchers = matchers;
    a.matcherOperator = op;
    a.fields = fields;
    c.actions.append(a);
    return c;
}

} // namespace sfsync::test
