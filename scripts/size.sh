#!/usr/bin/env bash
# Prints what a page downloads from a built folder (default dist/), raw and gzipped, and fails if
# the gzipped total is over the budget (293,000 B; BENCHMARKS.md records the numbers and why).
set -euo pipefail
dir=${1:-dist}
budget=${PMAP_SIZE_BUDGET:-293000}
total=0
while IFS= read -r f; do
  raw=$(stat -c%s "$f"); gz=$(gzip -9c "$f" | wc -c)
  total=$((total + gz))
  printf '%-48s %9d B raw %9d B gzip\n' "${f#"$dir"/}" "$raw" "$gz"
done < <(find "$dir" -type f | sort)
printf '%-48s %9s       %9d B gzip (budget %d B)\n' "total" "" "$total" "$budget"
if [ "$total" -gt "$budget" ]; then
  echo "size: over budget by $((total - budget)) B" >&2
  exit 1
fi
