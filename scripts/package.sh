#!/usr/bin/env bash
# Builds the npm package and static distribution of the widget into pkg/ (or $1): what
# `wasm-pack build --target web --release` does (cargo build of the library for wasm32, then
# wasm-bindgen --target web), done as its two steps so that the library is built as a cdylib only:
# built as cdylib + rlib together (the crate's crate-type, which the browser tests need), the wasm
# comes out 40 kB gzipped larger. Then wasm-opt -Oz, and the loader (partnership-map.js), its
# types and the package README from packaging/. The same folder is the static distribution a site
# hosts as files. Uses the tools scripts/setup.sh installed; downloads nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-pkg}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/partnership-map/target}
rm -rf "$out"
cargo rustc --lib --release --target wasm32-unknown-unknown --crate-type cdylib >&2
wasm-bindgen --target web --out-dir "$out" --out-name core \
  "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/partnership_map.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  "$out/core_bg.wasm" -o "$out/core_bg.wasm"
cp packaging/partnership-map.js packaging/partnership-map.d.ts packaging/README.md "$out/"
rm -f "$out/.gitignore"
version=$(awk -F'"' '/^version = /{print $2; exit}' Cargo.toml)
cat > "$out/package.json" <<JSON
{
  "name": "partnership-map",
  "version": "$version",
  "description": "An interactive map of who works with whom in UNIDO's AIM Global news, every line backed by a quoted sentence. A custom element and a mount() API; WebAssembly, no server.",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "main": "partnership-map.js",
  "module": "partnership-map.js",
  "types": "partnership-map.d.ts",
  "exports": {
    ".": { "types": "./partnership-map.d.ts", "default": "./partnership-map.js" },
    "./core_bg.wasm": "./core_bg.wasm"
  },
  "files": ["partnership-map.js", "partnership-map.d.ts", "core.js", "core.d.ts", "core_bg.wasm", "core_bg.wasm.d.ts", "snippets", "README.md"],
  "sideEffects": ["./partnership-map.js"],
  "keywords": ["graph", "network", "map", "web-component", "custom-element", "webassembly", "unido", "bilingual"]
}
JSON
echo "$out"
