# sfsync_add_test(<name> SOURCES <files...> [LIBS <libs...>] [GUI] [KEYRING] [LABELS <labels...>]
#                 [TIMEOUT <seconds>])
#
# One line per Qt Test suite. The executable is named after the suite (tst_foo), linked with Qt Test and
# the testsupport library, and registered with CTest. Every test runs with isolated settings
# (QStandardPaths test mode via testsupport), LANG=en_US.UTF-8 and the offscreen platform.
#   GUI      - a widget test; built only when SFSYNC_GUI_TESTS is on.
#   KEYRING  - runs under tests/with-keyring.sh (private D-Bus + unlocked throw-away gnome-keyring).
function(sfsync_add_test name)
    cmake_parse_arguments(ARG "GUI;KEYRING" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(ARG_GUI AND NOT SFSYNC_GUI_TESTS)
        return()
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE sfsync_testsupport Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        QT_FORCE_ASSERTS
        SFSYNC_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
        SFSYNC_FIXTURES_DIR="${SFSYNC_FIXTURES_DIR}")

    set(command $<TARGET_FILE:${name}>)
    if(ARG_KEYRING)
        set(command sh ${CMAKE_SOURCE_DIR}/tests/with-keyring.sh $<TARGET_FILE:${name}>)
        list(APPEND ARG_LABELS keyring)
    endif()
    if(ARG_GUI)
        list(APPEND ARG_LABELS gui)
    endif()
    add_test(NAME ${name} COMMAND ${command})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=en_US.UTF-8;LC_ALL=C.UTF-8;QT_LOGGING_RULES=sfsync.*.debug=false")
endfunction()
