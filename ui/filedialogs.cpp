#include "filedialogs.h"

#include "messageboxes.h"

#include <QFileDialog>
#include <QStringList>

namespace sfsync {

namespace {
QStringList &queue()
{
    static QStringList names;
    return names;
}

bool takeQueued(QString *name)
{
    if (!queue().isEmpty()) {
        *name = queue().takeFirst();
        return true;
    }
    if (MessageBoxes::testMode()) {
        name->clear();
        return true;
    }
    return false;
}
} // namespace

QString FileDialogs::openFile(QWidget *parent, const QString &caption, const QString &dir,
                              const QString &filter)
{
    QString name;
    if (takeQueued(&name))
        return name;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialogs::saveFile(QWidget *parent, const QString &caption, const QString &dir,
                              const QString &filter)
{
    QString name;
    if (takeQueued(&name))
        return name;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString FileDialogs::existingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    QString name;
    if (takeQueued(&name))
        return name;
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

void FileDialogs::setNextFileName(const QString &path)
{
    queue().append(path);
}

} // namespace sfsync
