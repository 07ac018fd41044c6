#!/usr/bin/env bash
# Installs every tool the project needs, from package registries only, and skips what is present.
# Sourced by scripts/serve.sh and scripts/test.sh; safe to run on its own.
#   PMAP_TOOLS  where npm-installed tools live (default ~/.cache/partnership-map/tools)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tools=${PMAP_TOOLS:-$HOME/.cache/partnership-map/tools}
mkdir -p "$tools/bin"
export PATH="$HOME/.cargo/bin:$tools/bin:$PATH"
# `cargo install` without a lockfile (wasm-bindgen-cli) must pick releases this rustc can build.
export CARGO_RESOLVER_INCOMPATIBLE_RUST_VERSIONS=fallback

# Versions. wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3; exit}' "$root/Cargo.lock" 2>/dev/null || true)
WASM_BINDGEN_VERSION=${WASM_BINDGEN_VERSION:-0.2.130}
TRUNK_VERSION=0.21.14
WASM_PACK_VERSION=0.15.1
GECKODRIVER_VERSION=0.37.1
BINARYEN_VERSION=132.0.0

step() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

have_version() { # have_version CMD VERSION: CMD --version mentions VERSION
  # Read the whole output first: `grep -q` stopping early would make a tool that prints several
  # lines (geckodriver) die of SIGPIPE, and pipefail would take that for "not installed".
  local out
  command -v "$1" >/dev/null 2>&1 || return 1
  out=$("$1" --version 2>/dev/null) || return 1
  grep -qF "$2" <<<"$out"
}

cargo_tool() { # cargo_tool BIN CRATE VERSION [extra cargo install args]
  local bin=$1 crate=$2 version=$3; shift 3
  if have_version "$bin" "$version"; then return; fi
  step "installing $crate $version (cargo install; several minutes on 2 cores)"
  cargo install "$crate" --version "$version" --force "$@"
}

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

apt_missing=()
command -v chromium >/dev/null 2>&1 || apt_missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || apt_missing+=(chromium-driver)
command -v firefox-esr >/dev/null 2>&1 || apt_missing+=(firefox-esr)
# scripts/size.sh reports the download brotli-compressed too.
command -v brotli >/dev/null 2>&1 || apt_missing+=(brotli)
# CJK glyphs, so that the Chinese view shows characters (not boxes) in tests and screenshots.
[ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || apt_missing+=(fonts-noto-cjk)
if [ ${#apt_missing[@]} -gt 0 ]; then
  step "installing ${apt_missing[*]} (apt)"
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${apt_missing[@]}"
fi

# wasm-bindgen-cli's own lockfile names a crate release the registry lacks: no --locked.
cargo_tool wasm-bindgen wasm-bindgen-cli "$WASM_BINDGEN_VERSION"
cargo_tool wasm-pack wasm-pack "$WASM_PACK_VERSION" --locked
cargo_tool geckodriver geckodriver "$GECKODRIVER_VERSION" --locked
cargo_tool trunk trunk "$TRUNK_VERSION" --locked

# wasm-opt from the npm package (Debian's binaryen is too old for current rustc output).
if ! have_version wasm-opt "version_${BINARYEN_VERSION%%.*}"; then
  step "installing binaryen $BINARYEN_VERSION (npm) for wasm-opt"
  npm install --silent --no-audit --no-fund --prefix "$tools/npm" "binaryen@$BINARYEN_VERSION"
  ln -sf "$tools/npm/node_modules/binaryen/bin/wasm-opt" "$tools/bin/wasm-opt"
fi

step "tools ready: $(wasm-bindgen --version), $(trunk --version), $(wasm-pack --version), $(wasm-opt --version | head -1)"
