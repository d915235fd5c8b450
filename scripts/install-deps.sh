#!/bin/sh
# Installs the Debian 12 packages sfsync needs to build, run, test and package, plus any packages named as
# arguments (scripts/fuzz.sh asks for clang). Packaging: dpkg-dev (dpkg-shlibdeps) and file for cpack -G DEB;
# desktop-file-utils, appstream and groff-base validate the .desktop file, the metainfo and the man pages;
# qt6-translations-l10n has Qt's own translations, which the package test checks are loaded.
# Packages already present are skipped, so a second run costs nothing. Needs root (or sudo).
set -eu

PACKAGES="
  cmake ninja-build g++ ccache pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl1-mesa-dev libssl-dev
  libsecret-1-0 gnome-keyring dbus fonts-dejavu-core tzdata
  dpkg-dev file desktop-file-utils appstream groff-base qt6-translations-l10n
  $*
"
# The jsforce conformance suite needs Node.js with npm. Some machines already have a Node.js build that bundles
# npm (and conflicts with Debian's npm package): take Debian's only when there is none.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    PACKAGES="$PACKAGES nodejs npm"
fi

missing=""
for package in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all Debian packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "install-deps: installing$missing"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
