#!/usr/bin/env bash
# Builds the libFuzzer targets for the Docker answer and event-line parsers with clang
# (-fsanitize=fuzzer,address,undefined) and runs each for SECONDS (default 60).
# usage: tests/fuzz/run-fuzz.sh [SECONDS] [OUTDIR]
# Exit status non-zero when a target found a crash (the reproducer is left in OUTDIR/run-<time>).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
secs=${1:-60}
out=${2:-${TMPDIR:-/tmp}/swarmlab-fuzz}
mkdir -p "$out"
command -v clang++ >/dev/null || { echo "run-fuzz.sh: clang++ not installed (packaging/install-deps.sh)" >&2; exit 2; }
flags=(-std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
       -I "$root/app/core/swarm")
rc=0
# Reproducers of this run go to their own folder, so one left by an earlier run (kept on
# purpose) does not fail this one.
run=$out/run-$(date +%Y%m%d-%H%M%S)
mkdir -p "$run"
for t in fuzz_docker_answer fuzz_event_stream; do
  echo "== building $t"
  clang++ "${flags[@]}" "$here/$t.cpp" "$root/app/core/swarm/DockerParse.cpp" -o "$out/$t"
  corpus_src=$here/corpus/$([ $t = fuzz_docker_answer ] && echo answer || echo event)
  corpus=$out/corpus-$t
  mkdir -p "$corpus"
  cp -n "$corpus_src"/* "$corpus"/ 2>/dev/null || true
  echo "== running $t for $secs s"
  if ! (cd "$run" && ASAN_OPTIONS=detect_leaks=1 "$out/$t" -max_total_time="$secs" -max_len=65536 \
        -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 "$corpus" 2>&1 | tail -15); then
    rc=1
  fi
  if ls "$run"/crash-* "$run"/leak-* "$run"/timeout-* >/dev/null 2>&1; then
    echo "run-fuzz.sh: $t found a problem, reproducers in $run" >&2
    rc=1
  fi
done
exit $rc
