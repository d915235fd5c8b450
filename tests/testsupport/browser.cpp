#include "tests/testsupport/browser.h"

#include "core/salesforce/auth/signin.h"
#include "localorg/localorg.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

namespace sfsync::test {

BrowserPage browse(QNetworkAccessManager &browser, const QUrl &url, const QByteArray &form)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nullptr;
    if (form.isNull()) {
        reply = browser.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = browser.post(request, form);
    }
    QSignalSpy done(reply, &QNetworkReply::finished);
    BrowserPage page;
    if (!done.wait(15000)) {
        reply->abort();
        reply->deleteLater();
        return page;
    }
    page.finished = true;
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.body = reply->readAll();
    page.location = QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode);
    page.error = reply->error();
    reply->deleteLater();
    return page;
}

void followInBrowser(QNetworkAccessManager &browser, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = browser.get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

TokenResponse browserSignIn(localorg::LocalOrg &org, QNetworkAccessManager *network, QString *error)
{
    SignInOptions options;
    options.loginHost = org.baseUrl();
    options.clientId = QString::fromLatin1(SignInOptions::LocalOrgClientId);
    options.ports = {0};
    options.timeoutMs = 30000;
    QUrl authorize;
    SignIn signIn(network, options, [&authorize](const QUrl &url) {
        authorize = url;
        return true;
    });
    QSignalSpy finished(&signIn, &SignIn::finished);
    signIn.start();
    if (authorize.isEmpty()) {
        *error = QStringLiteral("the sign-in did not open a browser");
        return {};
    }
    QNetworkAccessManager browser;
    const BrowserPage approved = browse(browser, authorize);
    if (approved.status != 302) {
        *error = QStringLiteral("authorize answered %1").arg(approved.status);
        return {};
    }
    const BrowserPage landing = browse(browser, approved.location);
    if (landing.status != 200) {
        *error = QStringLiteral("the loopback listener answered %1").arg(landing.status);
        return {};
    }
    if (finished.isEmpty() && !finished.wait(15000)) {
        *error = QStringLiteral("the sign-in did not finish");
        return {};
    }
    const auto response = finished.first().at(0).value<TokenResponse>();
    const auto failure = finished.first().at(1).value<SfError>();
    if (!failure.isNull()) {
        *error = failure.toString();
        return {};
    }
    return response;
}

} // namespace sfsync::test
