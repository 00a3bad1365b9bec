#!/usr/bin/env bash
# Runs two builds of werkzaam alternately on one corpus and prints each run's quotes-stage CPU seconds
# and wall seconds, so a change's cost can be judged on this VM, whose speed drifts between hours.
# usage: Benchmarks/pairs.sh OLD_BINARY NEW_BINARY PAIRS CORPUS LEXICONS
set -euo pipefail
old=$1 new=$2 pairs=$3 corpus=$4 lexicons=$5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 "$pairs"); do
  for which in old new; do
    bin=$old; [ "$which" = new ] && bin=$new
    rm -rf "$work/out"
    /usr/bin/time -f "%e" -o "$work/wall" "$bin" analyze "$corpus" -o "$work/out" --lexicons "$lexicons" -j 1 --timings -q \
      > "$work/log" 2>&1
    quotes=$(grep -E "^ *quotes " "$work/log" | awk '{print $3}' | head -1)
    echo "$i $which quotes ${quotes:-?} wall $(cat "$work/wall")"
  done
done
