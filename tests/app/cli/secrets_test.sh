#!/usr/bin/env bash
# Acceptance test of issue 11 (credentials never shown): two short embedded runs of swarmlab-cli,
#  1. on an external Redis that requires a sentinel password holding '/', '@' and ':' (given
#     with --redis-password-file), and
#  2. on the embedded lab's own Redis, whose password the lab generates,
# and every output is searched for the password (as is and %-escaped): stdout, stderr, every
# file of the run folder (CSVs, journal), the agents' own logs, the settings/config folder but
# the secret file itself, and /proc/*/cmdline of every process, read while the lab runs.
# An unauthenticated PING to the embedded lab's Redis must get NOAUTH.
# Usage: secrets_test.sh CLI_BINARY SOURCE_DIR
set -u
CLI=$1
SRC=$2
command -v redis-server >/dev/null && command -v redis-cli >/dev/null ||
  { echo "SKIP: redis-server and redis-cli are needed"; exit 77; }

T=$(mktemp -d)
REDIS_PID=
cleanup() {
  [ -n "$REDIS_PID" ] && kill "$REDIS_PID" 2>/dev/null
  rm -rf "$T"
}
trap cleanup EXIT
export XDG_CONFIG_HOME=$T/config HOME=$T/home
mkdir -p "$HOME" "$XDG_CONFIG_HOME"
unset SWARMLAB_REDIS_URL SWARMLAB_REDIS_PASSWORD SWARMLAB_REDIS_PASSWORD_FILE SWARMLAB_REDIS_USER
FAIL=0
fail() { echo "FAIL: $*"; FAIL=1; }

# A lab like the shipped one whose agents also write their own logs (--log via SWARMLAB_LOG).
python3 - "$SRC/resources/labs/paper-2017.json" "$T/lab.json" "$T/agentlogs" <<'EOF'
import json, sys
lab = json.load(open(sys.argv[1]))
lab.pop("$schema", None)
for t in lab["templates"]:
    if t["kind"] in ("publisher", "subscriber"):
        t.setdefault("env", {})["SWARMLAB_LOG"] = sys.argv[3] + "/${instance}.csv"
json.dump(lab, open(sys.argv[2], "w"), indent=1)
EOF
mkdir -p "$T/agentlogs"

# The password as it may appear: raw, and %-escaped as in a URL.
escaped() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

# Runs the CLI ($1: name, rest: extra args) while sampling every /proc/*/cmdline; then greps
# every output for the password in $PW. Sets PORT from "lab Redis: ...:PORT".
run_and_check() {
  local name=$1; shift
  local out=$T/$name
  "$CLI" run "$SRC/resources/experiments/paper-2017.json" --lab "$T/lab.json" \
    --duration-scale 0.1 --out "$out/run" "$@" >"$out.stdout" 2>"$out.stderr" &
  local cli=$!
  : >"$out.cmdlines"
  local noauth_checked=0
  while kill -0 "$cli" 2>/dev/null; do
    for f in /proc/[0-9]*/cmdline; do { tr '\0' ' ' <"$f"; } 2>/dev/null; echo; done >>"$out.cmdlines"
    if [ "$name" = embedded ] && [ $noauth_checked = 0 ]; then
      local port
      port=$(sed -n 's/.*lab Redis: redis:\/\/[^ ]*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$out.stdout")
      if [ -n "$port" ]; then
        local reply
        reply=$(redis-cli -p "$port" PING 2>&1)
        echo "unauthenticated PING to the embedded lab's Redis (port $port): $reply"
        case $reply in NOAUTH*) ;; *) fail "unauthenticated PING got '$reply', expected NOAUTH" ;; esac
        noauth_checked=1
      fi
    fi
    sleep 0.2
  done
  wait "$cli"
  local rc=$?
  [ $rc = 0 ] || { fail "$name run exited $rc"; cat "$out.stdout" "$out.stderr"; }
  [ "$name" = embedded ] && [ $noauth_checked = 0 ] && fail "the embedded lab's port was never shown"
  local n
  n=$(grep -c . "$out.cmdlines")
  echo "$name: sampled $n command lines; agent logs: $(ls "$T/agentlogs" | wc -l) files"
  [ "$(ls "$out/run" | wc -l)" -gt 0 ] || fail "$name: the run folder is empty"
  # the sampling saw the lab's processes, and they worked (they reached Redis with the password)
  for p in swarmlab-publisher swarmlab-subscriber; do
    grep -q "$p" "$out.cmdlines" || fail "$name: no $p process was ever seen"
  done
  [ "$(ls "$T/agentlogs" | wc -l)" -gt 0 ] || fail "$name: the agents wrote no log"
  grep -q "first_message" "$out/run/events.csv" 2>/dev/null ||
    fail "$name: no first_message in events.csv (did the agents authenticate?)"
  local esc
  esc=$(escaped "$PW")
  for needle in "$PW" "$esc"; do
    local hits
    hits=$(grep -rlF -- "$needle" "$out.stdout" "$out.stderr" "$out.cmdlines" "$out/run" \
      "$T/agentlogs" "$HOME" "$XDG_CONFIG_HOME" 2>/dev/null | grep -vxF "$SECRET_FILE")
    [ -z "$hits" ] || fail "$name: the password appears in: $hits"
  done
}

