#pragma once

#include "core/source/csvsource.h"

#include <QObject>
#include <QPointer>

namespace sfsync {
class RestClient;
struct RestResponse;
} // namespace sfsync

namespace sfsync::bench {

// The reference destination's strategy (docs/performance.md, "reference"), built on our RestClient as the
// baseline: for every row, one lookup query `SELECT Id FROM Contact WHERE Email = '…' OR Legacy_Id__c = '…'`,
// then 0 matches: POST sobjects/Contact, 1: PATCH sobjects/Contact/{id}, more: ambiguous (300), nothing
// written. Rows run side by side up to the client's concurrency.
class ReferenceStrategy : public QObject
{
    Q_OBJECT
public:
    ReferenceStrategy(RestClient *rest, const QString &csvPath, int concurrency, QObject *parent = nullptr);

    void start();

    [[nodiscard]] qint64 created() const { return m_created; }
    [[nodiscard]] qint64 updated() const { return m_updated; }
    [[nodiscard]] qint64 ambiguous() const { return m_ambiguous; }
    [[nodiscard]] qint64 failed() const { return m_failed; }
    [[nodiscard]] QString error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void fill();
    void lookup(const QStringList &cells);
    void write(const QStringList &cells, const RestResponse &query);
    void rowDone();

    QPointer<RestClient> m_rest;
    CsvSource m_source;
    int m_window;
    int m_active = 0;
    bool m_ended = false;
    qint64 m_created = 0;
    qint64 m_updated = 0;
    qint64 m_ambiguous = 0;
    qint64 m_failed = 0;
    QString m_error;
};

} // namespace sfsync::bench
