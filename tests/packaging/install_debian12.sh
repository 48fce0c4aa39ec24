#!/usr/bin/env bash
# The amd64 packages in a clean Debian 12 container (docs/packaging.md): packs swarmlab and
# swarmlab-agents from the build tree with cpack, makes (once, cached by tag) a Debian 12 image
# with only the packages' dependencies from the archive apt uses here (mmdebstrap, docker
# import: no image is pulled), installs the .debs there with dpkg -i (no network in the
# container) and runs them from /usr/bin: the console offscreen on its embedded lab (agents and
# redis-server started from the installed files, a PNG written), swarmlab-cli on the installed
# lab file, every agent's --help. Then removes them.
# Usage: install_debian12.sh BUILD_DIR
set -euo pipefail
build=${1:?build dir}
lock=/tmp/swarmlab-docker.lock
t0=$(date +%s)
say() { echo "package: $* ($(($(date +%s) - t0)) s)"; }
skip() { echo "package: skipped: $*"; exit 77; }

command -v docker >/dev/null || skip "no docker CLI"
# Other sessions' Docker tests hold the lock for minutes: the wait is shown apart.
flock "$lock" docker info >/dev/null 2>&1 || skip "the Docker Engine does not answer"
say "Docker Engine answers (waited for $lock)"
for t in cpack mmdebstrap dpkg-deb; do
  command -v "$t" >/dev/null || skip "$t not installed (bash packaging/install-deps.sh)"
done
[ -x "$build/bin/swarmlab" ] || skip "$build/bin/swarmlab not built (SWARMLAB_BUILD_GUI off?)"

work=$(mktemp -d "${TMPDIR:-/tmp}/swarmlab-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
cpack --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 ||
  { tail -30 "$work/cpack.log"; echo "package: FAIL cpack"; exit 1; }
mkdir "$work/debs"
mv "$work"/*.deb "$work/debs/"
status=0
for d in "$work"/debs/*.deb; do
  say "$(basename "$d"): $(($(stat -c %s "$d") / 1024)) KiB, Depends: $(dpkg-deb -f "$d" Depends)"
  [ "$(dpkg-deb -f "$d" Architecture)" = amd64 ] ||
    { echo "package: FAIL $d is not amd64"; status=1; }
done
# The AppStream metadata as shipped (appstreamcli is in install-deps.sh; without it, said).
if command -v appstreamcli >/dev/null; then
  meta=$work/io.github.swarmlab.metainfo.xml
  dpkg-deb --fsys-tarfile "$work"/debs/swarmlab_*_amd64.deb |
    tar -xO "./usr/share/metainfo/${meta##*/}" >"$meta"
  if out=$(appstreamcli validate --no-net --pedantic "$meta" 2>&1); then
    say "metainfo: appstreamcli validate: ok"
  else
    printf '%s\n' "$out"; echo "package: FAIL appstreamcli validate"; status=1
  fi
else
  say "metainfo: not validated (no appstreamcli)"
fi
[ -f "$work"/debs/swarmlab_*_amd64.deb ] && [ -f "$work"/debs/swarmlab-agents_*_amd64.deb ] ||
  { ls "$work/debs"; echo "package: FAIL cpack did not make swarmlab and swarmlab-agents"; exit 1; }

