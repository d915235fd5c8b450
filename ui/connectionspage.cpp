#include "connectionspage.h"

#include "core/salesforce/orgsession.h"
#include "messageboxes.h"
#include "signincontroller.h"

#include "core/salesforce/connection.h"
#include "core/salesforce/urlpolicy.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sfsync {

namespace {
enum Environment { Production, Sandbox, MyDomain };
}

ConnectionsPage::ConnectionsPage(OrgSession *session, SignInController *signIn, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_signIn(signIn)
{
    setObjectName(QStringLiteral("connectionsPage"));

    // The current org.
    auto *currentGroup = new QGroupBox(tr("Current org"), this);
    m_current = new QLabel(currentGroup);
    m_current->setObjectName(QStringLiteral("currentOrg"));
    m_current->setTextFormat(Qt::PlainText);
    m_current->setWordWrap(true);
    m_signOut = new QPushButton(tr("Sign &out"), currentGroup);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    auto *currentLayout = new QHBoxLayout(currentGroup);
    currentLayout->addWidget(m_current, 1);
    currentLayout->addWidget(m_signOut);

    // Offline demo.
    auto *demoGroup = new QGroupBox(tr("Try it without Salesforce"), this);
    m_localOrg = new QPushButton(tr("Open &local org (offline demo)"), demoGroup);
    m_localOrg->setObjectName(QStringLiteral("openLocalOrgButton"));
    auto *demoText =
        new QLabel(tr("A Salesforce emulator on this computer, with sample accounts, contacts and "
                      "leads. Nothing leaves your machine."),
                   demoGroup);
    demoText->setWordWrap(true);
    auto *demoLayout = new QHBoxLayout(demoGroup);
    demoLayout->addWidget(demoText, 1);
    demoLayout->addWidget(m_localOrg);

    // Browser sign-in.
    auto *signInGroup = new QGroupBox(tr("Sign in to Salesforce"), this);
    m_environment = new QComboBox(signInGroup);
    m_environment->setObjectName(QStringLiteral("signInEnvironment"));
    m_environment->addItem(tr("Production (login.salesforce.com)"), Production);
    m_environment->addItem(tr("Sandbox (test.salesforce.com)"), Sandbox);
    m_environment->addItem(tr("My Domain"), MyDomain);
    m_myDomain = new QLineEdit(signInGroup);
    m_myDomain->setObjectName(QStringLiteral("myDomainUrl"));
    m_myDomain->setPlaceholderText(tr("https://yourcompany.my.salesforce.com"));
    m_myDomain->setEnabled(false);
    m_clientId = new QLineEdit(SignInController::defaultClientId(), signInGroup);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setToolTip(
        tr("The consumer key of the connected app (callback http://localhost:7171/OauthRedirect)"));
    m_signInButton = new QPushButton(tr("Sign in with the &browser"), signInGroup);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_cancelSignIn = new QPushButton(tr("Cancel"), signInGroup);
    m_cancelSignIn->setObjectName(QStringLiteral("cancelSignIn"));
    m_signInStatus = new QLabel(signInGroup);
    m_signInStatus->setObjectName(QStringLiteral("signInStatus"));
    m_signInStatus->setWordWrap(true);
    m_signInStatus->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("My &Domain URL:"), m_myDomain);
    form->addRow(tr("&Client ID:"), m_clientId);
    auto *signInButtons = new QHBoxLayout;
    signInButtons->addWidget(m_signInButton);
    signInButtons->addWidget(m_cancelSignIn);
    signInButtons->addStretch();
    auto *signInLayout = new QVBoxLayout(signInGroup);
    signInLayout->addLayout(form);
    signInLayout->addLayout(signInButtons);
    signInLayout->addWidget(m_signInStatus);

    // Saved orgs.
    auto *savedGroup = new QGroupBox(tr("Saved orgs"), this);
    m_savedOrgs = new QListWidget(savedGroup);
    m_savedOrgs->setObjectName(QStringLiteral("savedOrgs"));
    m_connectSaved = new QPushButton(tr("Co&nnect"), savedGroup);
    m_connectSaved->setObjectName(QStringLiteral("connectSavedOrg"));
    m_forgetSaved = new QPushButton(tr("&Forget"), savedGroup);
    m_forgetSaved->setObjectName(QStringLiteral("forgetSavedOrg"));
    auto *savedButtons = new QVBoxLayout;
    savedButtons->addWidget(m_connectSaved);
    savedButtons->addWidget(m_forgetSaved);
    savedButtons->addStretch();
    auto *savedLayout = new QHBoxLayout(savedGroup);
    savedLayout->addWidget(m_savedOrgs, 1);
    savedLayout->addLayout(savedButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(currentGroup);
    layout->addWidget(demoGroup);
    layout->addWidget(signInGroup);
    layout->addWidget(savedGroup, 1);

    connect(m_environment, &QComboBox::currentIndexChanged, this,
            [this] { m_myDomain->setEnabled(m_environment->currentData().toInt() == MyDomain); });
    connect(m_localOrg, &QPushButton::clicked, this, &ConnectionsPage::openLocalOrg);
    connect(m_signInButton, &QPushButton::clicked, this, &ConnectionsPage::signIn);
    connect(m_cancelSignIn, &QPushButton::clicked, m_signIn, &SignInController::cancel);
    connect(m_signOut, &QPushButton::clicked, this, &ConnectionsPage::signOut);
    connect(m_connectSaved, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_savedOrgs->currentItem())
            m_signIn->connectSaved(item->data(Qt::UserRole).toString());
    });
    connect(m_savedOrgs, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { m_signIn->connectSaved(item->data(Qt::UserRole).toString()); });
    connect(m_forgetSaved, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_savedOrgs->currentItem();
        if (!item)
            return;
        const QString profile = item->data(Qt::UserRole).toString();
        if (MessageBoxes::question(this, tr("Forget org"),
                                   tr("Forget %1? Its token is removed from the keychain.").arg(profile),
                                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes)
            m_signIn->forget(profile);
    });
    connect(m_savedOrgs, &QListWidget::currentRowChanged, this, &ConnectionsPage::updateState);
    connect(m_signIn, &SignInController::statusChanged, m_signInStatus, &QLabel::setText);
    connect(m_signIn, &SignInController::finished, this, [this](const SfError &error) {
        if (!error.isNull())
            m_signInStatus->setText(tr("Sign-in failed: %1").arg(error.toString()));
        updateState();
    });
    connect(m_signIn, &SignInController::savedOrgsChanged, this, &ConnectionsPage::refreshSavedOrgs);
    connect(m_session, &OrgSession::connectedChanged, this, &ConnectionsPage::updateState);
    refreshSavedOrgs();
    updateState();
}

