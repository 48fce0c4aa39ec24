#!/usr/bin/env bash
# Benchmark of issue 2 item 8 (run by hand, not in ctest): swarmlab agents vs a Python
# baseline, the webdis REST transport, and max-rate mode vs redis-benchmark, on one
# redis-server. Prints every figure measured in this run and checks the issue's targets.
#   tests/bench/agents/run.sh [--seconds 20] [--max-seconds 4] [--rounds 3] [--sequential] [--auth]
# --auth: the swarmlab agents AUTH as the lab's ACL user (issue 11; tests/bench/agents/auth_cost.py
# measures the connect itself).
# SWARMLAB_BIN_DIR=dir uses agents built elsewhere (default: build/bin, built here if needed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
bindir="${SWARMLAB_BIN_DIR:-$root/build/bin}"
if [ -z "${SWARMLAB_BIN_DIR:-}" ]; then
  (cd "$root" && cmake --preset default >/dev/null &&
     cmake --build --preset default --target swarmlab-publisher swarmlab-subscriber >/dev/null)
fi
exec /usr/bin/python3 "$here/bench.py" "$bindir" "$@"
