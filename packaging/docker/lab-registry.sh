#!/usr/bin/env bash
# The lab registry (docs/images.md): Debian's docker-registry in the FROM scratch image
# swarmlab/registry, run as the Swarm service swarmlab-registry on the manager, on the manager's
# lab address only, over TLS with a certificate of the lab's own CA; and the push of the lab
# images to it as one multi-arch name per image (a manifest list of amd64 and arm64).
#
# usage: packaging/docker/lab-registry.sh start [--addr IP] [--port PORT]
#        packaging/docker/lab-registry.sh push [--arch amd64|arm64|all] [--tag TAG] [--no-build]
#            [--only publisher,subscriber,redis] [--arm64-build-dir DIR]
#        packaging/docker/lab-registry.sh address | status | ca
#        packaging/docker/lab-registry.sh stop [--purge]
#   start    makes the CA and the registry's certificate (IP in subjectAltName) in $dir, installs
#            the CA for this machine's engines (/etc/docker/certs.d/IP:PORT/ca.crt), builds
#            swarmlab/registry if missing, creates the service (host network, REGISTRY_HTTP_ADDR
#            = IP:PORT; default IP = the swarm's NodeAddr, PORT 5000) and waits for GET /v2/.
#   push     builds the images (build-images.sh --arch ARCH --tag TAG; --no-build: as they are),
#            pushes swarmlab/NAME:TAG as IP:PORT/swarmlab/NAME:TAG-amd64 (and :TAG-arm64), then
#            PUTs the manifest list IP:PORT/swarmlab/NAME:TAG naming both; prints each digest.
#   address  prints IP:PORT (what `swarmlab-cli run --registry` takes)
#   ca       prints the path of the CA to copy to every node: /etc/docker/certs.d/IP:PORT/ca.crt
#   stop     removes the service (--purge: also the stored images, the certificates, the CA)
# State: $SWARMLAB_REGISTRY_DIR (default /var/lib/swarmlab-registry). Needs root (certs.d, the
# data directory owned by the image's user 10001), curl, openssl, python3.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${SWARMLAB_REGISTRY_DIR:-/var/lib/swarmlab-registry}
service=swarmlab-registry
cmd=${1:-}; shift || true
die() { echo "lab-registry.sh: $*" >&2; exit 1; }

