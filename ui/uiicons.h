#pragma once

#include <QIcon>

namespace sfsync {

// The app's icons. The application icon comes from the PNG sizes in resources/ (:/icons/sfsync-N.png); the
// action icons are drawn as vectors at whatever size and device pixel ratio is asked, so they stay sharp on
// high-DPI screens without shipping a bitmap per scale (and without needing Qt's SVG plugin).
namespace UiIcons {

enum Kind { New, Open, Save, Org, Objects, Job, Preview, Run, Cancel, Refresh };

[[nodiscard]] QIcon appIcon();
[[nodiscard]] QIcon icon(Kind kind);

} // namespace UiIcons
} // namespace sfsync
