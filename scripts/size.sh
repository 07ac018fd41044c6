#!/usr/bin/env bash
# Prints what a page downloads from a built folder (default dist/), raw, gzipped and (when the
# `brotli` tool is there: scripts/setup.sh installs it) brotli-compressed, and fails if the
# gzipped total is over the budget (295,000 B; BENCHMARKS.md records the numbers and why).
set -euo pipefail
dir=${1:-dist}
budget=${PMAP_SIZE_BUDGET:-295000}
total=0 total_br=0
have_brotli=$(command -v brotli >/dev/null 2>&1 && echo yes || true)
while IFS= read -r f; do
  raw=$(stat -c%s "$f"); gz=$(gzip -9c "$f" | wc -c)
  total=$((total + gz))
  if [ -n "$have_brotli" ]; then
    br=$(brotli -q 11 -c "$f" | wc -c)
    total_br=$((total_br + br))
    printf '%-48s %9d B raw %9d B gzip %9d B brotli\n' "${f#"$dir"/}" "$raw" "$gz" "$br"
  else
    printf '%-48s %9d B raw %9d B gzip\n' "${f#"$dir"/}" "$raw" "$gz"
  fi
done < <(find "$dir" -type f | sort)
if [ -n "$have_brotli" ]; then
  printf '%-48s %9s       %9d B gzip %9d B brotli (budget %d B gzip)\n' "total" "" "$total" "$total_br" "$budget"
else
  printf '%-48s %9s       %9d B gzip (budget %d B)\n' "total" "" "$total" "$budget"
fi
if [ "$total" -gt "$budget" ]; then
  echo "size: over budget by $((total - budget)) B" >&2
  exit 1
fi
