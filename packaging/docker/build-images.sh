#!/usr/bin/env bash
# Builds the agent images swarmlab/publisher, swarmlab/subscriber, the gateway's swarmlab/redis
# and the lab registry's swarmlab/registry from what is on this machine, without any registry
# (docs/images.md): for each program a root
# file system holding only the binary, the shared libraries it needs (found with readelf,
# recursively), its dynamic loader and a passwd/group file for a non-root user; then
# `FROM scratch` + `COPY rootfs /`, sent as a tar context to the Engine's POST /build.
#
# usage: packaging/docker/build-images.sh [--arch amd64|arm64|all] [--bin-dir DIR]
#            [--arm64-build-dir DIR] [--tag TAG] [--only publisher,subscriber,redis,registry]
#   --bin-dir          amd64 agents (default: build/bin, or $SWARMLAB_BIN_DIR)
#   --arm64-build-dir  cross build of the agents (default build/arm64; configured and built with
#                      packaging/toolchains/aarch64-linux-gnu.cmake when the binaries are missing)
#   --only             default publisher,subscriber,redis; registry (amd64 only) on request
#   amd64 images are tagged TAG (default latest), arm64 ones TAG-arm64.
# redis for amd64 is this machine's redis-server (also redis-sentinel: `redis-server --sentinel`), with
# swarmlab-redis-launch, the sentinels' entry point on Swarm; redis for arm64 and the registry are Debian's
# packages (redis-server:arm64, docker-registry) unpacked with mmdebstrap --variant=extract
# (packaging/debian-rootfs.sh; nothing runs, so no qemu) into $SWARMLAB_IMAGE_CACHE (default
# /var/cache/swarmlab-images), once per package list and apt sources.
# The Engine is reached through DOCKER_HOST (unix:// or tcp://), default /var/run/docker.sock.
# Every image is labelled swarmlab.image=<name>; the size of each is printed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
arch=amd64
bin_dir=${SWARMLAB_BIN_DIR:-$root/build/bin}
arm_dir=$root/build/arm64
tag=latest
only=publisher,subscriber,redis
while [ $# -gt 0 ]; do
  case "$1" in
    --arch) arch=$2; shift 2 ;;
    --bin-dir) bin_dir=$2; shift 2 ;;
    --arm64-build-dir) arm_dir=$2; shift 2 ;;
    --tag) tag=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "build-images.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$arch" in amd64|arm64|all) ;; *) echo "build-images.sh: --arch $arch: expected amd64, arm64 or all" >&2; exit 2 ;; esac

# --- talking to the Engine (curl, no docker CLI) ---------------------------------------------
host=${DOCKER_HOST:-unix:///var/run/docker.sock}
curl_engine() {  # curl_engine METHOD PATH [curl args...]
  local method=$1 path=$2; shift 2
  case "$host" in
    unix://*) curl -sS --unix-socket "${host#unix://}" -X "$method" "http://localhost/v1.41$path" "$@" ;;
    tcp://*)
      if [ -n "${DOCKER_TLS_VERIFY:-}" ]; then
        local c=${DOCKER_CERT_PATH:-$HOME/.docker}
        curl -sS --cert "$c/cert.pem" --key "$c/key.pem" --cacert "$c/ca.pem" -X "$method" "https://${host#tcp://}/v1.41$path" "$@"
      else
        curl -sS -X "$method" "http://${host#tcp://}/v1.41$path" "$@"
      fi ;;
    *) echo "build-images.sh: DOCKER_HOST $host: expected unix:// or tcp://" >&2; return 2 ;;
  esac
}
curl_engine GET /_ping -o /dev/null -f || { echo "build-images.sh: no Docker Engine at $host" >&2; exit 1; }

