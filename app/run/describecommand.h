#pragma once

#include "connectedcommand.h"

namespace sfsync {

class ObjectDescribe;
struct ObjectSummary;

// sfsync-run describe [OBJECT] [--json]: the org's objects, or one object's fields with the flags a user
// needs to choose matchers and mappings (filterable, externalId, idLookup, unique, createable, updateable,
// required for create).
class DescribeCommand : public ConnectedCommand
{
    Q_OBJECT
public:
    using ConnectedCommand::ConnectedCommand;

    [[nodiscard]] QString name() const override { return QStringLiteral("describe"); }
    [[nodiscard]] QString synopsis() const override;
    [[nodiscard]] QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    [[nodiscard]] std::optional<ExitCode> configure(const QCommandLineParser &parser) override;
    void start() override;

private:
    void describeGlobal();
    void describeObject();
    void printObjects(const QList<ObjectSummary> &objects) const;
    void printFields(const ObjectDescribe &object) const;

    QString m_object;
    bool m_json = false;
    bool m_matchersOnly = false;
};

} // namespace sfsync
