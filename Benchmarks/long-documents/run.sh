#!/usr/bin/env bash
# Times single long documents of several shapes at growing sizes (release build), to catch work that grows
# faster than a document: see audit.py. Usage: Benchmarks/long-documents/run.sh [SIZES_MB, default 1,2,4]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
command -v python3 >/dev/null || { apt-get update -qq && apt-get install -y -qq python3; }
(cd "$repo" && swift build -c release >&2)
exec python3 "$repo/Benchmarks/long-documents/audit.py" "$repo/.build/release/werkzaam" "$repo" "${1:-1,2,4}"
