#include "core/salesforce/auth/keychaintokenstore.h"

#include "core/corelogging.h"

#include <QCoreApplication>
#include <QPointer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace sfsync {

namespace {

// Free functions' strings, under the context the runtime looks them up in (lupdate reads the
// macro's argument; a free tr() helper would file them under the namespace).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::KeychainTokenStore)
};

const QByteArray ChunkHeader = "sfsync-chunks:";

SfError keychainError(QKeychain::Error code, const QString &detail, const QString &profile)
{
    switch (code) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return SfError::network(QStringLiteral("ENTRY_NOT_FOUND"),
                                Text::tr("No stored sign-in for profile '%1'. Sign in first.").arg(profile));
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
    case QKeychain::AccessDenied:
        return SfError::network(
            QStringLiteral("NO_KEYCHAIN"),
            Text::tr(
                "No usable keychain (%1). sfsync keeps tokens only in the system keychain and never in a "
                "plain "
                "file. Without one, use a headless option instead: SFSYNC_ACCESS_TOKEN with --instance-url, "
                "the client credentials flow (SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET), or the JWT bearer "
                "flow with a private key file. See docs/sign-in.md.")
                .arg(detail));
    case QKeychain::AccessDeniedByUser:
        return SfError::network(QStringLiteral("KEYCHAIN_DENIED"),
                                Text::tr("Access to the keychain was denied: %1").arg(detail));
    default:
        return SfError::network(QStringLiteral("KEYCHAIN_ERROR"), Text::tr("Keychain error: %1").arg(detail));
    }
}

// Runs `done` unless the caller's context died meanwhile.
struct Guard
{
    QPointer<QObject> context;
    bool guarded = false;
    [[nodiscard]] bool alive() const { return !guarded || context; }
};

} // namespace

KeychainTokenStore::KeychainTokenStore(const QString &service, QObject *parent)
    : TokenStore(parent)
    , m_service(service)
{ }

QString KeychainTokenStore::entryKey(const QString &profile, int chunk)
{
    QString key = QStringLiteral("profile:") + profile;
    if (chunk > 0)
        key += QLatin1Char('.') + QString::number(chunk);
    return key;
}

void KeychainTokenStore::read(const QString &profile, QObject *context, ReadCallback done)
{
    const Guard guard {context, context != nullptr};
    auto collected = std::make_shared<QByteArray>();
    auto expected = std::make_shared<int>(1);
    auto readChunk = std::make_shared<std::function<void(int)>>();
    // The lambda holds only a weak reference to itself; the job's connection keeps the strong one alive.
    *readChunk = [this, profile, guard, done, collected, expected,
                  weak = std::weak_ptr<std::function<void(int)>>(readChunk)](int chunk) {
        auto *job = new QKeychain::ReadPasswordJob(m_service, this);
        job->setKey(entryKey(profile, chunk));
        connect(job, &QKeychain::Job::finished, this,
                [profile, guard, done, collected, expected, chunk, self = weak.lock()](QKeychain::Job *j) {
                    auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
                    const SfError error = keychainError(read->error(), read->errorString(), profile);
                    if (!error.isNull()) {
                        if (chunk == 0)
                            qCInfo(lcCoreAuth) << "keychain read failed:" << error.errorCode;
                        if (guard.alive())
                            done({}, error);
                        return;
                    }
                    QByteArray data = read->binaryData();
                    if (chunk == 0 && data.startsWith(ChunkHeader)) {
                        const qsizetype newline = data.indexOf('\n');
                        *expected = qBound(
                            1, data.mid(ChunkHeader.size(), newline - ChunkHeader.size()).toInt(), MaxChunks);
                        data = data.mid(newline + 1);
                    }
                    collected->append(data);
                    if (chunk + 1 < *expected) {
                        (*self)(chunk + 1);
                        return;
                    }
                    if (guard.alive())
                        done(StoredTokens::fromJson(*collected), {});
                });
        job->start();
    };
    (*readChunk)(0);
}

void KeychainTokenStore::write(const QString &profile, const StoredTokens &tokens, QObject *context,
                               DoneCallback done)
{
    const Guard guard {context, context != nullptr};
    const QByteArray value = tokens.toJson();
    QList<QByteArray> chunks;
    for (qsizetype at = 0; at < value.size(); at += ChunkSize)
        chunks.append(value.mid(at, ChunkSize));
    if (chunks.isEmpty())
        chunks.append(QByteArray());
    if (chunks.size() > MaxChunks) {
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard.alive() && done)
                    done(SfError::network(QStringLiteral("KEYCHAIN_ERROR"),
                                          Text::tr("The tokens are too long to store")));
            },
            Qt::QueuedConnection);
        return;
    }
    if (chunks.size() > 1)
        chunks[0].prepend(ChunkHeader + QByteArray::number(chunks.size()) + '\n');

    auto writeChunk = std::make_shared<std::function<void(int)>>();
    *writeChunk = [this, profile, guard, done, chunks,
                   weak = std::weak_ptr<std::function<void(int)>>(writeChunk)](int index) {
        auto *job = new QKeychain::WritePasswordJob(m_service, this);
        job->setKey(entryKey(profile, index));
        job->setBinaryData(chunks.at(index));
        connect(job, &QKeychain::Job::finished, this,
                [profile, guard, done, chunks, index, self = weak.lock()](QKeychain::Job *j) {
                    const SfError error = keychainError(j->error(), j->errorString(), profile);
                    if (!error.isNull()) {
                        qCInfo(lcCoreAuth) << "keychain write failed:" << error.errorCode;
                        if (guard.alive() && done)
                            done(error);
                        return;
                    }
                    if (index + 1 < chunks.size()) {
                        (*self)(index + 1);
                        return;
                    }
                    if (guard.alive() && done)
                        done({});
                });
        job->start();
    };
    (*writeChunk)(0);
}

void KeychainTokenStore::remove(const QString &profile, QObject *context, DoneCallback done)
{
    const Guard guard {context, context != nullptr};
    // Deletes the first entry, then any chunks after it until one is missing.
    auto removeChunk = std::make_shared<std::function<void(int)>>();
    *removeChunk = [this, profile, guard, done,
                    weak = std::weak_ptr<std::function<void(int)>>(removeChunk)](int index) {
        auto *job = new QKeychain::DeletePasswordJob(m_service, this);
        job->setKey(entryKey(profile, index));
        connect(job, &QKeychain::Job::finished, this,
                [profile, guard, done, index, self = weak.lock()](QKeychain::Job *j) {
                    if (index > 0 && (j->error() == QKeychain::EntryNotFound || index >= MaxChunks)) {
                        if (guard.alive() && done)
                            done({});
                        return;
                    }
                    const SfError error = keychainError(j->error(), j->errorString(), profile);
                    if (!error.isNull()) {
                        if (guard.alive() && done)
                            done(error);
                        return;
                    }
                    (*self)(index + 1);
                });
        job->start();
    };
    (*removeChunk)(0);
}

} // namespace sfsync
