#include "core/salesforce/soql/querypager.h"

#include "core/corelogging.h"
#include "core/salesforce/restclient.h"
#include "core/salesforce/soql/soql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

namespace sfsync {

QueryPager::QueryPager(RestClient *rest, const QString &soql, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_soql(soql)
{ }

void QueryPager::start()
{
    if (!m_rest) {
        QTimer::singleShot(0, this, [this] {
            done(SfError::network(
                QStringLiteral("NOT_CONNECTED"),
                QCoreApplication::translate("sfsync::QueryPager", "Not connected to an org")));
        });
        return;
    }
    fetch(m_path.isEmpty() ? Soql::queryPath(m_soql, m_includeDeleted) : m_path);
}

void QueryPager::cancel()
{
    if (m_call)
        m_call->abort();
    else
        done(SfError::network(QStringLiteral("CANCELED"),
                              QCoreApplication::translate("sfsync::QueryPager", "The query was canceled")));
}

void QueryPager::fetch(const QString &path)
{
    RestRequest request;
    request.path = path;
    request.kind = QStringLiteral("query");
    request.composable = true;
    request.timeoutMs = m_timeoutMs;
    if (m_batchSize > 0)
        request.headers.append({"Sforce-Query-Options", "batchSize=" + QByteArray::number(m_batchSize)});
    m_call = m_rest->send(request);
    connect(m_call, &RestCall::finished, this, [this](const RestResponse &response) {
        m_call = nullptr;
        if (!response.ok()) {
            done(response.firstError());
            return;
        }
        const QJsonObject page = response.json().object();
        if (!page.contains(QLatin1String("records"))) {
            SfError error;
            error.httpStatus = response.httpStatus;
            error.errorCode = QStringLiteral("INVALID_RESPONSE");
            error.message =
                QCoreApplication::translate("sfsync::QueryPager", "The query answer has no records");
            done(error);
            return;
        }
        ++m_pages;
        m_totalSize = page.value(QLatin1String("totalSize")).toInt();
        const QJsonArray records = page.value(QLatin1String("records")).toArray();
        if (m_accumulate) {
            for (const QJsonValue &r : records)
                m_records.append(r);
        }
        Q_EMIT pageReceived(records, m_totalSize);
        const QString next = page.value(QLatin1String("nextRecordsUrl")).toString();
        if (page.value(QLatin1String("done")).toBool(true) || next.isEmpty()) {
            done({});
            return;
        }
        qCDebug(lcCoreSoql) << "following nextRecordsUrl, page" << m_pages + 1;
        fetch(next);
    });
}

void QueryPager::done(const SfError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    Q_EMIT finished(error);
}

} // namespace sfsync
