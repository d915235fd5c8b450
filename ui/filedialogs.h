#pragma once

#include <QString>

class QWidget;

namespace sfsync {

// File choosers of the app; tests queue the next file name instead of driving a native dialog
// (KeePassXC's fileDialog()->setNextFileName). In MessageBoxes' test mode an empty queue means "cancelled".
class FileDialogs
{
public:
    static QString openFile(QWidget *parent, const QString &caption, const QString &dir,
                            const QString &filter);
    static QString saveFile(QWidget *parent, const QString &caption, const QString &dir,
                            const QString &filter);
    static QString existingDirectory(QWidget *parent, const QString &caption, const QString &dir);

    static void setNextFileName(const QString &path);
};

} // namespace sfsync
