#!/usr/bin/env bash
# CI check of the Raspberry Pi cross build (issue 6): configures and builds the agents for
# arm64 with packaging/toolchains/aarch64-linux-gnu.cmake into a temporary directory and checks
# that every program built is an aarch64 ELF; then packs swarmlab-agents for arm64 (cpack) and
# checks the package's architecture and programs (docs/packaging.md; label package too). Then
# runs the arm64 programs themselves under qemu-aarch64-static (user-mode emulation, no Pi): an
# arm64 swarmlab-displayd on fake lines, an arm64 subscriber writing to it and an arm64
# publisher, through a real redis-server; the daemon's lines must show the lab clock.
# Usage: cross_build_arm64.sh SOURCE_DIR
set -euo pipefail
src=${1:?source dir}
if ! command -v aarch64-linux-gnu-g++ >/dev/null; then
  echo "cross: skipped: aarch64-linux-gnu-g++ not installed (bash packaging/install-deps.sh)"
  exit 77
fi
out=$(mktemp -d "${TMPDIR:-/tmp}/swarmlab-arm64.XXXXXX")
trap 'rm -rf "$out"' EXIT

gen=()
command -v ninja >/dev/null && gen=(-G Ninja)
echo "cross: configuring into $out"
cmake -S "$src" -B "$out" "${gen[@]}" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_TOOLCHAIN_FILE="$src/packaging/toolchains/aarch64-linux-gnu.cmake" >"$out/configure.log" 2>&1 ||
  { tail -30 "$out/configure.log"; echo "cross: FAIL configure"; exit 1; }
echo "cross: building"
if ! cmake --build "$out" -j 2 >"$out/build.log" 2>&1; then
  # The failing targets and the compiler/linker lines that say why.
  grep -E "FAILED:|error:|undefined reference|cannot find -l|collect2" "$out/build.log" | head -40
  echo "cross: FAIL build"
  exit 1
fi

