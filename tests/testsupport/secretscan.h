#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sfsync::test {

// Looking for a leaked secret (a token, a password) in what the app wrote or printed. A leak need not show
// the secret as is: it may be percent-encoded (a logged URL or form), base64 (a stored blob) or hex.

// True when `haystack` holds `needle` as is, percent-encoded, base64 (plain or URL alphabet) or hex-encoded.
bool containsSecret(const QByteArray &haystack, const QByteArray &needle);
// Every file below `dir` (recursively, hidden ones too) whose bytes contain `needle` in one of those forms.
QStringList filesContaining(const QString &dir, const QByteArray &needle);

} // namespace sfsync::test
