#!/usr/bin/env bash
# CI check of the Raspberry Pi cross build (issue 6): configures and builds the agents for
# arm64 with packaging/toolchains/aarch64-linux-gnu.cmake into a temporary directory and checks
# that every program built is an aarch64 ELF; then packs swarmlab-agents for arm64 (cpack) and
# checks the package's architecture and programs (docs/packaging.md; label package too).
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
[ $status -eq 0 ] && echo "cross: OK"
exit $status
