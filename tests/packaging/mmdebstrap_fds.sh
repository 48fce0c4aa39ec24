#!/usr/bin/env bash
# swarmlab_mmdebstrap (packaging/debian-rootfs.sh) with descriptors 3-12 inherited from the
# caller, as a QProcess parent passes its sockets on: Debian's docker-registry is unpacked
# (--variant=extract, the lab registry image's step in build-images.sh). Without closing them,
# mmdebstrap's apt pipe lands above 9 and apt fails under dash: "Sub-process cat >&17 returned
# an error code (2)" (docs/images.md). Skips (77) without mmdebstrap, apt sources or the
# archive; the downloaded .debs are kept in $SWARMLAB_PACKAGE_CACHE as for the other callers.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
command -v mmdebstrap >/dev/null || { echo "SKIP: mmdebstrap is not installed"; exit 77; }
# shellcheck source=../../packaging/debian-rootfs.sh
. "$root/packaging/debian-rootfs.sh"
swarmlab_debian_sources >/dev/null || { echo "SKIP: no Debian apt sources on this machine"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for fd in 3 4 5 6 7 8 9 10 11 12; do eval "exec $fd</dev/null"; done
swarmlab_mmdebstrap extract amd64 docker-registry "$tmp/root" >"$tmp/log" 2>&1
rc=$?
if [ $rc -ne 0 ] && grep -qE "Temporary failure resolving|Could not connect|Failed to fetch" "$tmp/log"; then
  echo "SKIP: the Debian archive cannot be reached:"; tail -3 "$tmp/log"; exit 77
fi
[ $rc -eq 0 ] || { echo "FAIL: swarmlab_mmdebstrap exited with $rc:"; tail -5 "$tmp/log"; exit 1; }
[ -x "$tmp/root/usr/bin/docker-registry" ] ||
  { echo "FAIL: no usr/bin/docker-registry in the extracted tree"; exit 1; }
# the caller's descriptors are its own still
for fd in 3 12; do [ -e "/proc/$$/fd/$fd" ] || { echo "FAIL: descriptor $fd of the caller was closed"; exit 1; }; done
echo "OK: docker-registry extracted with descriptors 3-12 open in the caller"
