#!/usr/bin/env bash
# Compares every output of two builds of werkzaam on one corpus: the files byte for byte, and the project
# files' sorted SQL dumps without the run log. Prints DIFF lines; silence means the outputs are the same.
# usage: Benchmarks/same-outputs.sh OLD_BINARY NEW_BINARY CORPUS [LEXICONS]
set -euo pipefail
old=$1 new=$2 corpus=$3 lexicons=${4:-lexicons}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$old" analyze "$corpus" -o "$work/old" --lexicons "$lexicons" -q > /dev/null 2>&1 || true
"$new" analyze "$corpus" -o "$work/new" --lexicons "$lexicons" -q > /dev/null 2>&1 || true
for f in "$work/old"/*; do
  name=$(basename "$f")
  [ "$name" = werkzaam.sqlite ] && continue
  cmp -s "$f" "$work/new/$name" || echo "DIFF $name"
done
dump() { sqlite3 "$1" .dump | grep -v -e "INTO meta" -e "INTO runs" | sort; }
if command -v sqlite3 > /dev/null; then
  cmp -s <(dump "$work/old/werkzaam.sqlite") <(dump "$work/new/werkzaam.sqlite") || echo "DIFF werkzaam.sqlite (sorted dump)"
fi