host=${DOCKER_HOST:-unix:///var/run/docker.sock}
engine() {  # engine METHOD PATH [curl args...]: the Engine API of the manager
  local method=$1 path=$2; shift 2
  case "$host" in
    unix://*) curl -sS --unix-socket "${host#unix://}" -X "$method" "http://localhost/v1.41$path" "$@" ;;
    *) die "DOCKER_HOST $host: only unix:// here (run this on the manager)" ;;
  esac
}
# build-images.sh builds from the source tree; the packages ship this script alone.
build_images() {
  [ -f "$here/build-images.sh" ] ||
    die "cannot build the images here ($here/build-images.sh is not installed with the package): build them in a source tree (bash packaging/docker/build-images.sh --arch all), or push the images this engine has with: push --no-build"
  bash "$here/build-images.sh" "$@"
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
address() { [ -f "$dir/address" ] || die "no lab registry started here ($dir/address missing; run: swarmlab-cli images start)"; cat "$dir/address"; }
# GET /v2/ over TLS with the lab's CA: "" when the registry answers, else why not.
probe() {
  local a=$1 out
  out=$(curl -sS --max-time 5 --cacert "$dir/ca.crt" -o /dev/null -w '%{http_code}' "https://$a/v2/" 2>&1) || true
  [ "$out" = 200 ] && return 0
  echo "the lab registry at $a does not answer as expected (GET https://$a/v2/ should give 200 over TLS with $dir/ca.crt; got: ${out:-nothing})"
  return 1
}

make_certs() {  # make_certs IP: the lab CA (kept) and a registry certificate naming IP
  local ip=$1
  mkdir -p "$dir/certs"
  chmod 700 "$dir"
  if [ ! -f "$dir/ca.key" ]; then
    openssl req -x509 -newkey rsa:3072 -nodes -days 3650 -subj "/CN=swarmlab lab registry CA" \
      -keyout "$dir/ca.key" -out "$dir/ca.crt" 2>/dev/null
    chmod 600 "$dir/ca.key"
  fi
  if [ -f "$dir/certs/registry.crt" ] &&
    openssl x509 -in "$dir/certs/registry.crt" -noout -ext subjectAltName 2>/dev/null | grep -q "IP Address:$ip\$" &&
    openssl verify -CAfile "$dir/ca.crt" "$dir/certs/registry.crt" >/dev/null 2>&1; then
    return 0
  fi
  openssl req -newkey rsa:2048 -nodes -subj "/CN=$ip" -keyout "$dir/certs/registry.key" \
    -out "$dir/certs/registry.csr" 2>/dev/null
  printf 'subjectAltName=IP:%s\nextendedKeyUsage=serverAuth\n' "$ip" > "$dir/certs/ext.cnf"
  openssl x509 -req -in "$dir/certs/registry.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" \
    -CAcreateserial -days 825 -extfile "$dir/certs/ext.cnf" -out "$dir/certs/registry.crt" 2>/dev/null
  rm -f "$dir/certs/registry.csr" "$dir/certs/ext.cnf"
  # The registry runs as the image's user 10001 and must read its key; nobody else.
  chown 10001:10001 "$dir/certs/registry.key" "$dir/certs/registry.crt"
  chmod 600 "$dir/certs/registry.key"
}

start() {
  local ip="" port=5000
  while [ $# -gt 0 ]; do
    case "$1" in
      --addr) ip=$2; shift 2 ;;
      --port) port=$2; shift 2 ;;
      *) die "start: unknown argument $1" ;;
    esac
  done
  local info; info=$(engine GET /info) || die "no Docker Engine at $host"
  local state; state=$(printf '%s' "$info" | json 'd["Swarm"]["LocalNodeState"]')
  local manager; manager=$(printf '%s' "$info" | json 'd["Swarm"].get("ControlAvailable", False)')
  [ "$state" = active ] && [ "$manager" = True ] ||
    die "this engine is not a swarm manager (swarm: $state); run swarmlab-cli swarm init first"
  [ -n "$ip" ] || ip=$(printf '%s' "$info" | json 'd["Swarm"]["NodeAddr"]')
  local node; node=$(printf '%s' "$info" | json 'd["Swarm"]["NodeID"]')
  make_certs "$ip"
  mkdir -p "$dir/data" && chown 10001:10001 "$dir/data"
  echo "$ip:$port" > "$dir/address"
  # This machine's engines (the manager's and any test worker's) trust the lab CA for it.
  mkdir -p "/etc/docker/certs.d/$ip:$port"
  cp "$dir/ca.crt" "/etc/docker/certs.d/$ip:$port/ca.crt"

  local id; id=$(engine GET /images/swarmlab%2Fregistry:latest/json | json 'd.get("Id","")' 2>/dev/null || true)
  if [ -z "$id" ]; then
    build_images --arch amd64 --only registry >&2
    id=$(engine GET /images/swarmlab%2Fregistry:latest/json | json 'd["Id"]')
  fi
  engine DELETE "/services/$service" -o /dev/null 2>/dev/null || true
  for _ in $(seq 50); do engine GET "/services/$service" -f -o /dev/null 2>/dev/null || break; sleep 0.2; done
  # The image by id: the manager starts it without asking any registry.
  local spec
  spec=$(python3 - "$id" "$node" "$ip:$port" "$dir" <<'PY'
import json, sys
image, node, addr, d = sys.argv[1:]
print(json.dumps({
  "Name": "swarmlab-registry",
  "Labels": {"swarmlab.registry": addr},
  "TaskTemplate": {
    "ContainerSpec": {
      "Image": image,
      "Env": ["REGISTRY_HTTP_ADDR=" + addr],
      "ReadOnly": True,
      "CapabilityDrop": ["ALL"],
      "Mounts": [
        {"Type": "bind", "Source": d + "/data", "Target": "/var/lib/registry"},
        {"Type": "bind", "Source": d + "/certs", "Target": "/certs", "ReadOnly": True}]},
    "Networks": [{"Target": "host"}],
    "Placement": {"Constraints": ["node.id==" + node]},
    "RestartPolicy": {"Condition": "any", "Delay": 1000000000},
    "Resources": {"Limits": {"MemoryBytes": 256 * 1024 * 1024}}},
  "Mode": {"Replicated": {"Replicas": 1}}}))
PY
)
  local out; out=$(engine POST /services/create -H 'Content-Type: application/json' -d "$spec" -w ' HTTP %{http_code}')
  case "$out" in *"HTTP 201") ;; *) die "POST /services/create: $out" ;; esac
  local why=""
  for _ in $(seq 100); do why=$(probe "$ip:$port") && break; sleep 0.3; done
  [ -z "$why" ] || die "$why"
  echo "lab registry: https://$ip:$port (service $service on node $node, data $dir/data)"
  echo "every other node trusts it with: /etc/docker/certs.d/$ip:$port/ca.crt = $dir/ca.crt"
}

