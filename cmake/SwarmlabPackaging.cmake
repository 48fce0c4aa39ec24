# Debian packages (CPack, DEB generator): docs/packaging.md. Two install components:
#   console -> swarmlab         (amd64): swarmlab, swarmlab-cli, desktop entry, icon, metainfo,
#                                man pages, /usr/share/swarmlab (labs, timelines, schemas, the
#                                lab registry's script docker/lab-registry.sh)
#   agents  -> swarmlab-agents  (amd64, arm64): publisher, subscriber, display-test, displayd with
#                                its systemd unit, sysusers.d, tmpfiles.d and udev rule, pin maps
# A cross build (packaging/toolchains/aarch64-linux-gnu.cmake) packages the agents only.
#   cpack --config build/CPackConfig.cmake -B build/debs     (packaging/build-debs.sh does all)
include(GNUInstallDirs)

set(SWARMLAB_PACKAGE_ARCH "" CACHE STRING
    "Debian architecture of the packages (default: dpkg's, arm64 for the aarch64 cross build)")
# Cross build: the man pages made by a host build's packaging (<host build>/man); they cannot
# be made from programs that do not run here.
set(SWARMLAB_HOST_MAN_DIR "" CACHE PATH "Man pages of a host build (<build>/man) for a cross build")

# --- agents -------------------------------------------------------------------------------------
install(TARGETS swarmlab-publisher swarmlab-subscriber swarmlab-displayd swarmlab-display-test
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT agents)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/pinmaps
  DESTINATION ${CMAKE_INSTALL_DATADIR}/swarmlab COMPONENT agents)
# Relative to the prefix (/usr in the packages): systemd and udev search <prefix>/lib for
# /usr and /usr/local alike, and nothing is written outside the prefix by `cmake --install`.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/systemd/swarmlab-displayd.service
  DESTINATION lib/systemd/system COMPONENT agents)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/systemd/swarmlab-displayd.sysusers
  DESTINATION lib/sysusers.d RENAME swarmlab-displayd.conf
  COMPONENT agents)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/systemd/swarmlab-displayd.tmpfiles
  DESTINATION lib/tmpfiles.d RENAME swarmlab-displayd.conf
  COMPONENT agents)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/udev/60-swarmlab-gpio.rules
  DESTINATION lib/udev/rules.d COMPONENT agents)

# --- console ------------------------------------------------------------------------------------
if(SWARMLAB_BUILD_APP)
  install(TARGETS swarmlab-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT console)
  # Where resourcesDir() finds them from /usr/bin: <bindir>/../share/swarmlab.
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/labs ${PROJECT_SOURCE_DIR}/resources/experiments
    ${PROJECT_SOURCE_DIR}/resources/schema
    DESTINATION ${CMAKE_INSTALL_DATADIR}/swarmlab COMPONENT console)
  # The lab registry's script, run by `swarmlab-cli images ...` (found as <share>/swarmlab/docker/,
  # docs/images.md). build-images.sh is not shipped: it builds from the source tree.
  install(PROGRAMS ${PROJECT_SOURCE_DIR}/packaging/docker/lab-registry.sh
    DESTINATION ${CMAKE_INSTALL_DATADIR}/swarmlab/docker COMPONENT console)
endif()
if(SWARMLAB_BUILD_GUI)
  # The translations are compiled into the program (:/i18n/), nothing to install for them.
  install(TARGETS swarmlab RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT console)
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/swarmlab.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT console)
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/icons/swarmlab.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT console)
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.github.swarmlab.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT console)
endif()