# The dependencies, first of each alternative, without versions; our own packages excluded.
deps=$(for d in "$work"/debs/*.deb; do dpkg-deb -f "$d" Depends | tr ',' '\n'; done |
  sed 's/|.*//; s/(.*)//; s/[[:space:]]//g' | grep -v '^swarmlab' | sort -u | paste -sd, -)
# shellcheck source=../../packaging/debian-rootfs.sh
. "$(dirname "$0")/../../packaging/debian-rootfs.sh"
sources=$(swarmlab_debian_sources) || skip "no Debian sources in /etc/apt to build the image from"
cache=${SWARMLAB_PACKAGE_CACHE:-/var/cache/swarmlab-test/debs}
tag=swarmlab-test-debian12:$(printf '%s\n' "$deps" | cat - "$sources" | sha256sum | cut -c1-12)
if ! flock "$lock" docker image inspect "$tag" >/dev/null 2>&1; then
  say "building $tag with mmdebstrap (dependencies: $deps)"
  # The downloaded .debs are kept in $cache for the next image (the archive is slow to reach);
  # eatmydata: dpkg without fsync (the image is made once and thrown away on failure).
  swarmlab_mmdebstrap essential amd64 "$deps" "$work/rootfs.tar" \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
    --hook-dir=/usr/share/mmdebstrap/hooks/eatmydata --skip=essential/unlink \
    >"$work/mmdebstrap.log" 2>&1 ||
    { tail -30 "$work/mmdebstrap.log"; echo "package: FAIL mmdebstrap"; exit 1; }
  flock "$lock" docker import "$work/rootfs.tar" "$tag" >/dev/null
  rm -f "$work/rootfs.tar"
  # Images for older dependency lists are not used again (400 MB each).
  for old in $(flock "$lock" docker image ls "${tag%%:*}" --format '{{.Repository}}:{{.Tag}}'); do
    [ "$old" = "$tag" ] || flock "$lock" docker rmi "$old" >/dev/null || true
  done
fi
say "image $tag ready"

# Inside: install, run, remove. No network: everything it needs was installed or is in /debs.
cat >"$work/inside.sh" <<'INSIDE'
set -eu
export LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp/xdg
mkdir -m 0700 -p "$XDG_RUNTIME_DIR"
dpkg -i /debs/*.deb >/tmp/dpkg.log 2>&1 ||
  { cat /tmp/dpkg.log; echo "package: FAIL dpkg -i"; exit 1; }
fail=0
check() { # check WHAT COMMAND...: runs it, prints its first line
  if out=$("${@:2}" 2>&1); then echo "package: ok: $1: $(printf '%s\n' "$out" | head -1)"
  else echo "package: FAIL $1 (exit $?): $(printf '%s\n' "$out" | tail -5)"; fail=1; fi
}
check "swarmlab --version" env QT_QPA_PLATFORM=offscreen /usr/bin/swarmlab --version
check "swarmlab-cli --help" /usr/bin/swarmlab-cli --help
check "swarmlab-cli validate (installed lab and timeline)" /usr/bin/swarmlab-cli validate \
  paper-2017 /usr/share/swarmlab/labs/paper-2017.json
for a in swarmlab-publisher swarmlab-subscriber swarmlab-displayd swarmlab-display-test; do
  check "$a --help" "/usr/bin/$a" --help
done
# The lab registry's script (docs/images.md), and swarmlab-cli images finding it: with no
# registry started here, the script itself answers that none is.
reg=/usr/share/swarmlab/docker/lab-registry.sh
[ -x "$reg" ] || { echo "package: FAIL $reg missing or not executable"; fail=1; }
check "lab-registry.sh --help" "$reg" --help
if out=$(/usr/bin/swarmlab-cli images address 2>&1); then
  echo "package: FAIL swarmlab-cli images address: exit 0 with no registry: $out"; fail=1
elif printf '%s\n' "$out" | grep -q '^lab-registry.sh: no lab registry started here'; then
  echo "package: ok: swarmlab-cli images address runs $reg: $out"
else
  echo "package: FAIL swarmlab-cli images address: $out"; fail=1
fi
for f in /usr/share/applications/swarmlab.desktop \
    /usr/share/icons/hicolor/scalable/apps/swarmlab.svg \
    /usr/share/metainfo/io.github.swarmlab.metainfo.xml /usr/share/swarmlab/labs/paper-2017.json \
    /usr/share/swarmlab/pinmaps/pi-default.json /usr/lib/systemd/system/swarmlab-displayd.service \
    /usr/lib/sysusers.d/swarmlab-displayd.conf /usr/lib/tmpfiles.d/swarmlab-displayd.conf \
    /usr/lib/udev/rules.d/60-swarmlab-gpio.rules; do
  [ -s "$f" ] || { echo "package: FAIL $f missing"; fail=1; }
done
for m in swarmlab swarmlab-cli swarmlab-publisher swarmlab-subscriber swarmlab-displayd; do
  zcat "/usr/share/man/man1/$m.1.gz" 2>/dev/null | grep -q '^\.TH' ||
    { echo "package: FAIL no man page for $m"; fail=1; }
done
# The console from /usr/bin, offscreen, on its embedded lab: redis-server and the agents it
# starts are the installed ones, the lab file is /usr/share/swarmlab's.
cd /tmp
if timeout 120 /usr/bin/swarmlab --screenshot /tmp/shot.png --screenshot-seconds 3 \
    >/tmp/gui.log 2>&1 &&
    [ -s /tmp/shot.png ] && grep -q 'lab redis-server ready' /tmp/gui.log &&
    grep -q '"/usr/bin/swarmlab-publisher"' /tmp/gui.log &&
    grep -q '"/usr/bin/swarmlab-subscriber"' /tmp/gui.log; then
  echo "package: ok: swarmlab --screenshot: redis-server and /usr/bin's agents started," \
    "$(wc -c </tmp/shot.png) bytes PNG"
else
  tail -20 /tmp/gui.log; echo "package: FAIL swarmlab --screenshot"; fail=1
fi
dpkg -r swarmlab swarmlab-agents >/tmp/dpkg-r.log 2>&1 ||
  { cat /tmp/dpkg-r.log; echo "package: FAIL dpkg -r"; fail=1; }
exit $fail
INSIDE
say "installing and running in a container"
flock "$lock" docker run --rm --network none -v "$work/debs:/debs:ro" \
  -v "$work/inside.sh:/inside.sh:ro" "$tag" bash /inside.sh || status=1
say "done"
[ $status -eq 0 ] && echo "package: OK"
exit $status
