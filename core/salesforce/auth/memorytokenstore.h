#pragma once

#include "core/salesforce/auth/tokenstore.h"

#include <QHash>

namespace sfsync {

// Tokens in memory only (tests, and a one-shot run that must not touch the keychain). Answers asynchronously
// like a real keychain, so callers cannot come to depend on synchronous callbacks.
class MemoryTokenStore : public TokenStore
{
    Q_OBJECT
public:
    using TokenStore::TokenStore;

    void read(const QString &profile, QObject *context, ReadCallback done) override;
    void write(const QString &profile, const StoredTokens &tokens, QObject *context,
               DoneCallback done) override;
    void remove(const QString &profile, QObject *context, DoneCallback done) override;

    // Synchronous view for assertions.
    [[nodiscard]] StoredTokens tokens(const QString &profile) const { return m_entries.value(profile); }
    [[nodiscard]] bool contains(const QString &profile) const { return m_entries.contains(profile); }
    [[nodiscard]] int writes() const { return m_writes; }

private:
    QHash<QString, StoredTokens> m_entries;
    int m_writes = 0;
};

} // namespace sfsync
