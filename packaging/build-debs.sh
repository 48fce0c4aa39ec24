#!/usr/bin/env bash
# Builds the three Debian packages into build/debs/ (docs/packaging.md):
#   swarmlab_<v>-1_amd64.deb          the console and swarmlab-cli (host build, build/)
#   swarmlab-agents_<v>-1_amd64.deb   the agents for the PC (host build, build/)
#   swarmlab-agents_<v>-1_arm64.deb   the agents for the Raspberry Pis (cross build, build-arm64/)
# Usage: bash packaging/build-debs.sh [--no-arm64]      (SWARMLAB_JOBS=N: build jobs, default nproc)
# The builds are incremental (cmake presets default and arm64); the man pages are made from the
# host build's programs and reused for the arm64 package (arm64 programs do not run here).
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
arm64=1
[ "${1:-}" = "--no-arm64" ] && arm64=0
out=$src/build/debs
jobs=${SWARMLAB_JOBS:-$(nproc)}

cmake --preset default >/dev/null
cmake --build --preset default -j "$jobs" --target swarmlab swarmlab-cli swarmlab-publisher \
  swarmlab-subscriber swarmlab-displayd swarmlab-display-test
mkdir -p "$out"
rm -f "$out"/*.deb
cpack --config build/CPackConfig.cmake -B "$out" >"$out/cpack-amd64.log" 2>&1 ||
  { cat "$out/cpack-amd64.log"; echo "build-debs: cpack (amd64) failed"; exit 1; }

if [ "$arm64" = 1 ]; then
  cmake --preset arm64 -DSWARMLAB_HOST_MAN_DIR="$src/build/man" >/dev/null
  cmake --build --preset arm64 -j "$jobs" --target swarmlab-publisher swarmlab-subscriber \
    swarmlab-displayd swarmlab-display-test
  cpack --config build-arm64/CPackConfig.cmake -B "$out" >"$out/cpack-arm64.log" 2>&1 ||
    { cat "$out/cpack-arm64.log"; echo "build-debs: cpack (arm64) failed"; exit 1; }
fi
rm -rf "$out/_CPack_Packages"
for d in "$out"/*.deb; do
  printf 'build-debs: %s (%s KiB)\n' "${d#"$src"/}" "$(($(stat -c %s "$d") / 1024))"
done
