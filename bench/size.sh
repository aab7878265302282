#!/usr/bin/env bash
# Size of what a page downloads: the wasm module and the JS glue, raw and
# gzip -9. Run after scripts/build.sh (or give another pkg/ directory).
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-pkg}"
total_raw=0
total_gz=0
printf '%-32s %10s %10s\n' file bytes "gzip -9"
for f in tm_user_validator_bg.wasm tm_user_validator.js; do
    raw=$(wc -c <"$dir/$f")
    gz=$(gzip -9 -c "$dir/$f" | wc -c)
    total_raw=$((total_raw + raw))
    total_gz=$((total_gz + gz))
    printf '%-32s %10d %10d\n' "$f" "$raw" "$gz"
done
printf '%-32s %10d %10d\n' total "$total_raw" "$total_gz"
