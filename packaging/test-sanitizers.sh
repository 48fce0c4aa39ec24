#!/usr/bin/env bash
# The sanitizer jobs (docs/testing.md). For each preset given (default: asan tsan): configure it,
# build only the executables its test preset runs, run them, and fail on any sanitizer report.
#   asan  unit + integration tests and the libFuzzer targets (label fuzz) under ASan+UBSan
#         without recovery
#   tsan  the threaded tests (core telemetry and local orchestrator, the agents integration)
#         under ThreadSanitizer (gcc 12)
#   asan-ci, tsan-ci  the parts of those that .ci/run runs (in the same build trees)
# Which tests run is defined once, by the test presets in CMakePresets.json.
# Usage: bash packaging/test-sanitizers.sh [asan] [tsan] [asan-ci] [tsan-ci] [-- ctest args]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

presets=()
extra=()
while (($#)); do
  case $1 in
    asan | tsan | asan-ci | tsan-ci) presets+=("$1") ;;
    --) shift; extra=("$@"); break ;;
    *) echo "usage: $0 [asan] [tsan] [asan-ci] [tsan-ci] [-- ctest args]" >&2; exit 2 ;;
  esac
  shift
done
[ ${#presets[@]} -gt 0 ] || presets=(asan tsan)

bash packaging/install-deps.sh
jobs=$(nproc)

# The build-tree files the selected tests execute: the ninja targets to build (each brings the
# agents and tools it depends on). ctest names the selected tests; their commands are read from
# the generated CTestTestfile.cmake files, since ctest resolves a command only once it is built.
selected_outputs() {
  ctest --preset "$1" --show-only=json-v1 | python3 -c '
import json, os, re, sys
build = os.path.realpath(sys.argv[1])
selected = {t["name"] for t in json.load(sys.stdin)["tests"]}
for d, _, files in os.walk(build):
    if "CTestTestfile.cmake" not in files:
        continue
    for m in re.finditer(r"add_test\(\[=\[(.*?)\]=\] \"([^\"]*)\"", open(os.path.join(d, "CTestTestfile.cmake")).read()):
        exe = os.path.realpath(m.group(2))
        if m.group(1) in selected and exe.startswith(build + "/"):
            print(os.path.relpath(exe, build))
' "$2" | sort -u
}

fmt_s() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

rc=0
summary=()
for preset in "${presets[@]}"; do
  configure=${preset%-ci}  # the CI parts share the build tree of their configure preset
  build=$root/build-$configure
  logs=$build/sanitizer-logs
  t0=$SECONDS
  cmake --preset "$configure" >/dev/null
  mapfile -t outputs < <(selected_outputs "$preset" "$build")
  if [ ${#outputs[@]} -eq 0 ]; then
    echo "test-sanitizers: $preset: the test preset selects no test built in $build" >&2
    exit 1
  fi
  echo "test-sanitizers: $preset: building ${#outputs[@]} test executables"
  nice ninja -C "$build" -j "$jobs" "${outputs[@]}"
  t1=$SECONDS

  # Reports go to files as well as failing the process: a report in an agent whose exit status
  # a test does not look at still fails the job. The presets append $penv{…_OPTIONS}.
  rm -rf "$logs"
  mkdir -p "$logs"
  # What the fuzz targets leave (libFuzzer -artifact_prefix=<build>/tests/fuzz/<unit>/): those
  # of an earlier run are not this run's.
  fuzz_artifacts() {
    find "$build/tests/fuzz" -mindepth 2 -maxdepth 2 -type f \( -name 'crash-*' -o -name 'leak-*' \
      -o -name 'timeout-*' -o -name 'oom-*' -o -name 'slow-unit-*' \) 2>/dev/null | sort
  }
  fuzz_artifacts | xargs -r rm -f
  export ASAN_OPTIONS="log_path=$logs/asan" UBSAN_OPTIONS="log_path=$logs/ubsan"
  export LSAN_OPTIONS="log_path=$logs/lsan" TSAN_OPTIONS="log_path=$logs/tsan"
  status=0
  ctest --preset "$preset" -j "$jobs" "${extra[@]}" || status=$?
  t2=$SECONDS
  if compgen -G "$logs/*" >/dev/null; then
    echo "test-sanitizers: $preset: sanitizer reports (from $logs):" >&2
    for f in "$logs"/*; do
      echo "---- $f" >&2
      head -n 60 "$f" >&2
    done
    status=1
  fi
  mapfile -t found < <(fuzz_artifacts)
  if [ ${#found[@]} -gt 0 ]; then
    echo "test-sanitizers: $preset: inputs the fuzz targets found a problem with (replay one:" \
      "<target> <input>):" >&2
    for f in "${found[@]}"; do
      unit=$(basename "$(dirname "$f")")
      echo "  $f  (replay: $build/tests/bin/tst_fuzz_$unit $f)" >&2
    done
    status=1
  fi
  [ $status -eq 0 ] || rc=1
  result=$([ $status -eq 0 ] && echo passed || echo FAILED)
  summary+=("$preset: build $(fmt_s $((t1 - t0))), tests $(fmt_s $((t2 - t1))), $result")
done

for line in "${summary[@]}"; do echo "test-sanitizers: $line"; done
exit $rc