# push_one NAME TAG ARCHS: per-arch tags pushed by the engine, then the manifest list by curl.
push_one() {
  local name=$1 tag=$2 archs=$3 a=$4 entries="" pushed="" a_tag src
  for arch in $archs; do
    src="swarmlab/$name:$tag"; [ "$arch" = amd64 ] || src="$src-$arch"
    a_tag="$tag-$arch"
    if ! engine GET "/images/$(printf %s "$src" | sed 's#/#%2F#g')/json" -f -o /dev/null 2>/dev/null; then
      echo "lab-registry.sh: $src not on this engine: $name for $arch not pushed" >&2
      continue
    fi
    engine POST "/images/$(printf %s "$src" | sed 's#/#%2F#g')/tag?repo=$a/swarmlab/$name&tag=$a_tag" -f -o /dev/null ||
      die "tagging $src as $a/swarmlab/$name:$a_tag failed"
    local out
    out=$(engine POST "/images/$a/swarmlab/$name/push?tag=$a_tag" -H "X-Registry-Auth: $(printf '{}' | base64)")
    # The push answers 200 and reports failures inside the stream.
    local res; res=$(printf '%s\n' "$out" | python3 -c '
import json, sys
digest = size = err = ""
for line in sys.stdin:
    try: m = json.loads(line)
    except ValueError: continue
    if "error" in m: err = m["error"]
    aux = m.get("aux") or {}
    if "Digest" in aux: digest, size = aux["Digest"], aux["Size"]
print(("ERR " + err) if err else (digest + " " + str(size)))')
    case "$res" in ERR*|"") die "pushing $a/swarmlab/$name:$a_tag: ${res#ERR } (engine log: engine GET /info; registry: lab-registry.sh status)" ;; esac
    entries="$entries $arch=${res% *}=${res#* }"
    pushed="$pushed $arch"
    echo "  $a/swarmlab/$name:$a_tag  ${res%% *}"
  done
  [ -n "$entries" ] || return 0
  # The manifest list: one name for every architecture (the engine picks its own).
  local list
  list=$(python3 - $entries <<'PY'
import json, sys
m = []
for e in sys.argv[1:]:
    arch, digest, size = e.split("=")
    p = {"architecture": arch, "os": "linux"}
    if arch == "arm64": p["variant"] = "v8"
    m.append({"mediaType": "application/vnd.docker.distribution.manifest.v2+json",
              "digest": digest, "size": int(size), "platform": p})
print(json.dumps({"schemaVersion": 2,
  "mediaType": "application/vnd.docker.distribution.manifest.list.v2+json", "manifests": m},
  indent=3))
PY
)
  local hdr; hdr=$(printf '%s' "$list" | curl -sS --cacert "$dir/ca.crt" -X PUT -D - -o /dev/null \
    -H 'Content-Type: application/vnd.docker.distribution.manifest.list.v2+json' \
    --data-binary @- "https://$a/v2/swarmlab/$name/manifests/$tag") || die "PUT manifest list $a/swarmlab/$name:$tag failed"
  local digest; digest=$(printf '%s' "$hdr" | tr -d '\r' | sed -n 's/^[Dd]ocker-[Cc]ontent-[Dd]igest: //p')
  [ -n "$digest" ] || die "PUT manifest list $a/swarmlab/$name:$tag: no digest in the answer: $(printf '%s' "$hdr" | head -1)"
  printf '%-44s %s  (%s)\n' "$a/swarmlab/$name:$tag" "$digest" "${pushed# }"
}

push() {
  local arch=amd64 tag=latest build=1 only=publisher,subscriber,redis armdir=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --arch) arch=$2; shift 2 ;;
      --tag) tag=$2; shift 2 ;;
      --only) only=$2; shift 2 ;;
      --no-build) build=""; shift ;;
      --arm64-build-dir) armdir=(--arm64-build-dir "$2"); shift 2 ;;
      *) die "push: unknown argument $1" ;;
    esac
  done
  local a; a=$(address)
  local why; why=$(probe "$a") || die "$why; start it with: swarmlab-cli images start"
  [ -z "$build" ] || build_images --arch "$arch" --tag "$tag" --only "$only" "${armdir[@]}"
  local archs=$arch; [ "$arch" = all ] && archs="amd64 arm64"
  echo "pushed to the lab registry $a (name@digest is what the Swarm backend deploys):"
  for n in ${only//,/ }; do push_one "$n" "$tag" "$archs" "$a"; done
}

status() {
  local a; a=$(address)
  engine GET "/services/$service" -f -o /dev/null 2>/dev/null || die "no service $service on this engine (swarmlab-cli images start)"
  local why; why=$(probe "$a") || die "$why"
  echo "lab registry at https://$a: answers; repositories:"
  curl -sS --cacert "$dir/ca.crt" "https://$a/v2/_catalog" | json '"\n".join("  " + r for r in d["repositories"])'
}

stop() {
  engine DELETE "/services/$service" -o /dev/null 2>/dev/null || true
  # The task's container stops after the service is gone: wait until nothing answers.
  local a; a=$(cat "$dir/address" 2>/dev/null || true)
  if [ -n "$a" ]; then
    for _ in $(seq 100); do curl -s --max-time 1 -o /dev/null "https://$a/v2/" -k || break; sleep 0.2; done
  fi
  if [ "${1:-}" = --purge ]; then
    [ -n "$a" ] && rm -rf "/etc/docker/certs.d/$a"
    rm -rf "${dir:?}"
  fi
  echo "lab registry stopped${1:+ and purged}"
}

case "$cmd" in
  start) start "$@" ;;
  push) push "$@" ;;
  address) address ;;
  ca) echo "$dir/ca.crt" ;;
  status) status ;;
  stop) stop "$@" ;;
  -h|--help|"") sed -n '2,26p' "$0" ;;
  *) die "unknown command $cmd (see --help)" ;;
esac
