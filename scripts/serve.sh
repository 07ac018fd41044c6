#!/usr/bin/env bash
# Builds and serves the map on http://127.0.0.1:8080 (the README's first command). Installs what
# is missing first (scripts/setup.sh). Extra arguments go to `trunk serve` (e.g. --release).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/partnership-map/target}
step "serving the map on http://127.0.0.1:8080 (Ctrl-C stops)"
exec trunk serve --address 127.0.0.1 --port 8080 "$@"