# The arm64 swarmlab-agents package: Architecture arm64, every program in it aarch64.
check_package() {
  local dir=$1 deb desc
  if ! cpack --config "$dir/CPackConfig.cmake" -B "$dir/debs" >"$dir/cpack.log" 2>&1; then
    tail -20 "$dir/cpack.log"; echo "cross: FAIL cpack"; return 1
  fi
  deb=$(ls "$dir"/debs/swarmlab-agents_*_arm64.deb 2>/dev/null) ||
    { ls "$dir/debs"; echo "cross: FAIL no swarmlab-agents arm64 package"; return 1; }
  echo "cross: $(basename "$deb"): $(($(stat -c %s "$deb") / 1024)) KiB," \
    "Architecture $(dpkg-deb -f "$deb" Architecture), Depends: $(dpkg-deb -f "$deb" Depends)"
  [ "$(dpkg-deb -f "$deb" Architecture)" = arm64 ] ||
    { echo "cross: FAIL the package's architecture is not arm64"; return 1; }
  # The libraries must be the Pi's packages, not the cross toolchain's (libc6-arm64-cross...).
  case "$(dpkg-deb -f "$deb" Depends)" in
    *-cross*) echo "cross: FAIL the package depends on a cross-toolchain package"; return 1 ;;
  esac
  dpkg-deb -x "$deb" "$dir/deb-root"
  for p in "$dir"/deb-root/usr/bin/*; do
    desc=$(file -b "$p")
    case "$desc" in
      ELF\ 64-bit*ARM\ aarch64*) ;;
      *) echo "cross: FAIL package: $(basename "$p") is $desc"; return 1 ;;
    esac
  done
  echo "cross: package: $(ls "$dir/deb-root/usr/bin" | wc -l) aarch64 programs in /usr/bin"
}

status=0
expected=(swarmlab-display-test swarmlab-publisher swarmlab-subscriber)
for name in "${expected[@]}"; do
  [ -f "$out/bin/$name" ] || { echo "cross: FAIL $name was not built"; status=1; }
done
shopt -s nullglob
programs=("$out"/bin/*)
[ ${#programs[@]} -gt 0 ] || { echo "cross: FAIL nothing in bin/"; exit 1; }
for p in "${programs[@]}"; do
  desc=$(file -b "$p")
  echo "cross: $(basename "$p"): $desc"
  case "$desc" in
    ELF\ 64-bit*ARM\ aarch64*) ;;
    *) echo "cross: FAIL $(basename "$p") is not an aarch64 ELF"; status=1 ;;
  esac
done
# Qt must not have been pulled into the agents.
if grep -q "Qt6" "$out/CMakeCache.txt" && grep -q "^Qt6_DIR:PATH=/" "$out/CMakeCache.txt"; then
  echo "cross: FAIL Qt6 was configured in the cross build"; status=1
fi
check_package "$out" || status=1

# The arm64 programs run: publisher -> Redis -> subscriber -> displayd (fake lines), emulated.
run_under_qemu() {
  local dir=$1 q r pids=() ok=0 line
  q=$(command -v qemu-aarch64-static) ||
    { echo "cross: FAIL qemu-aarch64-static not installed (bash packaging/install-deps.sh)"; return 1; }
  command -v redis-server >/dev/null || { echo "cross: FAIL redis-server not installed"; return 1; }
  redis-server --port 0 --unixsocket "$dir/redis.sock" --save '' --appendonly no \
    --daemonize no >"$dir/redis.log" 2>&1 &
  pids+=($!)
  "$q" "$dir/bin/swarmlab-displayd" --fake --socket "$dir/display.sock" \
    --blank-after-ms 60000 >"$dir/displayd.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do [ -S "$dir/redis.sock" ] && [ -S "$dir/display.sock" ] && break; sleep 0.1; done
  "$q" "$dir/bin/swarmlab-subscriber" --redis "unix://$dir/redis.sock" --instance sub-arm64 \
    --node pi-arm64 --display socket --display-socket "$dir/display.sock" >"$dir/sub.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do grep -q "subscribed to" "$dir/sub.log" && break; sleep 0.1; done
  "$q" "$dir/bin/swarmlab-publisher" --redis "unix://$dir/redis.sock" --instance pub-arm64 \
    --node gw --duration-s 3 >"$dir/pub.log" 2>&1 || { tail -5 "$dir/pub.log"; echo "cross: FAIL arm64 publisher"; }
  line=$("$q" "$dir/bin/swarmlab-displayd" --status --socket "$dir/display.sock" 2>&1) || true
  kill -TERM "${pids[2]}" 2>/dev/null; wait "${pids[2]}" 2>/dev/null
  echo "cross: arm64 publisher: $(grep -o 'published [0-9]*[^,]*' "$dir/pub.log" | tail -1)"
  echo "cross: arm64 subscriber: $(tail -1 "$dir/sub.log")"
  echo "cross: arm64 displayd --status: $line"
  # What the fake lines last lit equals what the multiplexer drives (digits), and reads as the
  # lab clock hh.mm,ss.cc (UTC, the subscriber's default) of the publisher's last message.
  local lines digits text now
  lines=$(sed -n 's/.* lines=\([^ ]*\).*/\1/p' <<<"$line")
  digits=$(sed -n 's/.* digits=\([^ ]*\).*/\1/p' <<<"$line")
  text=$(sed -n 's/.* text=\([^ ]*\).*/\1/p' <<<"$line")
  now=$(date -u +%H.%M)
  if [ -n "$lines" ] && [ "$lines" = "$digits" ] && [[ "$text" =~ ^[0-9]{2}\.[0-9]{2},[0-9]{2}\.[0-9]{2}$ ]] &&
    { [ "${text%%,*}" = "$now" ] || [ "${text%%,*}" = "$(date -u -d '-1 min' +%H.%M)" ]; } &&
    grep -q "updates [1-9][0-9]*, lost 0" "$dir/sub.log"; then
    ok=1
  fi
  kill -TERM "${pids[1]}" "${pids[0]}" 2>/dev/null; wait 2>/dev/null
  [ $ok -eq 1 ] && echo "cross: arm64 run: the fake lines show $text (UTC now $now), as driven" && return 0
  tail -5 "$dir/displayd.log" "$dir/sub.log" "$dir/redis.log" 2>/dev/null
  echo "cross: FAIL the arm64 programs did not light the fake display with the lab clock"
  return 1
}
run_under_qemu "$out" || status=1
[ $status -eq 0 ] && echo "cross: OK"
exit $status
