#!/usr/bin/env bash
# Extra Docker Engines on this machine that join the swarm as workers named like lab nodes
# (pi1, pi2): each dockerd runs in its own network namespace (veth to the host, 10.213.N.0/24),
# its own UTS namespace (hostname = node name), its own data-root/exec-root (vfs storage) and
# socket /run/swarmlab-nodes/<name>.sock. The agent images are copied into each (images/get ->
# images/load, same image ids), unless SWARMLAB_NODE_IMAGES=none: a fresh node with no image at
# all, which gets them from the lab registry (docs/images.md). Needs root.
#   multinode.sh up NAME...     start, join as workers of the local manager, load images
#   multinode.sh kill NAME...   the node fails: SIGKILL to its dockerd, containerd, shims and
#                               containers (the pids of its netns and of its cgroups), nothing
#                               left; the manager notices only by missed heartbeats
#   multinode.sh poweroff NAME...  the node loses power: first every packet to or from its
#                               address is dropped (no reset, no FIN reaches anyone, as from a
#                               machine without power), then everything is killed as by `kill`;
#                               the drop rules go with `down`
#   multinode.sh manager NAME   start an engine that is the manager of a swarm of its own
#   multinode.sh restart NAME   stop that dockerd (SIGTERM) and start it again on the same data
#   multinode.sh start NAME...  start a killed node's engine again on the same data: it rejoins
#                               the swarm as the same node, and keeps its stopped containers
#   multinode.sh down NAME...   leave, stop that dockerd (by its pid file), remove netns and data
# A name ending in a number N gets the network 10.213.N.0/24 (pi1 -> 10.213.1.0/24), so that a
# node started again alone keeps its address; other names get their position in the list.
# The nodes reach each other as machines on one LAN do: the host routes between their networks,
# and a rule in Docker's DOCKER-USER chain lets 10.213.0.0/16 to 10.213.0.0/16 through (Docker
# sets the FORWARD policy to DROP, which cut worker from worker: a replica on gw2 never reached
# its primary on gw1). The rule goes with the last node.
# Test scaffolding: it uses curl on the Engine API, never the docker CLI.
set -euo pipefail
cmd=${1:-}; shift || true
[ $# -gt 0 ] || { echo "usage: multinode.sh up|manager|restart|kill|poweroff|start|down NAME..." >&2; exit 2; }
base=/var/lib/swarmlab-nodes
run=/run/swarmlab-nodes
main_sock=/var/run/docker.sock
api() { local sock=$1; shift; curl -sS --unix-socket "$sock" "$@"; }
lan_rule=(DOCKER-USER -s 10.213.0.0/16 -d 10.213.0.0/16 -j ACCEPT)

# Node to node forwarding on (once) / off (when no node's netns is left).
lan_on() {
  iptables -C "${lan_rule[@]}" 2>/dev/null || iptables -I "${lan_rule[@]}" 2>/dev/null ||
    echo "multinode.sh: could not add the iptables rule ${lan_rule[*]}: nodes cannot reach each other" >&2
}
lan_off() {
  ip netns list | grep -q '^swl-' && return 0
  while iptables -D "${lan_rule[@]}" 2>/dev/null; do :; done
}

# The node's network namespace and its own dockerd (started again by `restart`).
start_engine() {
  local n=$1 i=$2
  local ns=swl-$n sock=$run/$n.sock
  mkdir -p "$base/$n/data" "$run/$n"
  echo '{}' > "$base/$n/daemon.json"
  if ! ip netns list | grep -qw "$ns"; then
    ip netns add "$ns"
    ip link add "$ns-h" type veth peer name "$ns-n"
    ip link set "$ns-n" netns "$ns"
    ip addr add "10.213.$i.1/24" dev "$ns-h"
    ip link set "$ns-h" up
    ip netns exec "$ns" ip addr add "10.213.$i.2/24" dev "$ns-n"
    ip netns exec "$ns" ip link set "$ns-n" up
    ip netns exec "$ns" ip link set lo up
    ip netns exec "$ns" ip route add default via "10.213.$i.1"
  fi
  lan_on
  # nsenter keeps the host's /sys (and its cgroup mounts); `ip netns exec` would remount it.
  nsenter --net="/run/netns/$ns" unshare --uts bash -c "hostname $n; exec dockerd \
    --config-file $base/$n/daemon.json --data-root $base/$n/data --exec-root $run/$n/exec \
    -H unix://$sock --pidfile $run/$n/dockerd.pid --storage-driver vfs \
    --cgroup-parent /swarmlab-$n --bip 172.31.$((10 + i)).1/24 --mtu 1400 --log-level warn" \
    >> "$run/$n/dockerd.log" 2>&1 &
  for _ in $(seq 100); do api "$sock" -f http://x/_ping >/dev/null 2>&1 && break; sleep 0.2; done
  api "$sock" -f http://x/_ping >/dev/null || { echo "multinode.sh: dockerd for $n did not start:" >&2; tail -5 "$run/$n/dockerd.log" >&2; exit 1; }
}

load_images() {
  api "$main_sock" "http://x/v1.41/images/get?names=swarmlab/publisher:latest&names=swarmlab/subscriber:latest&names=swarmlab/redis:latest" |
    api "$run/$1.sock" -X POST "http://x/v1.41/images/load?quiet=1" -H 'Content-Type: application/x-tar' --data-binary @- >/dev/null
}

up_one() {
  local n=$1 i=$2 sock=$run/$1.sock
  start_engine "$n" "$i"
  local token manager
  token=$(api "$main_sock" http://x/v1.41/swarm | python3 -c 'import json,sys; print(json.load(sys.stdin)["JoinTokens"]["Worker"])')
  manager=$(api "$main_sock" http://x/v1.41/info | python3 -c 'import json,sys; print(json.load(sys.stdin)["Swarm"]["NodeAddr"])')
  local out
  out=$(api "$sock" -X POST http://x/v1.41/swarm/join -H 'Content-Type: application/json' \
    -d "{\"ListenAddr\":\"0.0.0.0:2377\",\"AdvertiseAddr\":\"10.213.$i.2\",\"RemoteAddrs\":[\"$manager:2377\"],\"JoinToken\":\"$token\"}" -w ' HTTP %{http_code}')
  case "$out" in *"HTTP 200") ;; *) echo "multinode.sh: $n: POST /swarm/join: $out" >&2; exit 1 ;; esac
  if [ "${SWARMLAB_NODE_IMAGES:-}" = none ]; then
    echo "$n: worker at 10.213.$i.2, engine unix://$sock, no images"
    return
  fi
  load_images "$n"
  echo "$n: worker at 10.213.$i.2, engine unix://$sock"
}

# An engine of its own that is the manager of a swarm of its own (heartbeat 1 s).
manager_one() {
  local n=$1 i=$2 sock=$run/$1.sock
  start_engine "$n" "$i"
  local out
  out=$(api "$sock" -X POST http://x/v1.41/swarm/init -H 'Content-Type: application/json' \
    -d "{\"ListenAddr\":\"0.0.0.0:2377\",\"AdvertiseAddr\":\"10.213.$i.2\",\"Spec\":{\"Dispatcher\":{\"HeartbeatPeriod\":1000000000}}}" -w ' HTTP %{http_code}')
  case "$out" in *"HTTP 200") ;; *) echo "multinode.sh: $n: POST /swarm/init: $out" >&2; exit 1 ;; esac
  load_images "$n"
  echo "$n: swarm manager at 10.213.$i.2, engine unix://$sock"
}

