#pragma once

#include <QDebug>
#include <QObject>
#include <QString>

namespace sfsync::test {

// The child of `parent` (at any depth) of type T named `objectName`, or null. GUI suites drive the app
// through its widgets by objectName, not by layout position, so a test survives a rearranged window; a
// name that no longer exists is logged, so a null dereference later in the test points at the renamed
// widget.
template<class T>
T *child(const QObject *parent, const QString &objectName)
{
    T *found = parent->findChild<T *>(objectName);
    if (!found)
        qWarning() << "no child" << objectName;
    return found;
}

} // namespace sfsync::test
