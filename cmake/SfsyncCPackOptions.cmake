# Read by cpack for every generator it runs (CPACK_PROJECT_CONFIG_FILE in SfsyncPackaging.cmake).
# The Debian package installs where the build was configured to install, so that the paths the man pages
# name are the paths the package holds (scripts/package.sh configures /usr). Only there: the source tarball
# keeps the tree at its top.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "${CPACK_SFSYNC_INSTALL_PREFIX}")
endif()
