#!/usr/bin/env bash
# Runs the fuzz targets longer than ctest does (docs/testing.md): builds them in the asan preset
# (clang, libFuzzer, ASan+UBSan without recovery) and runs each fuzz.* test's own command line
# with -max_total_time=SECONDS instead of the ctest budget. Each keeps its corpus in
# build-asan/tests/fuzz/<unit>/corpus between runs; a crash, leak, sanitizer report or slow input
# leaves its reproducer next to it (crash-*, leak-*, timeout-*, slow-unit-*).
# usage: tests/fuzz/run-fuzz.sh [SECONDS (default 300)] [REGEX of test names (default: all)]
# Exit status non-zero when a target found a problem. Replay one input: <target> <reproducer>.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
secs=${1:-300}
regex=${2:-.}
build=$root/build-asan
cd "$root"
command -v clang++ >/dev/null || {
  echo "run-fuzz.sh: clang++ not installed (packaging/install-deps.sh)" >&2
  exit 2
}
cmake --preset asan >/dev/null

# One line per test: its command, NUL-separated arguments, as ctest would run it.
commands=$(ctest --preset asan -L fuzz -R "$regex" --show-only=json-v1 | python3 -c '
import json, sys
for t in json.load(sys.stdin)["tests"]:
    print(t["name"] + "\t" + "\x1f".join(t["command"]))
')
[ -n "$commands" ] || { echo "run-fuzz.sh: no fuzz test matches '$regex'" >&2; exit 2; }
mapfile -t targets < <(cut -f2 <<<"$commands" | cut -d $'\x1f' -f1 | sed "s#^$build/##")
nice ninja -C "$build" "${targets[@]}"

rc=0
while IFS=$'\t' read -r name cmdline; do
  IFS=$'\x1f' read -r -a argv <<<"$cmdline"
  for i in "${!argv[@]}"; do
    [[ ${argv[$i]} == -max_total_time=* ]] && argv[$i]=-max_total_time=$secs
  done
  log=$build/tests/fuzz/$name.log
  echo "== $name for $secs s (full output: $log)"
  status=0
  "${argv[@]}" >"$log" 2>&1 || status=$?
  grep -E '^(Done [0-9]+ runs|stat::number_of_executed_units|stat::new_units_added|SUMMARY)' "$log" || true
  if [ $status -ne 0 ]; then
    grep -E '^(==[0-9]+==ERROR|.*runtime error|artifact_prefix|Test unit written)' "$log" >&2 || true
    echo "run-fuzz.sh: $name found a problem (exit $status)" >&2
    rc=1
  fi
done <<<"$commands"
exit $rc
