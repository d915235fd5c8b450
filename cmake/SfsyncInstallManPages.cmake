# Run at install time (install(CODE) in docs/CMakeLists.txt): fills in the man pages' placeholders for the
# prefix being installed to, which is cpack's (/usr) when it makes the .deb, whatever prefix the build was
# configured with, then installs them gzipped as Debian wants them (-9n: no name or time stamp inside, so
# the package is reproducible).
# In: SFSYNC_MAN_PAGES, SFSYNC_MAN_SOURCE_DIR, SFSYNC_MAN_WORK_DIR, PROJECT_VERSION, SFSYNC_MAN_DATE,
#     SFSYNC_MAN_DATADIR, SFSYNC_MAN_DOCDIR, SFSYNC_MAN_MANDIR (as GNUInstallDirs has them, relative or not).
foreach(dir DATADIR DOCDIR MANDIR)
    if(IS_ABSOLUTE "${SFSYNC_MAN_${dir}}")
        set(full_${dir} "${SFSYNC_MAN_${dir}}")
    else()
        set(full_${dir} "${CMAKE_INSTALL_PREFIX}/${SFSYNC_MAN_${dir}}")
    endif()
endforeach()
set(SFSYNC_MAN_SAMPLES_DIR "${full_DATADIR}/sfsync/samples")
set(SFSYNC_MAN_DOC_DIR "${full_DOCDIR}")

find_program(SFSYNC_GZIP gzip REQUIRED)
set(pages)
foreach(page ${SFSYNC_MAN_PAGES})
    set(man "${SFSYNC_MAN_WORK_DIR}/${page}.1")
    configure_file("${SFSYNC_MAN_SOURCE_DIR}/${page}.1.in" "${man}" @ONLY)
    execute_process(COMMAND "${SFSYNC_GZIP}" -9 -n -f "${man}" RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "gzip ${man} failed")
    endif()
    list(APPEND pages "${man}.gz")
endforeach()
file(INSTALL DESTINATION "${full_MANDIR}/man1" TYPE FILE FILES ${pages})
