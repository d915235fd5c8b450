#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sfsync {

class OrgSession;
class SignInController;

// Where the user chooses the org: sign in with the browser (production, sandbox or a My Domain), reconnect a
// saved org, or open the local org for an offline demo. Shows the current org and signs out.
class ConnectionsPage : public QWidget
{
    Q_OBJECT

public:
    ConnectionsPage(OrgSession *session, SignInController *signIn, QWidget *parent = nullptr);

public Q_SLOTS:
    void openLocalOrg();
    void signIn();
    void signOut();
    void refreshSavedOrgs();

private:
    void updateState();
    [[nodiscard]] QUrl chosenLoginUrl(QString *error) const;

    OrgSession *m_session;
    SignInController *m_signIn;
    QLabel *m_current = nullptr;
    QPushButton *m_signOut = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_myDomain = nullptr;
    QLineEdit *m_clientId = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_cancelSignIn = nullptr;
    QLabel *m_signInStatus = nullptr;
    QPushButton *m_localOrg = nullptr;
    QListWidget *m_savedOrgs = nullptr;
    QPushButton *m_connectSaved = nullptr;
    QPushButton *m_forgetSaved = nullptr;
};

} // namespace sfsync
