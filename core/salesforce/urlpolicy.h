#pragma once

#include "core/salesforce/sferror.h"

#include <QString>
#include <QUrl>

namespace sfsync {

// Where sfsync may send a token: https anywhere, plain http only to this machine (the local org).
namespace UrlPolicy {

// 127.0.0.0/8, ::1 and "localhost".
[[nodiscard]] bool isLoopbackHost(const QString &host);
// Null error when `url` may carry credentials; otherwise an SfError (INSECURE_URL / INVALID_URL) that says
// why.
[[nodiscard]] SfError check(const QUrl &url);

} // namespace UrlPolicy
} // namespace sfsync