# --- root file systems ------------------------------------------------------------------------
# Where NEEDED libraries are looked up: this machine (sysroot empty) or a tree unpacked from
# Debian's packages (debian_root) while an image of its programs is made.
sysroot=""
lib_dirs() {  # search path for NEEDED libraries of one architecture
  if [ -n "$sysroot" ]; then
    case "$1" in
      amd64) echo "$sysroot/lib/x86_64-linux-gnu $sysroot/usr/lib/x86_64-linux-gnu" ;;
      arm64) echo "$sysroot/lib/aarch64-linux-gnu $sysroot/usr/lib/aarch64-linux-gnu" ;;
    esac
    return
  fi
  case "$1" in
    amd64) echo /lib/x86_64-linux-gnu /usr/lib/x86_64-linux-gnu /lib64 ;;
    arm64) echo /usr/lib/aarch64-linux-gnu /lib/aarch64-linux-gnu /usr/aarch64-linux-gnu/lib ;;
  esac
}

# debian_root ARCH PACKAGES: a directory holding Debian's PACKAGES for ARCH and their
# dependencies, unpacked (not configured), made once per package list and apt sources.
# shellcheck source=../debian-rootfs.sh
. "$root/packaging/debian-rootfs.sh"
debian_root() {
  local a=$1 pkgs=$2 sources key dir
  command -v mmdebstrap >/dev/null || { echo "build-images.sh: mmdebstrap not installed (packaging/install-deps.sh); needed for $pkgs ($a)" >&2; exit 1; }
  sources=$(swarmlab_debian_sources) || { echo "build-images.sh: no Debian apt sources on this machine; needed for $pkgs ($a)" >&2; exit 1; }
  key=$(printf '%s %s\n' "$a" "$pkgs" | cat - "$sources" | sha256sum | cut -c1-12)
  dir=${SWARMLAB_IMAGE_CACHE:-/var/cache/swarmlab-images}/$a-$key
  if [ ! -d "$dir/usr" ]; then
    echo "build-images.sh: unpacking Debian's $pkgs for $a into $dir (mmdebstrap --variant=extract)" >&2
    rm -rf "$dir.tmp" && mkdir -p "$(dirname "$dir")"
    swarmlab_mmdebstrap extract "$a" "$pkgs" "$dir.tmp" >"$dir.log" 2>&1 ||
      { tail -15 "$dir.log" >&2; echo "build-images.sh: mmdebstrap for $pkgs ($a) failed (log $dir.log)" >&2; exit 1; }
    mv "$dir.tmp" "$dir"
  fi
  echo "$dir"
}
readelf_for() { if [ "$1" = arm64 ] && command -v aarch64-linux-gnu-readelf >/dev/null; then echo aarch64-linux-gnu-readelf; else echo readelf; fi; }

add_file() {  # add_file ROOTFS SOURCE DEST: copy, following symlinks
  mkdir -p "$1/$(dirname "$3")"
  cp -L "$2" "$1/$3"
}

