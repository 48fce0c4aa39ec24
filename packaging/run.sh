#!/usr/bin/env bash
# The main job: installs dependencies, builds, and opens the swarmlab console on the embedded
# lab (simulated nodes, local processes, its own redis-server). Without a display (no DISPLAY
# or WAYLAND_DISPLAY) it runs the 2017 paper experiment headless with swarmlab-cli instead.
#   bash packaging/run.sh [arguments for swarmlab or, headless, for swarmlab-cli run]
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)"

if [ -x build/bin/swarmlab ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/bin/swarmlab "$@"
fi
if [ -x build/bin/swarmlab-cli ]; then
  echo "run.sh: no display found; running the paper experiment headless (swarmlab-cli)"
  exec build/bin/swarmlab-cli run resources/experiments/paper-2017.json "$@"
fi
echo "run.sh: neither the console nor swarmlab-cli was built" >&2
exit 1
