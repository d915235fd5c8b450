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
    // What kind of failure an error is. The one classifier for every decision that depends on it: whether
    // RestClient or the engine tries again, whether a job stops, what the runner's exit code is and what
    // the desktop app offers (sign in again, try later).
    enum class Kind {
        None, // no error
        Auth, // the credentials are wrong, expired or revoked, or no secret store is usable: sign in again
        Limit, // the org's daily API allowance is used up: nothing more can be sent today
        Transient, // refused for now, and not carried out: 503, 420, 429, concurrent-request limit,
                   // UNABLE_TO_LOCK_ROW; for a read also a timeout or a dropped connection
        AnswerLost, // a write went out and no complete answer came: it may or may not have been carried out
        Unreachable, // the org could not be reached at all: connection refused, unknown host, TLS failure
        Canceled, // the user (or the job) canceled the call
        Usage, // what was asked for cannot be done: bad URL, no profile, no API version in common
        Record, // the org refused this request or record for good: validation, not found, bad query, ...
    };

    int httpStatus = 0; // 0 when no HTTP answer came (network failure, timeout)
    QString errorCode; // e.g. INVALID_SESSION_ID, UNABLE_TO_LOCK_ROW, invalid_grant, NETWORK_ERROR, TIMEOUT
    QString message; // human-readable text as Salesforce sent it
    QStringList fields; // affected fields, when Salesforce names them

    [[nodiscard]] bool isNull() const { return httpStatus == 0 && errorCode.isEmpty() && message.isEmpty(); }
    [[nodiscard]] Kind kind() const;
    // Transient failures may be retried with backoff: 5xx except 501, 420, 429, SERVER_UNAVAILABLE,
    // UNABLE_TO_LOCK_ROW, concurrent REQUEST_LIMIT_EXCEEDED, timeouts and dropped connections of reads.
    // Never 300, 400 (other codes), 401, 404, and never a lost answer (ANSWER_LOST).
    [[nodiscard]] bool isTransient() const { return kind() == Kind::Transient; }
    [[nodiscard]] bool isAnswerLost() const { return kind() == Kind::AnswerLost; }
    // A failure that stops a whole job rather than failing some rows: auth, the daily limit, an org that
    // cannot be reached (including reads that kept failing in transit and the concurrent-request limit,
    // once they outlasted the retries).
    [[nodiscard]] bool stopsJob() const;
    // "ERROR_CODE: message", the form used in results.csv and messages.
    [[nodiscard]] QString toString() const;

    // Parses a REST error body (array of {errorCode,message,fields}, or an OAuth {error,error_description}
    // object, or anything else) into errors; never returns an empty list for a non-2xx status.
    static QList<SfError> fromResponse(int httpStatus, const QByteArray &body);
    static SfError network(const QString &code, const QString &message);
    // A write whose answer was lost (code ANSWER_LOST); `how` says what happened to the connection.
    static SfError answerLost(const QString &how);

    friend bool operator==(const SfError &, const SfError &) = default;
};

} // namespace sfsync

Q_DECLARE_METATYPE(sfsync::SfError)