add_libs() {  # add_libs ARCH ROOTFS BINARY: NEEDED libraries, recursively, and the loader
  local a=$1 rootfs=$2 bin=$3 re; re=$(readelf_for "$a")
  local interp; interp=$($re -l "$bin" | sed -n 's/.*Requesting program interpreter: \(.*\)]/\1/p')
  if [ -n "$interp" ]; then
    local src=$interp
    [ -z "$sysroot" ] && [ -e "$src" ] || src=$(for d in $(lib_dirs "$a"); do [ -e "$d/$(basename "$interp")" ] && echo "$d/$(basename "$interp")" && break; done)
    [ -n "$src" ] || { echo "build-images.sh: loader $interp for $bin not found" >&2; exit 1; }
    add_file "$rootfs" "$src" "$interp"
  fi
  local queue=("$bin") seen=" "
  while [ ${#queue[@]} -gt 0 ]; do
    local f=${queue[0]}; queue=("${queue[@]:1}")
    for lib in $($re -d "$f" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
      case "$seen" in *" $lib "*) continue ;; esac
      seen="$seen$lib "
      local found=""
      for d in $(lib_dirs "$a"); do [ -e "$d/$lib" ] && found="$d/$lib" && break; done
      [ -n "$found" ] || { echo "build-images.sh: $lib (needed by $f) not found for $a in $(lib_dirs "$a")" >&2; exit 1; }
      local triplet; triplet=$([ "$a" = amd64 ] && echo x86_64-linux-gnu || echo aarch64-linux-gnu)
      add_file "$rootfs" "$found" "/lib/$triplet/$lib"
      queue+=("$found")
    done
  done
}

build_image() {  # build_image NAME ARCH BINARY TAG ENTRY_ARGS_JSON
  local name=$1 a=$2 bin=$3 t=$4 cmd_json=$5
  local ctx; ctx=$(mktemp -d)
  local rootfs=$ctx/rootfs
  mkdir -p "$rootfs/etc" "$rootfs/tmp" "$rootfs/data"
  chmod 1777 "$rootfs/tmp"
  add_file "$rootfs" "$bin" "/usr/bin/$(basename "$bin")"
  # Debug info stays in the build tree; the image gets the stripped program.
  local strip=strip; [ "$a" = arm64 ] && strip=aarch64-linux-gnu-strip
  command -v $strip >/dev/null && $strip --strip-debug "$rootfs/usr/bin/$(basename "$bin")"
  add_libs "$a" "$rootfs" "$bin"
  # More programs of the image (the redis image's swarmlab-redis-launch), with their libraries.
  for extra in ${extra_bins:-}; do
    add_file "$rootfs" "$extra" "/usr/bin/$(basename "$extra")"
    command -v $strip >/dev/null && $strip --strip-debug "$rootfs/usr/bin/$(basename "$extra")"
    add_libs "$a" "$rootfs" "$extra"
  done
  # Files of the image besides the program (the registry's configuration).
  if [ -n "${extra_dir:-}" ]; then cp -a "$extra_dir/." "$rootfs/"; fi
  # Non-root user 10001; group gpio (997 as on Raspberry Pi OS... override with --group-add).
  printf 'root:x:0:0:root:/:/sbin/nologin\nswarmlab:x:10001:10001:swarmlab agent:/data:/sbin/nologin\n' > "$rootfs/etc/passwd"
  printf 'root:x:0:\nswarmlab:x:10001:\ngpio:x:997:swarmlab\n' > "$rootfs/etc/group"
  chown -R 10001:10001 "$rootfs/data" 2>/dev/null || true
  local triplet; triplet=$([ "$a" = amd64 ] && echo x86_64-linux-gnu || echo aarch64-linux-gnu)
  cat > "$ctx/Dockerfile" <<DOCKERFILE
FROM scratch
COPY rootfs/ /
ENV LD_LIBRARY_PATH=/lib/$triplet
USER 10001:10001
WORKDIR /data
LABEL swarmlab.image="$name" org.opencontainers.image.source="swarmlab packaging/docker"
ENTRYPOINT ["/usr/bin/$(basename "$bin")"]
${cmd_json:+CMD $cmd_json}
DOCKERFILE
  local ref="swarmlab/$name:$t"
  local platform=linux/$a
  local enc_ref; enc_ref=$(printf %s "$ref" | sed 's#/#%2F#g')
  local old_id; old_id=$(curl_engine GET "/images/$enc_ref/json" 2>/dev/null |
    python3 -c 'import json,sys
try: print(json.load(sys.stdin).get("Id",""))
except Exception: pass' || true)
  local out; out=$(tar -C "$ctx" --owner=0 --group=0 --numeric-owner -cf - Dockerfile rootfs |
    curl_engine POST "/build?t=$(printf %s "$ref" | sed 's#/#%2F#g; s#:#%3A#g')&rm=1&forcerm=1&platform=$(printf %s "$platform" | sed 's#/#%2F#g')" \
      -H 'Content-Type: application/x-tar' --data-binary @-)
  rm -rf "$ctx"
  if printf '%s' "$out" | grep -q '"errorDetail"'; then
    echo "build-images.sh: building $ref failed:" >&2
    printf '%s\n' "$out" | sed -n 's/.*"error":"\([^"]*\)".*/  \1/p' >&2
    exit 1
  fi
  # The previous build of this tag would stay behind as a dangling image: remove it (the
  # engine refuses while a container still uses it, which is fine).
  local new_id; new_id=$(curl_engine GET "/images/$enc_ref/json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["Id"])')
  if [ -n "$old_id" ] && [ "$old_id" != "$new_id" ]; then
    curl_engine DELETE "/images/$old_id" -o /dev/null || true
  fi
  local size; size=$(curl_engine GET "/images/$enc_ref/json" |
    python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["Size"], d["Architecture"], d["Id"][:19])')
  set -- $size
  printf '%-34s %-6s %8.2f MB  %s\n' "$ref" "$2" "$(echo "$1 / 1048576" | bc -l)" "$3"
}

want() { case ",$only," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }

build_arch() {  # build_arch ARCH BINDIR TAG
  local a=$1 dir=$2 t=$3
  for p in publisher subscriber; do
    want "$p" || continue
    [ -x "$dir/swarmlab-$p" ] || { echo "build-images.sh: $dir/swarmlab-$p missing (build the agents first)" >&2; exit 1; }
    build_image "$p" "$a" "$dir/swarmlab-$p" "$t" ""
  done
  if want redis; then
    # The entry point of the lab's sentinels on Swarm (docs/replication.md).
    [ -x "$dir/swarmlab-redis-launch" ] || { echo "build-images.sh: $dir/swarmlab-redis-launch missing (build the agents first)" >&2; exit 1; }
    extra_bins=$dir/swarmlab-redis-launch
    if [ "$a" = amd64 ]; then
      command -v redis-server >/dev/null || { echo "build-images.sh: redis-server not installed (packaging/install-deps.sh)" >&2; exit 1; }
      build_image redis amd64 "$(command -v redis-server)" "$t" "$redis_args"
    else
      # Debian's own arm64 build, unpacked: its libraries come from the same tree.
      local dr; dr=$(debian_root arm64 redis-server)
      sysroot=$dr
      build_image redis arm64 "$dr/usr/bin/redis-server" "$t" "$redis_args"
      sysroot=""
    fi
    extra_bins=""
  fi
  if want registry; then
    [ "$a" = amd64 ] || { echo "build-images.sh: the lab registry runs on the manager: amd64 only" >&2; return 0; }
    local dr; dr=$(debian_root amd64 docker-registry)
    extra_dir=$(mktemp -d)
    mkdir -p "$extra_dir/etc/docker/registry" "$extra_dir/var/lib/registry" "$extra_dir/certs"
    chown 10001:10001 "$extra_dir/var/lib/registry" 2>/dev/null || true
    cp "$here/registry-config.yml" "$extra_dir/etc/docker/registry/config.yml"
    sysroot=$dr
    build_image registry amd64 "$dr/usr/bin/docker-registry" "$t" \
      '["serve","/etc/docker/registry/config.yml"]'
    sysroot=""
    rm -rf "$extra_dir"; extra_dir=""
  fi
}
redis_args='["--port","6379","--bind","0.0.0.0","--protected-mode","no","--save","","--appendonly","no"]'


echo "image                              arch         size  id"
if [ "$arch" = amd64 ] || [ "$arch" = all ]; then
  build_arch amd64 "$bin_dir" "$tag"
fi
if [ "$arch" = arm64 ] || [ "$arch" = all ]; then
  if { want publisher || want subscriber || want redis; } &&
    { [ ! -x "$arm_dir/bin/swarmlab-publisher" ] || [ ! -x "$arm_dir/bin/swarmlab-subscriber" ] ||
      [ ! -x "$arm_dir/bin/swarmlab-redis-launch" ]; }; then
    echo "build-images.sh: cross-building the agents in $arm_dir" >&2
    cmake -S "$root" -B "$arm_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_TOOLCHAIN_FILE="$root/packaging/toolchains/aarch64-linux-gnu.cmake" >/dev/null
    cmake --build "$arm_dir" -j2 --target swarmlab-publisher swarmlab-subscriber \
      swarmlab-redis-launch >/dev/null
  fi
  build_arch arm64 "$arm_dir/bin" "$tag-arm64"
fi
