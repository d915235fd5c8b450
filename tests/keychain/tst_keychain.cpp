#include "tests/testsupport/testenvironment.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

// A round trip through the system keychain (libsecret on Linux). Runs under tests/with-keyring.sh.
class tst_Keychain : public QObject
{
    Q_OBJECT

private:
    const QString m_service = QStringLiteral("sfsync-test-keychain");

    QKeychain::Error runJob(QKeychain::Job *job)
    {
        job->setAutoDelete(false);
        QSignalSpy finished(job, &QKeychain::Job::finished);
        job->start();
        if (!finished.wait(10000))
            return QKeychain::OtherError;
        return job->error();
    }

private Q_SLOTS:
    void initTestCase() { sfsync::test::isolateEnvironment(QStringLiteral("tst_keychain")); }

    void writeReadDelete()
    {
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // A Salesforce-shaped token, longer than Windows' blob limit would allow in one piece.
        const QString secret = QStringLiteral("00Dx0000000BV7z!AR8AQ") + QString(3000, QLatin1Char('x'));

        QKeychain::WritePasswordJob write(m_service);
        write.setKey(key);
        write.setTextData(secret);
        QCOMPARE(runJob(&write), QKeychain::NoError);

        QKeychain::ReadPasswordJob read(m_service);
        read.setKey(key);
        QCOMPARE(runJob(&read), QKeychain::NoError);
        QCOMPARE(read.textData(), secret);

        QKeychain::DeletePasswordJob remove(m_service);
        remove.setKey(key);
        QCOMPARE(runJob(&remove), QKeychain::NoError);

        QKeychain::ReadPasswordJob readAgain(m_service);
        readAgain.setKey(key);
        QCOMPARE(runJob(&readAgain), QKeychain::EntryNotFound);
    }
};

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_keychain.moc"
