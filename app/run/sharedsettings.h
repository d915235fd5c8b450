#pragma once

#include <QSettings>

#include <memory>

namespace sfsync {

// The settings the desktop app uses (organisation "sfsync", application "sfsync"), so a profile signed in
// with either front end works in the other. sfsync-run's own application name would give a separate file.
class SharedSettings
{
public:
    static std::unique_ptr<QSettings> open();
};

} // namespace sfsync
