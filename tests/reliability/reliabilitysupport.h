#pragma once

#include "core/salesforce/auth/tokenresponse.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace sfsync::localorg {
class LocalOrg;
}

namespace sfsync::test {

// One hop of a browser (no redirects followed, so each can be checked or replayed).
struct BrowserPage
{
    int status = 0;
    QByteArray body;
    QUrl location;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool finished = false;
};
BrowserPage browse(QNetworkAccessManager &browser, const QUrl &url);

// Signs in to an auto-approving local org through the real SignIn (loopback listener, PKCE), the test
// playing the browser. `network` is the app's network (e.g. a recording fake). Empty on failure, with *error.
TokenResponse browserSignIn(localorg::LocalOrg &org, QNetworkAccessManager *network, QString *error);

// Every file below `dir` (recursively) whose bytes contain `needle`, or its base64 / percent-encoded forms.
QStringList filesContaining(const QString &dir, const QByteArray &needle);
// True when `haystack` holds `needle` as is, percent-encoded or base64-encoded.
bool containsSecret(const QByteArray &haystack, const QByteArray &needle);

// RFC 4180 field quoting for test CSVs.
QByteArray csvField(const QString &value);
QByteArray csvLine(const QStringList &cells);

} // namespace sfsync::test
