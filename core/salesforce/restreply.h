#pragma once

#include "core/salesforce/restclient.h"

#include <QByteArray>
#include <QHash>
#include <QNetworkReply>
#include <QString>

namespace sfsync {

// How one attempt of a REST call ended, as the network layer saw it, and what that means for the caller:
// an answer, a transport failure, or a lost answer. Kept apart from the sending so that the rule that matters
// most reads (and is tested) on its own, without a network: an answer only counts when it came whole, and a
// write that may have reached the org without a complete answer is reported as ANSWER_LOST, never as an error
// that invites sending it again (docs/robustness.md). Whether to send again is RestClient's decision.
struct RestReply
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int httpStatus = 0; // 0 when no HTTP head came
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    bool timedOut = false; // ended by the call's own timer
    bool canceled = false; // ended by RestCall::abort()
    bool requestSent = false; // Qt reported the whole request written (bodies only)

    // Status, body, headers and error of a finished reply; the flags are the caller's to set.
    [[nodiscard]] static RestReply read(QNetworkReply *reply);

    // The response for `request` (attempts left at 1 for the caller to set). `timeoutMs` is the timeout that
    // applied, for the message of a lost answer.
    [[nodiscard]] RestResponse toResponse(const RestRequest &request, int timeoutMs) const;

    // An answer that shows a write was not carried out (420, 429, 503, a 500 in Salesforce's own error shape,
    // the concurrent-request limit), so that sending it again cannot do it twice. A 502 or 504 comes from a
    // gateway that may have handed the request on: not a refusal.
    [[nodiscard]] static bool writeWasRefused(const RestResponse &response);

    // The error of a call canceled before its reply came.
    [[nodiscard]] static SfError canceledError();
};

} // namespace sfsync
