#pragma once

#include "core/salesforce/auth/tokenresponse.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace sfsync::localorg {
class LocalOrg;
}

namespace sfsync::test {

// The test playing the user's browser in a sign-in: the local org's consent page, its redirect to the app's
// loopback listener. Real HTTP on loopback, so the app's listener sees what a browser would send.

// One hop of a browser (no redirect followed, so each can be checked or replayed).
struct BrowserPage
{
    int status = 0;
    QByteArray body;
    QUrl location;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool finished = false; // false: no answer within 15 s (the request was aborted)
};
// GETs `url`, or POSTs `form` (application/x-www-form-urlencoded) when it is not null.
BrowserPage browse(QNetworkAccessManager &browser, const QUrl &url, const QByteArray &form = {});

// Opens `url` as a user who approves whatever is asked would: every redirect is followed (the org's consent,
// then the app's listener) and nothing is waited for; the reply deletes itself. For the app's URL opener.
void followInBrowser(QNetworkAccessManager &browser, const QUrl &url);

// Signs in to an auto-approving local org through the real SignIn (loopback listener, PKCE), the test
// playing the browser. `network` is the app's network (e.g. a recording fake). Empty on failure, with *error.
TokenResponse browserSignIn(localorg::LocalOrg &org, QNetworkAccessManager *network, QString *error);

} // namespace sfsync::test
