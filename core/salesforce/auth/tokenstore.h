#pragma once

#include "core/salesforce/auth/storedtokens.h"
#include "core/salesforce/sferror.h"

#include <QObject>
#include <QString>
#include <functional>

namespace sfsync {

// Where a profile's tokens live: the system keychain (KeychainTokenStore) or memory (tests). Asynchronous, as
// keychains are; `context` guards the callback (no call after it is destroyed). Reading a missing entry gives
// empty tokens and error code ENTRY_NOT_FOUND.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    using ReadCallback = std::function<void(const StoredTokens &tokens, const SfError &error)>;
    using DoneCallback = std::function<void(const SfError &error)>;

    virtual void read(const QString &profile, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &profile, const StoredTokens &tokens, QObject *context,
                       DoneCallback done) = 0;
    virtual void remove(const QString &profile, QObject *context, DoneCallback done) = 0;
};

} // namespace sfsync
