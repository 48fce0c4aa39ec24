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
# Also whatever a crashed Docker test left on the engine (a swarm it initialised, extra
# engines): tests/docker/reclaim.sh, under the tests' engine lock.
cleanup() {
  [ -f "$redis_dir/redis.pid" ] && kill "$(cat "$redis_dir/redis.pid")" 2>/dev/null || true
  rm -rf "$redis_dir"
  flock -w 300 /tmp/swarmlab-docker-engine.lock bash tests/docker/reclaim.sh || true
}
trap cleanup EXIT
for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
export SWARMLAB_TEST_REDIS_URL="redis://127.0.0.1:$port"
echo "test.sh: redis-server on $SWARMLAB_TEST_REDIS_URL"

ctest --preset default -j "$(nproc)" --timeout 600 "$@"
