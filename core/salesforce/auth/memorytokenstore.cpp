#include "core/salesforce/auth/memorytokenstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace sfsync {

namespace {

SfError notFound(const QString &profile)
{
    return SfError::network(
        QStringLiteral("ENTRY_NOT_FOUND"),
        QCoreApplication::translate("sfsync::TokenStore", "No stored sign-in for profile '%1'").arg(profile));
}

} // namespace

void MemoryTokenStore::read(const QString &profile, QObject *context, ReadCallback done)
{
    const bool found = m_entries.contains(profile);
    const StoredTokens tokens = m_entries.value(profile);
    QTimer::singleShot(0, context ? context : this, [tokens, found, profile, done] {
        done(tokens, found ? SfError {} : notFound(profile));
    });
}

void MemoryTokenStore::write(const QString &profile, const StoredTokens &tokens, QObject *context,
                             DoneCallback done)
{
    m_entries.insert(profile, tokens);
    ++m_writes;
    QTimer::singleShot(0, context ? context : this, [done] {
        if (done)
            done({});
    });
}

void MemoryTokenStore::remove(const QString &profile, QObject *context, DoneCallback done)
{
    const bool found = m_entries.remove(profile) > 0;
    QTimer::singleShot(0, context ? context : this, [found, profile, done] {
        if (done)
            done(found ? SfError {} : notFound(profile));
    });
}

} // namespace sfsync