# The node's dockerd stops (SIGTERM, as a service manager restarts it) and starts again with
# the same data: its swarm, services and images are kept.
restart_one() {
  local n=$1 i=$2 pid
  pid=$(cat "$run/$n/dockerd.pid")
  kill "$pid"
  for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then echo "multinode.sh: dockerd for $n did not stop" >&2; exit 1; fi
  start_engine "$n" "$i"
  echo "$n: engine restarted"
}

# A killed node comes back: its dockerd again on the same data and network namespace.
start_one() {
  local n=$1 i=$2
  [ -d "$base/$n/data" ] || { echo "multinode.sh: $n has no data (never up?)" >&2; exit 1; }
  start_engine "$n" "$i"
  echo "$n: engine started again"
}

# Every process of a node: its engine's netns (dockerd, containerd, shims) and the cgroups its
# containers run in (--cgroup-parent /swarmlab-NAME, in every cgroup v1 hierarchy).
node_pids() {
  local n=$1
  { ip netns pids "swl-$n" 2>/dev/null || true
    find /sys/fs/cgroup -path "*/swarmlab-$n/*" -name cgroup.procs -exec cat {} + 2>/dev/null || true
  } | sort -un
}

kill_one() {
  local n=$1 pids
  for _ in 1 2 3; do
    pids=$(node_pids "$n")
    [ -n "$pids" ] || break
    # shellcheck disable=SC2086
    kill -9 $pids 2>/dev/null || true
    sleep 0.2
  done
  echo "$n: killed"
}

