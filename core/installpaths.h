#pragma once

#include <QString>

namespace sfsync {

// Where an installed sfsync keeps its data files (translations, the sample job), found relative to the
// running executable: bin/../share/sfsync. So an installation works wherever it was put (/usr, /usr/local,
// /opt/sfsync, or a package unpacked into a test's throw-away root) without paths compiled in.
struct InstallPaths
{
    // <executable's folder>/<bin to datadir>/sfsync; it need not exist (a build tree has none).
    static QString dataDir();
    static QString translationsDir();
    static QString samplesDir();
};

} // namespace sfsync
