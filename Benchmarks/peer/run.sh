#!/usr/bin/env bash
# Runs the spaCy peer (peer.py) on a corpus. Installs spaCy and PyYAML from PyPI into a virtual environment
# of its own on first use (outside the repository); they are never dependencies of the Swift package.
# Usage: Benchmarks/peer/run.sh CORPUS LEXICON_DIR OUT_DIR
#        Benchmarks/peer/run.sh --install   (only set up the environment, so a timed run does not include it)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="${WERKZAAM_PEER_VENV:-$HOME/.cache/werkzaam-peer/venv}"
if ! "$venv/bin/python" -c "import spacy, yaml" 2>/dev/null; then
    command -v python3 >/dev/null || { apt-get update -qq && apt-get install -y -qq python3 python3-venv; }
    python3 -m venv "$venv" 2>/dev/null || { apt-get update -qq && apt-get install -y -qq python3-venv && python3 -m venv "$venv"; }
    "$venv/bin/pip" install -q "spacy==3.8.18" "pyyaml==6.0.3" >&2
fi
[ "${1:-}" = "--install" ] && exit 0
exec "$venv/bin/python" "$here/peer.py" "$@"
