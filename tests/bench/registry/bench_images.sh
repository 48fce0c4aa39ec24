#!/usr/bin/env bash
# Image distribution to a fresh worker (issue 12, Benchmarks), by hand, not in ctest:
#   baseline  the manual way: GET /images/get on the manager | POST /images/load on the worker
#             (`docker save | ssh pi docker load`), the three lab images (amd64)
#   registry  the worker pulls the same three from the lab registry by digest
#             (POST /images/create?fromImage=<registry>/swarmlab/NAME@sha256:...)
# and the deploy time of one service pinned to the worker, POST /services/create -> its task
# running, with the image named
#   tag       swarmlab/redis:latest (present on the worker: the engine still tries a pull, from
#             docker.io, and falls back to its own copy when that fails)
#   digest    <registry>/swarmlab/redis:latest@sha256:... (present: no pull at all)
#   digest, fresh worker   the same reference on a worker without it (pulled from the registry)
# Each figure is the median of ROUNDS (default 3); ratios are against the baseline of this run.
# Needs root, an engine not in a swarm (it makes one and leaves it), the agents built (build/bin)
# and Debian's apt sources (the registry image). Holds both Docker locks while it runs.
#   usage: tests/bench/registry/bench_images.sh [ROUNDS]
set -euo pipefail
rounds=${1:-3}
root=$(cd "$(dirname "$0")/../../.." && pwd)
export SWARMLAB_REGISTRY_DIR=${SWARMLAB_REGISTRY_DIR:-/tmp/swarmlab-bench-registry}
export SWARMLAB_BIN_DIR=${SWARMLAB_BIN_DIR:-$root/build/bin}
if [ -z "${SWARMLAB_BENCH_LOCKED:-}" ]; then
  SWARMLAB_BENCH_LOCKED=1 exec flock /tmp/swarmlab-docker-engine.lock \
    flock /tmp/swarmlab-docker.lock bash "$0" "$@"
