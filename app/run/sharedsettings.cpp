#include "sharedsettings.h"

#include "core/version.h"

namespace sfsync {

std::unique_ptr<QSettings> SharedSettings::open()
{
    return std::make_unique<QSettings>(AppInfo::organizationName(), AppInfo::applicationName());
}

} // namespace sfsync
