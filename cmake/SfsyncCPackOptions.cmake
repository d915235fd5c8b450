# Read by cpack for every generator it runs (CPACK_PROJECT_CONFIG_FILE in SfsyncPackaging.cmake).
# The Debian package installs into /usr, whatever prefix the build was configured with (CMAKE_INSTALL_PREFIX
# is /usr/local by default); the install rules fill in the man pages for it. The source tarball keeps the
# tree at its top.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "${CPACK_SFSYNC_DEB_PREFIX}")
endif()