fi
main=/var/run/docker.sock
node=pi9
wsock=/run/swarmlab-nodes/$node.sock
api() { local s=$1; shift; curl -sS --unix-socket "$s" "$@"; }
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
[ "$(id -u)" = 0 ] || { echo "bench_images: needs root (extra dockerd)"; exit 77; }
state=$(api $main http://x/v1.41/info | python3 -c 'import json,sys; print(json.load(sys.stdin)["Swarm"]["LocalNodeState"])')
[ "$state" = inactive ] || { echo "bench_images: the engine is in a swarm ($state); not touching it"; exit 77; }

cleanup() {
  api $main -X DELETE "http://x/v1.41/services/benchimg" -o /dev/null 2>/dev/null || true
  bash "$root/tests/docker/multinode.sh" down $node >/dev/null 2>&1 || true
  bash "$root/packaging/docker/lab-registry.sh" stop --purge >/dev/null 2>&1 || true
  for n in publisher subscriber redis; do
    [ -n "${addr:-}" ] && api $main -X DELETE "http://x/v1.41/images/$addr/swarmlab/$n:latest-amd64" -o /dev/null 2>/dev/null || true
  done
  api $main -X POST "http://x/v1.41/swarm/leave?force=true" -o /dev/null 2>/dev/null || true
  api $main -X DELETE http://x/v1.41/networks/docker_gwbridge -o /dev/null 2>/dev/null || true
}
trap cleanup EXIT
api $main -X POST http://x/v1.41/swarm/init -H 'Content-Type: application/json' \
  -d '{"ListenAddr":"0.0.0.0:2377","Spec":{"Dispatcher":{"HeartbeatPeriod":1000000000}}}' -o /dev/null
bash "$root/packaging/docker/build-images.sh" >/dev/null
bash "$root/packaging/docker/lab-registry.sh" start >/dev/null
addr=$(bash "$root/packaging/docker/lab-registry.sh" address)
push_out=$(bash "$root/packaging/docker/lab-registry.sh" push --no-build)
digest_of() { printf '%s\n' "$push_out" | awk -v n="$addr/swarmlab/$1:latest" '$1 == n {print $2}'; }
SWARMLAB_NODE_IMAGES=none bash "$root/tests/docker/multinode.sh" up $node >/dev/null
node_id=$(api $main http://x/v1.41/nodes/$node | python3 -c 'import json,sys; print(json.load(sys.stdin)["ID"])')

wipe_worker() {  # every image off the worker (no container uses them between rows)
  for id in $(api $wsock http://x/v1.41/images/json | python3 -c 'import json,sys; print(" ".join(i["Id"] for i in json.load(sys.stdin)))'); do
    api $wsock -X DELETE "http://x/v1.41/images/$id?force=1" -o /dev/null
  done
}
save_load() {
  api $main "http://x/v1.41/images/get?names=swarmlab/publisher:latest&names=swarmlab/subscriber:latest&names=swarmlab/redis:latest" |
    api $wsock -X POST "http://x/v1.41/images/load?quiet=1" -H 'Content-Type: application/x-tar' --data-binary @- -o /dev/null
}
pull_all() {
  for n in publisher subscriber redis; do
    local out; out=$(api $wsock -X POST "http://x/v1.41/images/create?fromImage=$addr/swarmlab/$n@$(digest_of $n)")
    case "$out" in *'"error"'*) echo "bench_images: pull $n: $out" >&2; exit 1 ;; esac
  done
}
deploy_ms() {  # deploy_ms IMAGE: POST /services/create -> the task running on the worker
  local image=$1 t0 spec
  spec=$(python3 -c 'import json,sys; print(json.dumps({"Name":"benchimg","TaskTemplate":{"ContainerSpec":{"Image":sys.argv[1]},"Placement":{"Constraints":["node.id=="+sys.argv[2]]},"RestartPolicy":{"Condition":"none"}},"Mode":{"Replicated":{"Replicas":1}}}))' "$image" "$node_id")
  t0=$(now_ms)
  api $main -X POST http://x/v1.41/services/create -H 'Content-Type: application/json' -d "$spec" -o /dev/null
  local st=""
  for _ in $(seq 1200); do
    st=$(api $main "http://x/v1.41/tasks?filters=%7B%22service%22%3A%5B%22benchimg%22%5D%7D" |
      python3 -c 'import json,sys; t=json.load(sys.stdin); print(t[0]["Status"]["State"] if t else "")')
    case "$st" in running|failed|rejected|complete) break ;; esac
    sleep 0.05
  done
  local t1; t1=$(now_ms)
  api $main -X DELETE http://x/v1.41/services/benchimg -o /dev/null
  for _ in $(seq 200); do
    [ "$(api $wsock 'http://x/v1.41/containers/json?all=1' | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" = 0 ] && break
    sleep 0.1
  done
  [ "$st" = running ] || { echo "bench_images: $image ended $st" >&2; exit 1; }
  echo $((t1 - t0))
}

declare -A r
for i in $(seq "$rounds"); do
  wipe_worker; t0=$(now_ms); save_load; r[load]+="$(( $(now_ms) - t0 )) "
  wipe_worker; t0=$(now_ms); pull_all; r[pull]+="$(( $(now_ms) - t0 )) "
  wipe_worker; r[fresh]+="$(deploy_ms "$addr/swarmlab/redis:latest@$(digest_of redis)") "
  r[digest]+="$(deploy_ms "$addr/swarmlab/redis:latest@$(digest_of redis)") "
  wipe_worker; save_load; r[tag]+="$(deploy_ms swarmlab/redis:latest) "
done
med() { printf '%s\n' ${r[$1]} | median; }
base=$(med load)
sizes=$(api $main http://x/v1.41/images/json | python3 -c '
import json,sys
print(round(sum(i["Size"] for i in json.load(sys.stdin) if any(t in ("swarmlab/publisher:latest","swarmlab/subscriber:latest","swarmlab/redis:latest") for t in (i.get("RepoTags") or [])))/1048576,1))')
echo "image distribution to a fresh worker ($node, vfs storage), 3 amd64 images, $sizes MB; $rounds rounds, medians (ms):"
printf '%-58s %8s %8s   %s\n' measure ms ratio "rounds"
printf '%-58s %8d %8s   %s\n' "baseline: images/get | images/load (docker save | load)" "$base" 1.00 "${r[load]}"
printf '%-58s %8d %8.2f   %s\n' "lab registry: pull by digest" "$(med pull)" "$(echo "$(med pull) / $base" | bc -l)" "${r[pull]}"
tag=$(med tag)
printf '%-58s %8d %8.2f   %s\n' "deploy, tag ref, image present (pull tried, fallback)" "$tag" 1.00 "${r[tag]}"
printf '%-58s %8d %8.2f   %s\n' "deploy, digest ref, image present (no pull)" "$(med digest)" "$(echo "$(med digest) / $tag" | bc -l)" "${r[digest]}"
printf '%-58s %8d %8.2f   %s\n' "deploy, digest ref, fresh worker (pull from lab registry)" "$(med fresh)" "$(echo "$(med fresh) / $tag" | bc -l)" "${r[fresh]}"
