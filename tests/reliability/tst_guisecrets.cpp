#include "app/embeddedorg/localorgembedding.h"
#include "core/salesforce/auth/keychaintokenstore.h"
#include "core/salesforce/orgsession.h"
#include "localorg/data/recordstore.h"
#include "tests/testsupport/browser.h"
#include "tests/testsupport/secretscan.h"
#include "tests/testsupport/testenvironment.h"
#include "tests/testsupport/testorg.h"
#include "tests/testsupport/widgetlookup.h"
#include "ui/filedialogs.h"
#include "ui/jobdocument.h"
#include "ui/jobeditor.h"
#include "ui/mainwindow.h"
#include "ui/messageboxes.h"
#include "ui/previewview.h"
#include "ui/rowresultmodel.h"
#include "ui/runview.h"
#include "ui/signincontroller.h"
#include "ui/urlopener.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace sfsync;

namespace {

// Every log line of the process, whatever its category or level.
struct CapturedLog
{
    QMutex mutex;
    QStringList lines;
    QtMessageHandler previous = nullptr;
    QLoggingCategory::CategoryFilter previousFilter = nullptr;
};

CapturedLog &capturedLog()
{
    static CapturedLog log;
    return log;
}

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    CapturedLog &log = capturedLog();
    {
        QMutexLocker lock(&log.mutex);
        log.lines.append(QString::fromUtf8(context.category ? context.category : "default")
                         + QLatin1String(": ") + message);
    }
    // Debug and info lines of the app only go to the capture (they are many); warnings and the test's own
    // lines also reach Qt Test's output.
    const bool own = context.category && qstrcmp(context.category, "default") == 0;
    if ((type != QtDebugMsg && (type != QtInfoMsg || own)) && log.previous)
        log.previous(type, context, message);
}

// ctest sets QT_LOGGING_RULES (which outranks setFilterRules), so every category is switched fully on here.
void enableEveryLevel(QLoggingCategory *category)
{
    if (capturedLog().previousFilter)
        capturedLog().previousFilter(category);
    for (QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
        category->setEnabled(type, true);
}

} // namespace

