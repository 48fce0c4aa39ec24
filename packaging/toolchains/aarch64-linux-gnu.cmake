# Cross-compiling the agents for the Raspberry Pis (64-bit Raspberry Pi OS / Debian arm64) on a
# Debian 12 amd64 host with g++-aarch64-linux-gnu and the Debian multiarch arm64 -dev packages
# (libhiredis-dev:arm64, libgpiod-dev:arm64, libcurl4-openssl-dev:arm64; packaging/install-deps.sh).
#   cmake -S . -B build-arm64 -DCMAKE_TOOLCHAIN_FILE=packaging/toolchains/aarch64-linux-gnu.cmake
#   cmake --preset arm64 && cmake --build --preset arm64
# The console and the tests are left out (CMAKE_CROSSCOMPILING).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)

set(_triple aarch64-linux-gnu)
find_program(_cross_cxx ${_triple}-g++)
find_program(_cross_cc ${_triple}-gcc)
if(NOT _cross_cxx)
  message(FATAL_ERROR "aarch64 toolchain: ${_triple}-g++ not found; install g++-aarch64-linux-gnu "
                      "(bash packaging/install-deps.sh)")
endif()
set(CMAKE_CXX_COMPILER ${_cross_cxx})
if(_cross_cc)
  set(CMAKE_C_COMPILER ${_cross_cc})
endif()

# Debian multiarch: arm64 libraries live in /usr/lib/aarch64-linux-gnu beside the host's,
# headers are shared in /usr/include (arch-specific ones in /usr/include/aarch64-linux-gnu),
# and the cross libc is in /usr/aarch64-linux-gnu. No sysroot: search "/" but only the
# aarch64 library directories.
set(CMAKE_LIBRARY_ARCHITECTURE ${_triple})
set(CMAKE_FIND_ROOT_PATH /usr/${_triple} /)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)   # build tools run on the host
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# Host libraries must never be picked up by find_library.
list(APPEND CMAKE_IGNORE_PATH /usr/lib/x86_64-linux-gnu /lib/x86_64-linux-gnu)

# pkg-config: only the arm64 .pc files (and the arch-independent ones), never the host's.
set(ENV{PKG_CONFIG_LIBDIR} "/usr/lib/${_triple}/pkgconfig:/usr/share/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
find_program(_cross_pkg_config ${_triple}-pkg-config)
if(_cross_pkg_config)
  set(PKG_CONFIG_EXECUTABLE ${_cross_pkg_config} CACHE FILEPATH "pkg-config for ${_triple}")
endif()

