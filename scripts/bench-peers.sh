#!/usr/bin/env bash
# The widget side by side with the JavaScript graph libraries of ../shared/bench/peers, in one
# run (headless Chromium): builds the npm package (scripts/package.sh), serves bench/ with it on
# 127.0.0.1, and runs the harness (copied to the cache, its npm packages installed there once)
# with `--target partnership-map=…`. Arguments go to the harness's run.mjs (default: 3 runs of
# 80, 500, 2000 and 10000 nodes). Results: target/bench-peers/results.json and the printed table.
#   PEERS=path/to/peers scripts/bench-peers.sh --sizes 80,500 --runs 1
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/partnership-map/target}
peers_src=${PEERS:-../shared/bench/peers}
[ -f "$peers_src/run.mjs" ] || { echo "no peers harness at $peers_src (set PEERS)" >&2; exit 1; }
repo=$(pwd)
work=$HOME/.cache/partnership-map/bench-peers
mkdir -p "$work/harness"
step "harness: $peers_src -> $work/harness"
(cd "$peers_src" && tar --exclude=./node_modules --exclude=./results.json -cf - .) | (cd "$work/harness" && tar -xf -)
if [ ! -d "$work/harness/node_modules" ]; then
  (cd "$work/harness" && npm ci --no-audit --no-fund)
fi
step "package: scripts/package.sh"
site=$work/site
rm -rf "$site" && mkdir -p "$site"
scripts/package.sh "$site/pm" >/dev/null
cp bench/peers.html bench/peers.js bench/peers.css "$site/"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
mkdir -p target/bench-peers
step "run: node run.mjs $*"
(cd "$work/harness" && CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium} node run.mjs \
  --target "partnership-map=http://127.0.0.1:$port/peers.html?graph={graphUrl}&harness={harness}" \
  --out "$repo/target/bench-peers/results.json" "$@")
