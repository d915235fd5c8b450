#include "referencestrategy.h"

#include "core/salesforce/restclient.h"
#include "core/salesforce/soql/soql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sfsync::bench {

ReferenceStrategy::ReferenceStrategy(RestClient *rest, const QString &csvPath, int concurrency,
                                     QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_source(csvPath)
    // Rows in progress: enough to keep every connection busy, no more (memory stays flat).
    , m_window(qMax(1, concurrency) * 2)
{ }

void ReferenceStrategy::start()
{
    QString error;
    if (!m_source.open(&error)) {
        m_error = error;
        QMetaObject::invokeMethod(this, &ReferenceStrategy::finished, Qt::QueuedConnection);
        return;
    }
    fill();
}

void ReferenceStrategy::fill()
{
    SourceRow row;
    while (m_active < m_window && !m_ended) {
        if (!m_source.next(&row)) {
            m_ended = true;
            break;
        }
        if (row.isError()) {
            ++m_failed;
            continue;
        }
        ++m_active;
        lookup(row.cells);
    }
    if (m_ended && m_active == 0)
        Q_EMIT finished();
}

void ReferenceStrategy::lookup(const QStringList &cells)
{
    // Typed as the reference types them: both matchers are text, quoted and escaped.
    const QString soql = QStringLiteral("SELECT Id FROM Contact WHERE Email = '%1' OR Legacy_Id__c = '%2'")
                             .arg(Soql::escapeString(cells.value(0)), Soql::escapeString(cells.value(1)));
    RestRequest request;
    request.path = Soql::queryPath(soql);
    request.kind = QStringLiteral("query");
    m_rest->send(request, this, [this, cells](const RestResponse &r) { write(cells, r); });
}

void ReferenceStrategy::write(const QStringList &cells, const RestResponse &query)
{
    if (!query.ok()) {
        ++m_failed;
        rowDone();
        return;
    }
    const QJsonObject result = query.json().object();
    const int matches = result.value(QStringLiteral("totalSize")).toInt();
    if (matches > 1) {
        ++m_ambiguous;
        rowDone();
        return;
    }
    // Matcher fields are written too, so every contender writes the same four fields.
    const QJsonObject fields {{QStringLiteral("Email"), cells.value(0)},
                              {QStringLiteral("Legacy_Id__c"), cells.value(1)},
                              {QStringLiteral("FirstName"), cells.value(2)},
                              {QStringLiteral("LastName"), cells.value(3)}};
    RestRequest request;
    request.body = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    request.kind = QStringLiteral("sobject");
    const bool create = matches == 0;
    if (create) {
        request.method = "POST";
        request.path = QStringLiteral("sobjects/Contact");
    } else {
        request.method = "PATCH";
        request.path = QStringLiteral("sobjects/Contact/")
            + result.value(QStringLiteral("records"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("Id"))
                  .toString();
    }
    m_rest->send(request, this, [this, create](const RestResponse &r) {
        if (!r.ok())
            ++m_failed;
        else if (create)
            ++m_created;
        else
            ++m_updated;
        rowDone();
    });
}

void ReferenceStrategy::rowDone()
{
    --m_active;
    fill();
}

} // namespace sfsync::bench
