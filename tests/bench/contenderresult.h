#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace sfsync::bench {

// What one contender did: the child reports outcomes, its own wall time and peak memory; the parent adds the
// API calls the org counted, so every contender is counted the same way, jsforce included.
struct ContenderResult
{
    QString name; // reference, rest, bulk, jsforce, rest-rerun, rest-rerun10, bulk-rerun, bulk-rerun10
    // A second run against the org the first left: -1 not one, 0 with the same data, N with every Nth row
    // changed.
    int rerunChangeEvery = -1;
    QString label; // for the table
    bool available = true;
    QString note; // why not available, or what limits the figure

    qint64 wallMs = 0; // from the contender's first call to its last result (process start excluded)
    qint64 peakRssKiB = 0; // of the contender's process
    qint64 created = 0;
    qint64 updated = 0;
    qint64 ambiguous = 0;
    qint64 unchanged = 0; // rows not sent: the record already held their values
    qint64 failed = 0; // anything else that did not succeed
    qint64 contactsAfter = 0; // Contacts in the org after the run (the same for every correct contender)

    QHash<QString, int> callsByEndpoint; // as the org counted them, e.g. "GET query"
    [[nodiscard]] int totalCalls() const;
    // query, write, describe, bulk, bulk-poll, other
    [[nodiscard]] QHash<QString, int> callsByKind() const;
    [[nodiscard]] static QString kindOf(const QString &endpoint);

    // The child's line of output.
    [[nodiscard]] QJsonObject childJson() const;
    static ContenderResult fromChildJson(const QJsonObject &json);
};

} // namespace sfsync::bench
