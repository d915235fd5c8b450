#pragma once

#include "core/salesforce/auth/tokenstore.h"

namespace sfsync {

// Tokens in the system keychain through QtKeychain: one entry per profile under the service "sfsync".
// Values over 2 KB are split into chunks ("profile:NAME", "profile:NAME.1", ...), as Windows' credential
// store cannot hold a long token in one blob (nextcloud's KeychainChunk does the same). There is no
// plaintext fallback: without a usable keychain every call fails with NO_KEYCHAIN and says what to do
// instead.
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT
public:
    explicit KeychainTokenStore(const QString &service = QStringLiteral("sfsync"), QObject *parent = nullptr);

    static constexpr int ChunkSize = 2048;
    static constexpr int MaxChunks = 16;

    void read(const QString &profile, QObject *context, ReadCallback done) override;
    void write(const QString &profile, const StoredTokens &tokens, QObject *context,
               DoneCallback done) override;
    void remove(const QString &profile, QObject *context, DoneCallback done) override;

    [[nodiscard]] QString service() const { return m_service; }
    [[nodiscard]] static QString entryKey(const QString &profile, int chunk = 0);

private:
    QString m_service;
};

} // namespace sfsync
