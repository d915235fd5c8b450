#pragma once

#include <QUrl>
#include <functional>

namespace sfsync {

// Opens URLs in the system browser (record pages, the sign-in page). Tests install a handler to see the URL
// instead, and for sign-in to play the browser.
class UrlOpener
{
public:
    using Handler = std::function<bool(const QUrl &url)>;

    static bool open(const QUrl &url);
    // An empty handler restores the system browser.
    static void setHandler(Handler handler);
};

} // namespace sfsync