# --- man pages, made from the --help texts by help2man when installing (so when packaging) ------
# Each is also kept in <build>/man, where a cross build takes them from (SWARMLAB_HOST_MAN_DIR).
find_program(SWARMLAB_HELP2MAN help2man)
function(swarmlab_install_man target component summary)
  set(page ${target}.1.gz)
  if(CMAKE_CROSSCOMPILING)
    if(SWARMLAB_HOST_MAN_DIR)
      install(FILES ${SWARMLAB_HOST_MAN_DIR}/${page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
        COMPONENT ${component})
    endif()
    return()
  endif()
  if(NOT SWARMLAB_HELP2MAN)
    return()
  endif()
  install(CODE "
    set(HELP2MAN \"${SWARMLAB_HELP2MAN}\")
    set(PROGRAM \"$<TARGET_FILE:${target}>\")
    set(SUMMARY \"${summary}\")
    set(VERSION \"${PROJECT_VERSION}\")
    set(OUT \"${CMAKE_BINARY_DIR}/man/${page}\")
    set(DEST \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_MANDIR}/man1\")
    include(\"${PROJECT_SOURCE_DIR}/cmake/SwarmlabManPage.cmake\")" COMPONENT ${component})
endfunction()

if(CMAKE_CROSSCOMPILING AND NOT SWARMLAB_HOST_MAN_DIR)
  message(STATUS "packaging: no man pages in the cross-built packages (SWARMLAB_HOST_MAN_DIR "
                 "unset; packaging/build-debs.sh sets it)")
elseif(NOT CMAKE_CROSSCOMPILING AND NOT SWARMLAB_HELP2MAN)
  message(STATUS "packaging: help2man not found, the packages will have no man pages "
                 "(bash packaging/install-deps.sh)")
endif()
swarmlab_install_man(swarmlab-publisher agents "publish the lab time to Redis")
swarmlab_install_man(swarmlab-subscriber agents "show the lab time on 7-segment displays")
swarmlab_install_man(swarmlab-displayd agents "7-segment display daemon for Swarm subscribers")
swarmlab_install_man(swarmlab-display-test agents "light each segment in turn: wiring check")
if(SWARMLAB_BUILD_APP)
  swarmlab_install_man(swarmlab-cli console "the swarmlab lab, headless")
endif()
if(SWARMLAB_BUILD_GUI)
  swarmlab_install_man(swarmlab console "orchestration lab console for IIoT microservices")
endif()

# --- CPack --------------------------------------------------------------------------------------
if(NOT SWARMLAB_PACKAGE_ARCH)
  if(CMAKE_CROSSCOMPILING AND CMAKE_SYSTEM_PROCESSOR STREQUAL "aarch64")
    set(SWARMLAB_PACKAGE_ARCH arm64)
  else()
    execute_process(COMMAND dpkg --print-architecture OUTPUT_VARIABLE SWARMLAB_PACKAGE_ARCH
      OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  endif()
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME swarmlab)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each package's synopsis is the first line of its CPACK_DEBIAN_<COMPONENT>_DESCRIPTION; a
# package-wide summary would be put before it.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGE_CONTACT "swarmlab maintainers <maintainers@users.noreply.r-seed-973eea68.example>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE ${SWARMLAB_PACKAGE_ARCH})
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
if(CMAKE_CROSSCOMPILING)
  set(CPACK_COMPONENTS_ALL agents)
else()
  set(CPACK_COMPONENTS_ALL console agents)
endif()

# The first line is the synopsis; CPack indents the rest as Debian's extended description.
set(CPACK_DEBIAN_AGENTS_DESCRIPTION
  "swarmlab device agents and the display daemon
The agents of the swarmlab IIoT orchestration lab, for the PC and the Raspberry Pis:
swarmlab-publisher publishes the lab time to Redis, swarmlab-subscriber shows it on two
SH5461AS 7-segment displays (GPIO, through swarmlab-displayd, or simulated) and measures its
lag, swarmlab-displayd owns the displays' GPIO lines as a systemd service and takes frames
from subscriber containers over /run/swarmlab/display.sock, swarmlab-display-test checks the
wiring.")
set(CPACK_DEBIAN_AGENTS_PACKAGE_NAME swarmlab-agents)
set(CPACK_DEBIAN_AGENTS_PACKAGE_SECTION net)
# The REST transport of the publisher loads libcurl at run time (dlopen).
set(CPACK_DEBIAN_AGENTS_PACKAGE_SUGGESTS "libcurl4, redis-server")
set(CPACK_DEBIAN_AGENTS_PACKAGE_CONTROL_EXTRA
  ${PROJECT_SOURCE_DIR}/packaging/debian/swarmlab-agents/postinst
  ${PROJECT_SOURCE_DIR}/packaging/debian/swarmlab-agents/prerm)
set(CPACK_DEBIAN_AGENTS_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_CONSOLE_DESCRIPTION
  "lab console for orchestrating containerized IIoT microservices
swarmlab draws a PC, gateways and Raspberry Pis as a three-layer IIoT testbed, deploys and
migrates services by drag and drop on Docker Swarm, plots live how fast data is published
and how late each display is, and records every experiment for replay and CSV export. With
no Docker and no Pi it runs the whole lab on one machine (local processes, its own
redis-server). swarmlab-cli runs the same lab headless.")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME swarmlab)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION science)
# The embedded lab starts redis-server and the agents from the same directory as the console;
# Qt's platform plugins (xcb, wayland, offscreen) and SVG plugins (the icons) are loaded at run
# time, not library dependencies.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS
  "swarmlab-agents (= ${PROJECT_VERSION}-1), redis-server, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# lab-registry.sh (swarmlab-cli images) talks to the engine and the registry with curl, makes
# the lab CA with openssl and reads the engine's JSON with python3.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SUGGESTS "docker.io, webdis, curl, openssl, python3")
# dpkg-shlibdeps reads the programs with <triplet>-objdump and looks for their libraries in the
# multiarch directories of DEB_HOST_ARCH (the :arm64 packages); cpack sets it from here.
if(CMAKE_CROSSCOMPILING)
  set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_BINARY_DIR}/CPackCrossArch.cmake)
  file(WRITE ${CPACK_PROJECT_CONFIG_FILE}
    "set(ENV{DEB_HOST_ARCH} \"${SWARMLAB_PACKAGE_ARCH}\")\n"
    "set(ENV{OBJDUMP} \"${CMAKE_OBJDUMP}\")\n")
endif()
include(CPack)
