#!/usr/bin/env bash
# Installs every Debian 12 package swarmlab needs to build, run and test.
# Idempotent and non-interactive; returns quickly when everything is present.
#   packaging/install-deps.sh          build + run + test dependencies
#   SWARMLAB_NO_CROSS=1 ...            skip the arm64 cross toolchain and libraries
set -euo pipefail

PACKAGES=(
  # build
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  qt6-svg-dev libqt6svg6 libgl-dev libqt6opengl6-dev libxkbcommon-dev libvulkan-dev
  libhiredis-dev libcurl4-openssl-dev nlohmann-json3-dev libgpiod-dev libcli11-dev
  # run
  redis-server redis-sentinel redis-tools webdis
  # test, benchmark, fuzz
  python3 python3-redis xvfb xauth clang clang-format libclang-rt-14-dev procps curl ca-certificates
  openssl socat
  # the tsan preset: gcc 12's ThreadSanitizer runtime (clang 14's dies in QProcess's clone)
  libtsan2
  # packages (docs/packaging.md): man pages, the test's clean Debian 12 root, metainfo check
  help2man mmdebstrap appstream file
)
CROSS_PACKAGES=(g++-aarch64-linux-gnu qemu-user-static libhiredis-dev:arm64 libgpiod-dev:arm64 libcurl4-openssl-dev:arm64)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
want=("${PACKAGES[@]}")
if [ -z "${SWARMLAB_NO_CROSS:-}" ]; then
  if ! dpkg --print-foreign-architectures | grep -qx arm64; then
    $SUDO dpkg --add-architecture arm64
    NEED_UPDATE=1
  fi
  want+=("${CROSS_PACKAGES[@]}")
fi
for p in "${want[@]}"; do
  # dpkg-query understands pkg:arch; a package without arch means the native one
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#want[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian's redis-server package starts a system service on :6379; swarmlab starts
# its own instances on free ports and never relies on that one.
echo "install-deps: done"