# The drop rules of a powered-off node at 10.213.N.2: INPUT/OUTPUT for the host's own
# processes (the manager's), DOCKER-USER for what the host forwards from or to the other nodes.
silence_rules() {
  local a=10.213.$1.2
  printf '%s\n' "INPUT -s $a -j DROP" "OUTPUT -d $a -j DROP" "DOCKER-USER -s $a -j DROP" \
    "DOCKER-USER -d $a -j DROP"
}

poweroff_one() {
  local n=$1 i=$2 r
  while read -r r; do
    # shellcheck disable=SC2086
    iptables -C $r 2>/dev/null || iptables -I $r ||
      { echo "multinode.sh: $n: could not add the iptables rule $r" >&2; exit 1; }
  done < <(silence_rules "$i")
  kill_one "$n" >/dev/null
  echo "$n: powered off (10.213.$i.2 silent)"
}

down_one() {
  local n=$1 ns=swl-$1 sock=$run/$1.sock r
  while read -r r; do
    # shellcheck disable=SC2086
    while iptables -D $r 2>/dev/null; do :; done
  done < <(silence_rules "$2")
  if [ -S "$sock" ]; then
    api "$sock" -X POST "http://x/v1.41/swarm/leave?force=true" >/dev/null 2>&1 || true
  fi
  if [ -f "$run/$n/dockerd.pid" ]; then
    local pid; pid=$(cat "$run/$n/dockerd.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  kill_one "$n" >/dev/null  # whatever a killed engine left running
  # The manager forgets the node (only when this engine is a manager of a swarm).
  local ids
  ids=$(api "$main_sock" "http://x/v1.41/nodes" 2>/dev/null | python3 -c "
import json,sys
try: print(' '.join(x['ID'] for x in json.load(sys.stdin) if x['Description']['Hostname']=='$n'))
except Exception: pass") || true
  for id in $ids; do api "$main_sock" -X DELETE "http://x/v1.41/nodes/$id?force=true" >/dev/null 2>&1 || true; done
  ip link del "$ns-h" 2>/dev/null || true
  ip netns del "$ns" 2>/dev/null || true
  lan_off
  # Mounts left by that engine (netns handles, vfs layers): deepest first, then the files.
  awk -v a="$base/$n" -v b="$run/$n" 'index($2, a) == 1 || index($2, b) == 1 {print $2}' /proc/mounts |
    sort -r | while read -r m; do umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done
  rm -rf "${base:?}/$n" "${run:?}/$n" "$sock"
  # The cgroups its containers ran in (empty once their processes are gone).
  find /sys/fs/cgroup -depth -type d -path "*/swarmlab-$n*" -exec rmdir {} + 2>/dev/null || true
}

pos=0
for n in "$@"; do
  pos=$((pos + 1))
  i=$pos
  [[ $n =~ ([0-9]+)$ ]] && i=${BASH_REMATCH[1]}
  case "$cmd" in
    up) up_one "$n" "$i" ;;
    manager) manager_one "$n" "$i" ;;
    restart) restart_one "$n" "$i" ;;
    kill) kill_one "$n" ;;
    poweroff) poweroff_one "$n" "$i" ;;
    start) start_one "$n" "$i" ;;
    down) down_one "$n" "$i" ;;
    *) echo "usage: multinode.sh up|manager|restart|kill|poweroff|start|down NAME..." >&2; exit 2 ;;
  esac
done