QUrl ConnectionsPage::chosenLoginUrl(QString *error) const
{
    switch (m_environment->currentData().toInt()) {
    case Production:
        return QUrl(QString::fromLatin1(Connection::ProductionLoginUrl));
    case Sandbox:
        return QUrl(QString::fromLatin1(Connection::SandboxLoginUrl));
    default:
        break;
    }
    QString text = m_myDomain->text().trimmed();
    if (text.isEmpty()) {
        *error = tr("Type your My Domain URL, e.g. https://yourcompany.my.salesforce.com");
        return {};
    }
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    const QUrl url(text);
    const SfError policy = UrlPolicy::check(url);
    if (!url.isValid() || url.host().isEmpty() || !policy.isNull()) {
        *error = policy.isNull() ? tr("%1 is not a valid URL.").arg(text) : policy.message;
        return {};
    }
    return url;
}

void ConnectionsPage::openLocalOrg()
{
    SfError error;
    m_signInStatus->clear();
    if (!m_session->openLocalOrg(&error))
        MessageBoxes::warning(this, tr("Local org"), error.message);
}

void ConnectionsPage::signIn()
{
    QString error;
    const QUrl url = chosenLoginUrl(&error);
    if (!url.isValid()) {
        m_signInStatus->setText(error);
        return;
    }
    m_signIn->signIn(url, m_clientId->text().trimmed());
    updateState();
}

void ConnectionsPage::signOut()
{
    m_signIn->signOut();
    updateState();
}

void ConnectionsPage::refreshSavedOrgs()
{
    const QString current =
        m_savedOrgs->currentItem() ? m_savedOrgs->currentItem()->data(Qt::UserRole).toString() : QString();
    m_savedOrgs->clear();
    for (const QString &profile : m_signIn->savedOrgs()) {
        auto *item = new QListWidgetItem(m_signIn->describeSavedOrg(profile), m_savedOrgs);
        item->setData(Qt::UserRole, profile);
        if (profile == current)
            m_savedOrgs->setCurrentItem(item);
    }
    if (m_savedOrgs->count() == 0) {
        auto *item = new QListWidgetItem(tr("No saved orgs yet: sign in once and the org is remembered."),
                                         m_savedOrgs);
        item->setFlags(Qt::NoItemFlags);
    }
    updateState();
}

void ConnectionsPage::updateState()
{
    const bool connected = m_session->isConnected();
    const bool busy = m_signIn->isSigningIn();
    if (connected) {
        QString text = m_session->title();
        if (m_session->kind() != OrgSession::Kind::LocalOrg)
            text += QLatin1Char('\n') + m_session->instanceUrl().toString();
        else
            text += QLatin1Char('\n')
                + tr("User %1 at %2").arg(m_session->username(), m_session->instanceUrl().toString());
        m_current->setText(text);
    } else {
        m_current->setText(tr("Sign in or open the local org to start."));
    }
    m_signOut->setEnabled(connected);
    m_signInButton->setEnabled(!busy);
    m_cancelSignIn->setEnabled(busy);
    m_localOrg->setEnabled(!busy);
    QListWidgetItem *item = m_savedOrgs->currentItem();
    const bool haveSaved = item && !item->data(Qt::UserRole).toString().isEmpty();
    m_connectSaved->setEnabled(haveSaved && !busy);
    m_forgetSaved->setEnabled(haveSaved && !busy);
}

} // namespace sfsync
