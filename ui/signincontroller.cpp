#include "signincontroller.h"

#include "session.h"

namespace sfsync {

class SignInController::Private
{
public:
    TokenStore *store = nullptr;
};

SignInController::SignInController(Session *session, QObject *parent)
    : QObject(parent)
    , d(new Private)
    , m_session(session)
{ }

SignInController::~SignInController()
{
    delete d;
}

void SignInController::setTokenStore(TokenStore *store)
{
    d->store = store;
}

TokenStore *SignInController::tokenStore() const
{
    return d->store;
}

QString SignInController::defaultClientId()
{
    return QStringLiteral("sfsync-local");
}

void SignInController::signIn(const QUrl &, const QString &)
{
    Q_EMIT finished(
        SfError {0, QStringLiteral("NOT_AVAILABLE"), tr("Browser sign-in is not available yet."), {}});
}

void SignInController::cancel() { }

bool SignInController::isSigningIn() const
{
    return false;
}

QStringList SignInController::savedOrgs() const
{
    return {};
}

QString SignInController::describeSavedOrg(const QString &profile) const
{
    return profile;
}

void SignInController::connectSaved(const QString &) { }

void SignInController::forget(const QString &) { }

void SignInController::signOut()
{
    m_session->close();
}

} // namespace sfsync
