#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sfsync {

// One error from Salesforce (or from getting there), carried as a value to the edge that shows it.
// Covers the REST error array item ({errorCode, message, fields}), per-record errors ({statusCode, ...}),
// OAuth errors ({error, error_description}) and transport failures (httpStatus 0).
struct SfError
{
    int httpStatus = 0; // 0 when no HTTP answer came (network failure, timeout)
    QString errorCode; // e.g. INVALID_SESSION_ID, UNABLE_TO_LOCK_ROW, invalid_grant, NETWORK_ERROR, TIMEOUT
    QString message; // human-readable text as Salesforce sent it
    QStringList fields; // affected fields, when Salesforce names them

    [[nodiscard]] bool isNull() const { return httpStatus == 0 && errorCode.isEmpty() && message.isEmpty(); }
    // Transient failures may be retried with backoff: 5xx except 501, 420, 429, SERVER_UNAVAILABLE,
    // UNABLE_TO_LOCK_ROW, concurrent REQUEST_LIMIT_EXCEEDED, timeouts and dropped connections.
    // Never 300, 400 (other codes), 401, 404.
    [[nodiscard]] bool isTransient() const;
    // "ERROR_CODE: message", the form used in results.csv and messages.
    [[nodiscard]] QString toString() const;

    // Parses a REST error body (array of {errorCode,message,fields}, or an OAuth {error,error_description}
    // object, or anything else) into errors; never returns an empty list for a non-2xx status.
    static QList<SfError> fromResponse(int httpStatus, const QByteArray &body);
    static SfError network(const QString &code, const QString &message);

    friend bool operator==(const SfError &, const SfError &) = default;
};

} // namespace sfsync

Q_DECLARE_METATYPE(sfsync::SfError)
