#!/usr/bin/env bash
# Coverage-guided fuzzing (cargo-fuzz, libFuzzer) of the extractor (any article text) and of the
# data loader (any JSON): `scripts/fuzz.sh [RUNS]` runs each target RUNS times (default 1,000,000)
# from the inputs kept in tests/data/fuzz/<target>/, then keeps there the smallest set of the
# old and new inputs that reaches all the code they reach together. The normal test run replays every kept input
# (crates/extract/tests/fuzz_corpus.rs, crates/view/tests/fuzz_corpus.rs); a crash found here is
# saved under fuzz/artifacts/ and should become a kept input with its fix. Installs cargo-fuzz
# from crates.io when missing; needs a nightly toolchain, else uses the stable one in bootstrap
# mode (libFuzzer's instrumentation flags are unstable).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1000000}
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  fuzz=(cargo +nightly fuzz)
else
  export RUSTC_BOOTSTRAP=1
  fuzz=(cargo fuzz)
fi
cd fuzz
# Articles are cut at 1 KB (every rule fits in a few sentences; at 4 KB the extractor runs too few
# times a second for a million runs); a graph may be 4 KB.
for target in extract:1024 load:4096; do
  max_len=${target#*:} target=${target%:*}
  kept=../tests/data/fuzz/$target
  found=$(mktemp -d)
  echo "== $target: $runs runs" >&2
  "${fuzz[@]}" run -O -s none "$target" "$found" "$kept" -- \
    -runs="$runs" -max_len="$max_len" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 2>&1 \
    | grep -E '^(stat::|#[0-9]+ *DONE|==|SUMMARY|Done)' >&2
  # The smallest set of inputs, old and new, that reaches every edge they reach together (edges,
  # not hit counts: with counts the set is four times larger for the same code).
  merged=$(mktemp -d)
  "${fuzz[@]}" run -O -s none "$target" "$merged" "$kept" "$found" -- -merge=1 -use_counters=0 2>&1 \
    | grep -E 'MERGE-OUTER: [0-9]+ new files' >&2 || true
  rm -rf "$kept" "$found"
  mv "$merged" "$kept"
done
