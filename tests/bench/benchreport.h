#pragma once

#include "benchdata.h"
#include "benchoptions.h"
#include "contenderresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sfsync::bench {

// The figures of one bench run: a plain-text table (also the Markdown pasted into docs/performance.md) and
// the same as JSON. Ratios are to sfsync REST.
class BenchReport
{
public:
    BenchReport(const BenchOptions &options, const BenchData &data, const QList<ContenderResult> &results,
                int seededContacts);

    [[nodiscard]] QString table() const;
    [[nodiscard]] QJsonObject json() const;
    bool writeJson(const QString &path, QString *error) const;

private:
    [[nodiscard]] const ContenderResult *rest() const;
    [[nodiscard]] bool outcomesMatch(const ContenderResult &r) const;

    BenchOptions m_options;
    BenchData m_data;
    QList<ContenderResult> m_results;
    int m_seeded;
};

} // namespace sfsync::bench
