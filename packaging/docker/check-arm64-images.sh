#!/usr/bin/env bash
# Runs the lab's three arm64 images (swarmlab/redis, publisher, subscriber) on this amd64 Docker
# Engine under qemu user-mode emulation, as a check that they start and work before they reach a
# Pi (docs/images.md): redis, a subscriber (--display sim) and a publisher for 3 s on a private
# network. It passes when the subscriber showed every message the publisher published.
# By hand, not in ctest (the arm64 build and Debian's arm64 redis-server take minutes on a fresh
# machine). Needs root (binfmt_misc), qemu-user-static and the cross toolchain
# (packaging/install-deps.sh). The machine is left as found: the binfmt entry it registers and the
# binfmt_misc mount it makes are removed, and so are its containers, network and images.
# usage: packaging/docker/check-arm64-images.sh [--tag TAG] [--no-build]
#   --tag TAG    the arm64 images' tag without the -arm64 suffix (default arm64check)
#   --no-build   use images already built with that tag (build-images.sh --arch arm64 --tag TAG)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tag=arm64check
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --tag) tag=${2:?--tag: expected a tag}; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "check-arm64-images.sh: unknown option $1 (expected --tag TAG or --no-build)" >&2; exit 2 ;;
  esac
done
qemu=$(command -v qemu-aarch64-static) ||
  { echo "check-arm64-images.sh: qemu-aarch64-static is not installed (bash packaging/install-deps.sh)" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "check-arm64-images.sh: needs root to register qemu in binfmt_misc" >&2; exit 1; }

binfmt=/proc/sys/fs/binfmt_misc
entry=swarmlab-check-aarch64
net=swarmlab-arm64-check-$$
mounted=0
registered=0
cleanup() {
  docker rm -f "arm64-sub-$$" "arm64-pub-$$" "arm64-redis-$$" >/dev/null 2>&1 || true
  docker network rm "$net" >/dev/null 2>&1 || true
  [ $build -eq 1 ] && docker image rm "swarmlab/redis:$tag-arm64" "swarmlab/publisher:$tag-arm64" \
    "swarmlab/subscriber:$tag-arm64" >/dev/null 2>&1 || true
  [ $registered -eq 1 ] && echo -1 >"$binfmt/$entry"
  [ $mounted -eq 1 ] && umount "$binfmt"
  return 0
}
trap cleanup EXIT

# qemu for aarch64 ELF files, with the F flag: the interpreter is opened now, so that it works
# inside containers whose root has no qemu. An entry someone else registered is used as is.
if [ ! -e "$binfmt/register" ]; then mount -t binfmt_misc binfmt_misc "$binfmt"; mounted=1; fi
if ! grep -qs "^interpreter .*qemu-aarch64" "$binfmt"/*; then
  printf ':%s:M::%s:%s:%s:F' "$entry" \
    '\x7f\x45\x4c\x46\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\xb7\x00' \
    '\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff' \
    "$qemu" >"$binfmt/register"
  registered=1
fi

if [ $build -eq 1 ]; then
  bash "$here/build-images.sh" --arch arm64 --tag "$tag"
fi
for i in redis publisher subscriber; do
  a=$(docker image inspect "swarmlab/$i:$tag-arm64" --format '{{.Architecture}}') ||
    { echo "check-arm64-images.sh: no image swarmlab/$i:$tag-arm64 (run without --no-build)" >&2; exit 1; }
  [ "$a" = arm64 ] || { echo "check-arm64-images.sh: swarmlab/$i:$tag-arm64 is $a, expected arm64" >&2; exit 1; }
done

docker network create "$net" >/dev/null
docker run -d --name "arm64-redis-$$" --network "$net" --platform linux/arm64 \
  "swarmlab/redis:$tag-arm64" >/dev/null
for _ in $(seq 50); do
  docker logs "arm64-redis-$$" 2>&1 | grep -q "Ready to accept connections" && break
  sleep 0.2
done
echo "arm64 redis: $(docker exec "arm64-redis-$$" /usr/bin/redis-server --version 2>&1 | cut -c1-60 || true)"
url="redis://arm64-redis-$$:6379"
docker run -d --name "arm64-sub-$$" --network "$net" --platform linux/arm64 -e SWARMLAB_REDIS_URL="$url" \
  "swarmlab/subscriber:$tag-arm64" --instance sub-arm64 --node pi-arm64 --display sim >/dev/null
for _ in $(seq 50); do
  docker logs "arm64-sub-$$" 2>&1 | grep -q "subscribed to" && break
  sleep 0.2
done
pub=$(docker run --name "arm64-pub-$$" --network "$net" --platform linux/arm64 -e SWARMLAB_REDIS_URL="$url" \
  "swarmlab/publisher:$tag-arm64" --instance pub-arm64 --node gw --duration-s 3 2>&1 | tail -1)
docker stop -t 5 "arm64-sub-$$" >/dev/null
sub=$(docker logs "arm64-sub-$$" 2>&1 | tail -1)
echo "arm64 publisher: $pub"
echo "arm64 subscriber: $sub"
published=$(sed -n 's/.*published \([0-9]*\), failed 0.*/\1/p' <<<"$pub")
updates=$(sed -n 's/.*updates \([0-9]*\), lost 0,.*/\1/p' <<<"$sub")
if [ -n "$published" ] && [ "$published" -gt 0 ] && [ "$updates" = "$published" ]; then
  echo "check-arm64-images.sh: OK: the arm64 images ran under qemu; $updates of $published messages shown, none lost"
  exit 0
fi
echo "check-arm64-images.sh: FAIL: published '${published:-?}', shown '${updates:-?}' (expected equal, none lost)"
exit 1
