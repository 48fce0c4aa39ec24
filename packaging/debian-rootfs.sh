# Sourced, not run: the one way swarmlab makes Debian 12 file systems with mmdebstrap, from the
# archive apt uses on this machine, with the downloaded .debs kept for the next time. Used by
# tests/packaging/install_debian12.sh (a clean root to install our packages in) and by
# packaging/docker/build-images.sh (Debian's arm64 redis-server and the docker-registry
# program, extracted without running anything, so no emulation is needed for arm64).

# The apt sources of this machine (deb822 or one-line), or nothing when there are none.
swarmlab_debian_sources() {
  local s
  for s in /etc/apt/sources.list.d/debian.sources /etc/apt/sources.list; do
    [ -f "$s" ] && { echo "$s"; return 0; }
  done
  return 1
}

# swarmlab_mmdebstrap VARIANT ARCH INCLUDE OUTPUT [more mmdebstrap options...]
# VARIANT: essential (a root that runs), extract (the packages and their dependencies unpacked,
# nothing configured: works for a foreign ARCH without qemu). The .debs are kept in
# $SWARMLAB_PACKAGE_CACHE (default /var/cache/swarmlab-test/debs).
swarmlab_mmdebstrap() {
  local variant=$1 arch=$2 include=$3 out=$4 sources cache
  shift 4
  sources=$(swarmlab_debian_sources) || { echo "no Debian sources in /etc/apt" >&2; return 1; }
  cache=${SWARMLAB_PACKAGE_CACHE:-/var/cache/swarmlab-test/debs}
  mkdir -p "$cache"
  # in a subshell: the descriptors closed there stay open for the caller
  (swarmlab_close_inherited_fds
   exec mmdebstrap --quiet --variant="$variant" --arch="$arch" --include="$include" \
    --aptopt='Acquire::Retries "3"' \
    --setup-hook='mkdir -p "$1"/var/cache/apt/archives/' \
    --setup-hook="sync-in $cache /var/cache/apt/archives/" \
    --customize-hook="sync-out /var/cache/apt/archives $cache" \
    "$@" bookworm "$out" "$sources")
}

# mmdebstrap gives apt a pipe as `-oDpkg::Pre-Install-Pkgs::=cat >&FD`, which apt runs with
# /bin/sh. Debian's /bin/sh is dash, and dash cannot redirect a descriptor above 9 ("Bad fd
# number", exit 2). The pipe takes the lowest free descriptor: here three descriptors inherited
# from the caller put it at 11, and apt fails with "Sub-process cat >&11 returned an error code
# (2)". A QProcess parent passes on its sockets
# (Qt 6.4 closes nothing), which is how `swarmlab-cli images start` and swarm.registry failed.
# So mmdebstrap gets stdin, stdout and stderr only. (255: bash's own script descriptor.)
swarmlab_close_inherited_fds() {
  local fd
  for fd in $(ls /proc/$BASHPID/fd); do
    [ "$fd" -gt 2 ] && [ "$fd" -ne 255 ] && eval "exec $fd>&-" 2>/dev/null
  done
  return 0
}
