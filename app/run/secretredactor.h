#pragma once

#include <QString>

namespace sfsync {

// Last line of defence against printing a secret: every byte the runner writes to stdout, stderr or its log
// file passes through redact(). It masks the secrets the runner knows of (the environment token, tokens it
// obtained) and anything shaped like a Salesforce access token or a Bearer header. Thread-safe, since Qt may
// call the message handler from network threads.
class SecretRedactor
{
public:
    // Remembers a secret; values shorter than 8 characters are ignored (they would mask ordinary words).
    static void addSecret(const QString &secret);
    [[nodiscard]] static QString redact(const QString &text);
    // Forgets the registered secrets (for tests).
    static void clear();
};

} // namespace sfsync