// The desktop app's half of issue 8's secrets check: the real MainWindow, driven through its widgets with the
// real keychain (tests/with-keyring.sh), signs in through the browser (the test plays it) to a local org that
// rotates refresh tokens, saves the org, has its access token expire three times mid-session, reconnects the
// saved org, signs in a second time, browses objects, opens the sample job, previews, runs, saves results and
// errors, exports the job, copies the sfsync-run command, signs out, then opens the in-app local org. Every
// log line at every level is captured. Afterwards no token the org issued appears, as is or encoded, in any
// file under the throw-away HOME (settings, saved orgs, recent files, layout, metadata cache, run folders and
// journal), in the exports, the clipboard or the log; while signed in, the keychain did hold them.
class tst_GuiSecrets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_work; // where the user keeps jobs and saves exports (inside HOME, so scanned too)
    std::unique_ptr<test::TestOrg> m_org;
    std::unique_ptr<MainWindow> m_window;
    QNetworkAccessManager m_browser;
    int m_browserOpened = 0;
    QString m_profile;
    QString m_firstRefreshToken;
    QSet<QString> m_issued; // rotation revokes old tokens, so they are collected as we go
    QStringList m_exports;
    QString m_clipboard;
    int m_sourceRows = 0;

    template<class T>
    T *child(const QString &name) const
    {
        return test::child<T>(m_window.get(), name);
    }
    QAction *action(const QString &name) const { return child<QAction>(name); }

    // Adds the org's current tokens; returns how many were new.
    int collect()
    {
        const qsizetype before = m_issued.size();
        for (const QString &token : m_org->org().issuedTokens())
            m_issued.insert(token);
        return int(m_issued.size() - before);
    }

    // What the system keychain holds for a profile (through QtKeychain, as the app reads it).
    StoredTokens keychain(const QString &profile, QString *errorCode = nullptr)
    {
        KeychainTokenStore store;
        bool done = false;
        StoredTokens tokens;
        store.read(profile, this, [&](const StoredTokens &read, const SfError &error) {
            tokens = read;
            if (errorCode)
                *errorCode = error.errorCode;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 15000);
        return tokens;
    }

    void playBrowser()
    {
        UrlOpener::setHandler([this](const QUrl &url) {
            ++m_browserOpened;
            test::followInBrowser(m_browser, url);
            return true;
        });
    }

    void signInThroughTheBrowser()
    {
        m_window->showPage(MainWindow::ConnectionsTab);
        auto *environment = child<QComboBox>(QStringLiteral("signInEnvironment"));
        environment->setCurrentIndex(2); // My Domain
        child<QLineEdit>(QStringLiteral("myDomainUrl"))->setText(m_org->baseUrl().toString());
        child<QLineEdit>(QStringLiteral("clientId"))->setText(QStringLiteral("sfsync-local"));
        const int opened = m_browserOpened;
        QSignalSpy finished(m_window->signInController(), &SignInController::finished);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("signInButton")), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).value<SfError>().isNull(),
                 qPrintable(finished.first().at(0).value<SfError>().toString()));
        QCOMPARE(m_browserOpened, opened + 1);
        QVERIFY(m_window->session()->isConnected());
        QCOMPARE(m_window->session()->kind(), OrgSession::Kind::Profile);
    }

    QString copyInto(const QString &from, const QString &to)
    {
        const QString target = QDir(m_work).filePath(to);
        QFile::remove(target);
        return QFile::copy(from, target) ? target : QString();
    }

    // Every token seen so far, and the part of each after '!' (the secret on its own).
    QList<QByteArray> secrets() const
    {
        QList<QByteArray> all;
        for (const QString &token : std::as_const(m_issued)) {
            all << token.toUtf8();
            const qsizetype bang = token.indexOf(QLatin1Char('!'));
            if (bang > 0)
                all << token.mid(bang + 1).toUtf8();
        }
        return all;
    }

    // Files below HOME holding a token, plain or encoded ("path: token #n"); the token itself is not shown.
    QStringList filesWithTokens() const
    {
        QStringList hits;
        const QList<QByteArray> all = secrets();
        for (int i = 0; i < all.size(); ++i) {
            for (const QString &path : test::filesContaining(m_home.path(), all.at(i)))
                hits << QStringLiteral("%1: token #%2").arg(path).arg(i);
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Everything the app writes lands below a throw-away HOME (XDG dirs too), so the scan can read it
        // all.
        QVERIFY(m_home.isValid());
        const QString home = m_home.path();
        qputenv("HOME", QFile::encodeName(home));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/.config")));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(home + QStringLiteral("/.cache")));
        qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/.local/share")));
        qputenv("XDG_STATE_HOME", QFile::encodeName(home + QStringLiteral("/.local/state")));
        test::isolateEnvironment(QStringLiteral("tst_guisecrets"));
        installLocalOrgEmbedding();
        MessageBoxes::setTestMode(true);
        for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                              QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation,
                              QStandardPaths::GenericDataLocation, QStandardPaths::GenericCacheLocation}) {
            const QString path = QStandardPaths::writableLocation(location);
            QVERIFY2(path.startsWith(home), qPrintable(path));
        }
        QVERIFY2(QSettings().fileName().startsWith(home), qPrintable(QSettings().fileName()));
        m_work = home + QStringLiteral("/work");
        QVERIFY(QDir().mkpath(m_work));

        capturedLog().previous = qInstallMessageHandler(captureMessage);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        capturedLog().previousFilter = QLoggingCategory::installFilter(enableEveryLevel);

        localorg::LocalOrgOptions options;
        options.autoApprove = true;
        options.rotateRefreshTokens = true;
        m_org = std::make_unique<test::TestOrg>(options);
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));

        m_window = std::make_unique<MainWindow>();
        m_window->signInController()->setPorts({0}); // the real keychain: no setTokenStore
        m_window->show();
        playBrowser();
    }

    void cleanupTestCase()
    {
        UrlOpener::setHandler({});
        m_window.reset();
        m_org.reset();
        QLoggingCategory::installFilter(capturedLog().previousFilter);
        qInstallMessageHandler(capturedLog().previous);
    }

    void browserSignInIsSavedToTheKeychain()
    {
        signInThroughTheBrowser();
        m_profile = m_window->session()->profileName();
        QVERIFY(!m_profile.isEmpty());
        // Until the list is refreshed its one item is the "no saved orgs yet" hint.
        auto *saved = child<QListWidget>(QStringLiteral("savedOrgs"));
        QTRY_COMPARE(saved->count() == 1 ? saved->item(0)->data(Qt::UserRole).toString() : QString(),
                     m_profile);
        QVERIFY(collect() >= 2); // an access and a refresh token

        // The scan below would see these tokens had they leaked: the keychain holds them.
        QString errorCode;
        const StoredTokens stored = keychain(m_profile, &errorCode);
        QVERIFY2(errorCode.isEmpty(), qPrintable(errorCode));
        QVERIFY(m_issued.contains(stored.refreshToken));
        QVERIFY(m_issued.contains(stored.accessToken));
        m_firstRefreshToken = stored.refreshToken;
    }

    void browsingRefreshesAnExpiredToken()
    {
        auto *objects = child<QTableView>(QStringLiteral("objectList"));
        QTRY_VERIFY_WITH_TIMEOUT(objects->model()->rowCount() > 5, 15000);

        // The access token expires mid-session: the next describe refreshes it and the org rotates the
        // refresh token, which goes back to the keychain.
        m_org->org().expireAccessTokens();
        int contact = -1;
        for (int row = 0; row < objects->model()->rowCount(); ++row) {
            if (objects->model()->index(row, 1).data().toString() == QLatin1String("Contact"))
                contact = row;
        }
        QVERIFY(contact >= 0);
        objects->setCurrentIndex(objects->model()->index(contact, 0));
        QTRY_VERIFY_WITH_TIMEOUT(child<QTableView>(QStringLiteral("fieldTable"))->model()->rowCount() > 20,
                                 15000);
        QVERIFY2(collect() >= 2, "expected a refresh with a rotated refresh token");
        QTRY_VERIFY_WITH_TIMEOUT(keychain(m_profile).refreshToken != m_firstRefreshToken, 15000);
        QVERIFY(m_issued.contains(keychain(m_profile).refreshToken));
    }

    void savedOrgReconnectsAndASecondSignInRotates()
    {
        OrgSession *session = m_window->session();
        session->close();
        m_window->showPage(MainWindow::ConnectionsTab);
        auto *saved = child<QListWidget>(QStringLiteral("savedOrgs"));
        saved->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("connectSavedOrg")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 15000);
        QCOMPARE(session->profileName(), m_profile);
        collect();

        const QString before = keychain(m_profile).refreshToken;
        signInThroughTheBrowser();
        QCOMPARE(session->profileName(), m_profile);
        QVERIFY(collect() >= 2);
        QTRY_VERIFY_WITH_TIMEOUT(keychain(m_profile).refreshToken != before, 15000);
    }

    void sampleJobPreviewRunAndExports()
    {
        // The bundled sample job, with one row the org refuses so there is an errors file to save.
        QFile csv(test::sourcePath(QStringLiteral("resources/samples/contacts.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QByteArray rows = csv.readAll();
        if (!rows.endsWith('\n'))
            rows += '\n';
        rows += "nolast@secrets.example,,No,,Nobody,1990-01-01\n";
        m_sourceRows = int(rows.count('\n')) - 1;
        QFile copy(QDir(m_work).filePath(QStringLiteral("contacts.csv")));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(rows);
        copy.close();
        const QString job = copyInto(test::sourcePath(QStringLiteral("resources/samples/contacts-job.json")),
                                     QStringLiteral("contacts-job.json"));
        QVERIFY(!job.isEmpty());
        FileDialogs::setNextFileName(job);
        action(QStringLiteral("actionOpen"))->trigger();
        QCOMPARE(m_window->document()->filePath(), job);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->jobEditor()->isReady(), 15000);

        m_org->org().expireAccessTokens();
        QSignalSpy previewed(m_window->previewView(), &PreviewView::finished);
        action(QStringLiteral("actionPreview"))->trigger();
        QVERIFY(previewed.wait(30000));
        QCOMPARE(m_window->previewView()->model()->rowCount(),
                 m_sourceRows * 2); // one plan per row and action
        QVERIFY(collect() >= 2);

        m_org->org().expireAccessTokens();
        const int contactsBefore = m_org->org().records().count(QStringLiteral("Contact"));
        QSignalSpy ran(m_window->runView(), &RunView::finished);
        MessageBoxes::setNextAnswer(QMessageBox::Yes); // "Write the changes of ... to ...?"
        MessageBoxes::setNextAnswer(QMessageBox::Yes); // any ambiguous rows: write the others
        action(QStringLiteral("actionRun"))->trigger();
        QVERIFY(ran.wait(30000));
        MessageBoxes::resetCounters();
        const RowResultModel *results = m_window->runView()->model();
        QCOMPARE(results->rowCount(), m_sourceRows * 2); // two actions, one result per row each
        QVERIFY(m_org->org().records().count(QStringLiteral("Contact")) > contactsBefore);
        QVERIFY(collect() >= 2);

        const QString resultsPath = QDir(m_work).filePath(QStringLiteral("saved-results.csv"));
        FileDialogs::setNextFileName(resultsPath);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("saveResults")), Qt::LeftButton);
        QVERIFY(QFileInfo(resultsPath).size() > 0);
        auto *saveErrors = child<QPushButton>(QStringLiteral("saveErrors"));
        QVERIFY(saveErrors->isEnabled());
        const QString errorsPath = QDir(m_work).filePath(QStringLiteral("saved-errors.csv"));
        FileDialogs::setNextFileName(errorsPath);
        QTest::mouseClick(saveErrors, Qt::LeftButton);
        QVERIFY(QFileInfo(errorsPath).size() > 0);

        const QString exported = QDir(m_work).filePath(QStringLiteral("exported-job.json"));
        FileDialogs::setNextFileName(exported);
        action(QStringLiteral("actionExport"))->trigger();
        QVERIFY(QFileInfo(exported).size() > 0);
        m_exports << resultsPath << errorsPath << exported;

        action(QStringLiteral("actionCopyCommand"))->trigger();
        m_clipboard = QGuiApplication::clipboard()->text();
        QVERIFY2(m_clipboard.contains(QStringLiteral("--profile ") + m_profile), qPrintable(m_clipboard));
    }

    void signOutForgetsTheToken()
    {
        collect();
        // Still in the keychain right before signing out, and the saved org in the settings: neither the
        // profile nor anything else on disk holds a token.
        QVERIFY(m_issued.contains(keychain(m_profile).refreshToken));
        QFile settings(QSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(settings.readAll().contains(m_profile.toUtf8()));
        const QStringList hits = filesWithTokens();
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        m_window->showPage(MainWindow::ConnectionsTab);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("signOutButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->signInController()->savedOrgs().isEmpty(), 15000);
        QVERIFY(!m_window->session()->isConnected());
        QString errorCode;
        QTRY_VERIFY_WITH_TIMEOUT(
            (keychain(m_profile, &errorCode), errorCode == QLatin1String("ENTRY_NOT_FOUND")), 15000);
    }

    void inAppLocalOrg()
    {
        // The offline demo's fixed token is a secret too.
        QTest::mouseClick(child<QPushButton>(QStringLiteral("openLocalOrgButton")), Qt::LeftButton);
        QVERIFY(m_window->session()->embeddedOrg());
        m_issued.insert(m_window->session()->embeddedOrg()->accessToken());
        QTRY_VERIFY_WITH_TIMEOUT(child<QTableView>(QStringLiteral("objectList"))->model()->rowCount() > 5,
                                 15000);
        action(QStringLiteral("actionCopyCommand"))->trigger();
        const QString command = QGuiApplication::clipboard()->text();
        QVERIFY2(command.contains(QStringLiteral("--local-org")), qPrintable(command));
        m_clipboard += QLatin1Char('\n') + command;
        QTest::mouseClick(child<QPushButton>(QStringLiteral("signOutButton")), Qt::LeftButton);
        QVERIFY(!m_window->session()->isConnected());
    }

    void noTokenInAnythingTheAppWrote()
    {
        // Closing saves the layout; then nothing of the app is left to write.
        QVERIFY(m_window->close());
        m_window.reset();

        collect();
        const QList<QByteArray> secrets = this->secrets();

        // Something was written everywhere the scan looks.
        const QString home = m_home.path();
        QVERIFY(QFileInfo(QSettings().fileName()).size() > 0);
        const QByteArray settings = [] {
            QFile file(QSettings().fileName());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY2(settings.contains("recentConfigs") && settings.contains("geometry"),
                 qPrintable(QSettings().fileName()));
        int cached = 0;
        for (QDirIterator it(QStandardPaths::writableLocation(QStandardPaths::CacheLocation), QDir::Files,
                             QDirIterator::Subdirectories);
             it.hasNext(); it.next())
            ++cached;
        QVERIFY2(cached > 0, "the metadata cache is where the scan expects it");
        int runFiles = 0;
        for (QDirIterator it(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                 + QStringLiteral("/runs"),
                             QDir::Files, QDirIterator::Subdirectories);
             it.hasNext(); it.next())
            ++runFiles;
        QVERIFY2(runFiles >= 2, "the run folder is where the scan expects it");
        QVERIFY2(QFileInfo::exists(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                   + QStringLiteral("/journal.sqlite")),
                 "the run journal is where the scan expects it");
        const QByteArray log = [] {
            QMutexLocker lock(&capturedLog().mutex);
            return capturedLog().lines.join(QLatin1Char('\n')).toUtf8();
        }();
        QVERIFY(log.contains("refresh token rotated")); // debug and info lines of the app were captured
        QVERIFY(log.contains(": message box:")); // a debug-level line of sfsync.ui

        // The scanner itself finds a token, plain or encoded (else a pass would prove nothing).
        const QString canary = QDir(m_work).filePath(QStringLiteral("canary"));
        QFile canaryFile(canary);
        QVERIFY(canaryFile.open(QIODevice::WriteOnly));
        canaryFile.write("x" + secrets.first().toBase64() + "x");
        canaryFile.close();
        QVERIFY(test::filesContaining(home, secrets.first()).contains(canary));
        QVERIFY(QFile::remove(canary));

        qInfo("%lld secrets, %lld log lines, %lld exports scanned", qint64(secrets.size()),
              qint64(log.count('\n') + 1), qint64(m_exports.size()));
        for (const QString &exported : std::as_const(m_exports))
            QVERIFY(exported.startsWith(home)); // so the file scan covers the exports
        const QStringList hits = filesWithTokens();
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        for (const QByteArray &secret : std::as_const(secrets)) {
            QVERIFY2(!test::containsSecret(m_clipboard.toUtf8(), secret), "the clipboard holds a token");
            if (test::containsSecret(log, secret)) {
                const QStringList lines = [] {
                    QMutexLocker lock(&capturedLog().mutex);
                    return capturedLog().lines;
                }();
                for (const QString &line : lines) {
                    if (test::containsSecret(line.toUtf8(), secret))
                        qWarning().noquote()
                            << "leaking log line:"
                            << QString(line).replace(QString::fromUtf8(secret), QStringLiteral("<TOKEN>"));
                }
                QFAIL("a log line holds a token");
            }
        }
    }
};

QTEST_MAIN(tst_GuiSecrets)
#include "tst_guisecrets.moc"