# 1. An external Redis that requires a sentinel password (set in a 0600 config file, not argv).
PW="s3nt/in@el:$(head -c 9 /dev/urandom | base64 | tr '/+' 'xy')/p@ss:w"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
umask 077
printf 'port %s\nbind 127.0.0.1\nsave ""\nappendonly no\nrequirepass "%s"\n' "$PORT" "$PW" >"$T/redis.conf"
printf '%s\n' "$PW" >"$T/password"
redis-server "$T/redis.conf" >"$T/redis.log" 2>&1 &
REDIS_PID=$!
for _ in $(seq 50); do redis-cli -p "$PORT" PING 2>/dev/null | grep -q NOAUTH && break; sleep 0.1; done
SECRET_FILE=$T/password
run_and_check external --redis "redis://127.0.0.1:$PORT" --redis-password-file "$T/password"
kill "$REDIS_PID"; REDIS_PID=

# 2. The embedded lab's own Redis and its generated password.
rm -f "$T"/agentlogs/*
# The password exists only once the lab starts: check with it afterwards.
SECRET_FILE=$XDG_CONFIG_HOME/swarmlab/secrets/paper-2017
PW=__placeholder_never_found__
run_and_check embedded
[ -f "$SECRET_FILE" ] || fail "no lab password file at $SECRET_FILE"
mode=$(stat -c %a "$SECRET_FILE" 2>/dev/null)
[ "$mode" = 600 ] || fail "$SECRET_FILE has mode $mode, expected 600"
dmode=$(stat -c %a "$(dirname "$SECRET_FILE")" 2>/dev/null)
[ "$dmode" = 700 ] || fail "$(dirname "$SECRET_FILE") has mode $dmode, expected 700"
PW=$(head -n1 "$SECRET_FILE")
[ ${#PW} -ge 32 ] || fail "the lab password is too short (${#PW} characters)"
for needle in "$PW" "$(escaped "$PW")"; do
  hits=$(grep -rlF -- "$needle" "$T/embedded.stdout" "$T/embedded.stderr" "$T/embedded.cmdlines" \
    "$T/embedded/run" "$T/agentlogs" "$HOME" "$XDG_CONFIG_HOME" 2>/dev/null | grep -vxF "$SECRET_FILE")
  [ -z "$hits" ] || fail "embedded: the lab password appears in: $hits"
done
if [ $FAIL = 0 ]; then echo "PASS: no password in any output; NOAUTH without credentials"; fi
exit $FAIL
