#!/usr/bin/env bash
# Runs every test of the project; the README's second command and all that .ci/run calls.
# Installs what is missing first (scripts/setup.sh). Fails if any suite fails or cannot run.
#   1. native unit and data-driven tests of the crates (cargo test)
#   2. browser tests in headless Chromium and Firefox (wasm-pack test)
#   3. release build (trunk build --release) and its size budget (scripts/size.sh)
#   4. the npm package / static distribution (scripts/package.sh into www/pkg)
#   5. end-to-end on 127.0.0.1: the release build in headless Chromium (a visitor's path), and the
#      partner page www/partner.html with the package in headless Chromium and Firefox
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
# Build outputs are a cache shared by every checkout on this machine (CI clones afresh).
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/partnership-map/target}
export CHROMEDRIVER=/usr/bin/chromedriver
GECKODRIVER=$(command -v geckodriver)
export GECKODRIVER
log=$(mktemp -d)
summary=()
total_passed=0
total_failed=0

# run NAME COMMAND...: runs a suite, echoes its output, counts its tests.
run() {
  local name=$1; shift
  step "$name: $*"
  local status=0
  "$@" 2>&1 | tee "$log/$name.log" || status=$?
  local passed failed
  passed=$(grep -Eo 'test result: [A-Za-z]+\. [0-9]+ passed' "$log/$name.log" | grep -Eo '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
  failed=$(grep -Eo '[0-9]+ failed' "$log/$name.log" | awk '{s+=$1} END {print s+0}')
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  summary+=("$(printf '%-22s %4d passed, %d failed' "$name" "$passed" "$failed")")
  if [ "$status" -ne 0 ] || [ "$passed" -eq 0 ]; then
    printf '%s\n' "${summary[@]}"
    echo "FAILED: $name (exit $status, $passed tests passed)" >&2
    exit 1
  fi
}

run native cargo test --workspace --exclude partnership-map --exclude pmap-e2e
run browser-chromium wasm-pack test --headless --mode no-install --chrome --chromedriver "$CHROMEDRIVER"
run browser-firefox wasm-pack test --headless --mode no-install --firefox --geckodriver "$GECKODRIVER"
step "release build: trunk build --release"
trunk build --release
scripts/size.sh dist | tee "$log/size.log"
step "package: scripts/package.sh www/pkg"
scripts/package.sh www/pkg
run end-to-end cargo test -p pmap-e2e

echo
printf '%s\n' "${summary[@]}"
echo "all: $total_passed passed, $total_failed failed"
