#!/usr/bin/env bash
# What a crashed Swarm test left on this machine's engine, taken back: a test killed by QtTest's
# watchdog or ctest's timeout never reaches its cleanup, and the next Docker tests would skip
# ("in a swarm already") or the machine stay in Swarm mode.
#   - the swarm, only when its spec carries the label io.swarmlab.test (set by the tests'
#     SwarmFixture when it initialised the swarm): its lab services, secrets, then leave; and
#     docker_gwbridge when the label says the test's swarm created it. Any other swarm is never
#     touched;
#   - the extra engines of tests/docker/multinode.sh still there (multinode.sh down).
# Run with the engine lock held (/tmp/swarmlab-docker-engine.lock): by SwarmFixture::setUp, and by
# packaging/test.sh after ctest. Prints one line per thing taken back; exit 0 unless it failed.
# Test scaffolding: curl on the Engine API, never the docker CLI.
set -uo pipefail
sock=${SWARMLAB_RECLAIM_SOCKET:-/var/run/docker.sock}
here=$(cd "$(dirname "$0")" && pwd)
api() { curl -sS --max-time 30 --unix-socket "$sock" "$@"; }
fail=0

# Extra engines first: leaving a swarm whose workers are still up would strand them.
nodes=$( { ls /var/lib/swarmlab-nodes 2>/dev/null; ip netns list 2>/dev/null | sed -n 's/^swl-\([^ ]*\).*/\1/p'; } | sort -u)
if [ -n "$nodes" ]; then
  # shellcheck disable=SC2086
  if bash "$here/multinode.sh" down $nodes >/dev/null; then
    echo "reclaim.sh: stopped the extra engines left running: $(echo $nodes)"
  else
    echo "reclaim.sh: multinode.sh down $(echo $nodes) failed" >&2; fail=1
  fi
fi

[ -S "$sock" ] || exit $fail
labels=$(api "http://x/v1.41/swarm" 2>/dev/null | python3 -c '
import json, sys
try: l = json.load(sys.stdin)["Spec"].get("Labels") or {}
except Exception: sys.exit(0)
if "io.swarmlab.test" in l: print(l["io.swarmlab.test"], l.get("io.swarmlab.test.gwbridge", "kept"))')
[ -n "$labels" ] || exit $fail
read -r owner gwbridge <<<"$labels"

ids() {  # IDs of the objects at /v1.41/$1 labelled swarmlab.lab (any lab: the swarm is a test's)
  api "http://x/v1.41/$1?filters=%7B%22label%22%3A%5B%22swarmlab.lab%22%5D%7D" |
    python3 -c 'import json,sys
try: print(" ".join(x.get("ID") or x["Id"] for x in json.load(sys.stdin)))
except Exception: pass'
}
for id in $(ids services); do api -X DELETE "http://x/v1.41/services/$id" >/dev/null; done
for _ in $(seq 60); do [ -z "$(ids containers/json)" ] && break; sleep 0.5; done
for id in $(ids secrets); do api -X DELETE "http://x/v1.41/secrets/$id" >/dev/null; done
out=$(api -X POST "http://x/v1.41/swarm/leave?force=true" -w ' HTTP %{http_code}')
case "$out" in
  *"HTTP 200") echo "reclaim.sh: left the swarm a test (pid $owner) initialised and did not leave" ;;
  *) echo "reclaim.sh: POST /swarm/leave: $out" >&2; exit 1 ;;
esac
if [ "$gwbridge" = created ]; then
  api -X DELETE "http://x/v1.41/networks/docker_gwbridge" >/dev/null 2>&1 &&
    echo "reclaim.sh: removed docker_gwbridge (created by that swarm)"
fi
exit $fail
