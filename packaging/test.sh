#!/usr/bin/env bash
# The test command: installs dependencies, builds, starts the services the tests need and
# runs every test through ctest. Usage: bash packaging/test.sh [extra ctest args]
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)"

# A redis-server on a free loopback port for tests that only need "a Redis"; tests that
# kill or restart Redis start their own (tests/support). Stopped on exit.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
redis_dir=$(mktemp -d)
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$redis_dir" \
  --daemonize yes --pidfile "$redis_dir/redis.pid" --logfile "$redis_dir/redis.log"
cleanup() { [ -f "$redis_dir/redis.pid" ] && kill "$(cat "$redis_dir/redis.pid")" 2>/dev/null || true; rm -rf "$redis_dir"; }
trap cleanup EXIT
for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
export SWARMLAB_TEST_REDIS_URL="redis://127.0.0.1:$port"
echo "test.sh: redis-server on $SWARMLAB_TEST_REDIS_URL"

# Debian's docker-registry for the lab registry image (swarm.registry), unpacked once into the
# image cache here: mmdebstrap fails when run from inside a QProcess ("Sub-process cat >&11
# returned an error code (2)", not understood yet; docs/images.md), and the test starts
# lab-registry.sh through one. Without a Docker Engine this is skipped and so is that test.
if docker info >/dev/null 2>&1 && command -v mmdebstrap >/dev/null; then
  bash packaging/docker/build-images.sh --only registry --tag latest >/dev/null ||
    echo "test.sh: could not build the lab registry image (swarm.registry will say why)"
fi

ctest --preset default -j "$(nproc)" --timeout 600 "$@"
