# CPack: `cpack -G DEB` in a build folder makes sfsync_<version>_<arch>.deb from the install rules;
# `cpack --config CPackSourceConfig.cmake` a source tarball. scripts/package.sh makes the release package
# (a Release build in build-release). See docs/developer-guide.md, "Packaging".

set(SFSYNC_PACKAGE_MAINTAINER "sfsync maintainers <maintainers@sfsync.org>"
    CACHE STRING "The Maintainer field of the Debian package")

set(CPACK_PACKAGE_NAME ${PROJECT_NAME})
set(CPACK_PACKAGE_VENDOR "The sfsync developers")
set(CPACK_PACKAGE_CONTACT ${SFSYNC_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Load CSV, NDJSON or SQLite data into Salesforce")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_CHECKSUM SHA256)
# The .deb installs into /usr, as Debian packages do (SfsyncCPackOptions.cmake applies it to the DEB
# generator only; package_deb checks the layout under it).
set(SFSYNC_DEB_PREFIX /usr)
set(CPACK_SFSYNC_DEB_PREFIX ${SFSYNC_DEB_PREFIX})
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/SfsyncCPackOptions.cmake)
# Debug information stays in the build folder; the package gets stripped binaries.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # sfsync_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${SFSYNC_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# The long description under the summary; CPack indents it and turns the empty line into Debian's " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "sfsync creates, updates, upserts and deletes Salesforce records from CSV,
NDJSON or SQLite files, matching rows to records by external IDs, the record
Id or any filterable field. Every planned change is previewed before anything
is written, and every source row gets a result.

The package holds the desktop app (sfsync), the same engine on the command
line for cron and CI (sfsync-run), and a local Salesforce emulator for trying
jobs without a Salesforce account (sfsync-localorg).")

# Depends: the shared libraries the programs link, computed by dpkg-shlibdeps (package dpkg-dev), plus what
# they load at run time, which dpkg-shlibdeps cannot see:
# - libqt6sql6-sqlite: the QSQLITE driver plugin (SQLite sources and the run journal);
# - libsecret-1-0: QtKeychain dlopen()s it to reach the Secret Service, where profiles keep their tokens.
# Recommends: what most desktops want and apt installs by default:
# - libqt6svg6: the SVG icon engine, for the icon themes of file dialogs and the like;
# - qt6-wayland: the Wayland platform plugin (xcb and offscreen come with libqt6gui6);
# - qt6-translations-l10n: Qt's own strings (qtbase_de.qm, ...) in German and French;
# - gnome-keyring | kwalletmanager | keepassxc: a Secret Service for the tokens;
# - xdg-utils: xdg-open, which opens the browser for `sfsync-run login`.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "libqt6svg6, qt6-wayland, qt6-translations-l10n, gnome-keyring | kwalletmanager | keepassxc, xdg-utils")

# The source tarball: the tracked tree, without build folders, node modules or editor droppings.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME ${PROJECT_NAME}-${PROJECT_VERSION})
# (Regular expressions, escaped twice: CPack writes them into CPackSourceConfig.cmake, which reads them again.)
set(CPACK_SOURCE_IGNORE_FILES
    "/\\\\.git/" "/\\\\.git$" "^${PROJECT_SOURCE_DIR}/build[^/]*/" "/node_modules/" "/\\\\.cache/" "~$"
    "\\\\.swp$" "/CMakeLists\\\\.txt\\\\.user$")

include(CPack)
