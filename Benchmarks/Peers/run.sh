#!/usr/bin/env bash
# Side-by-side comparison of channels with NetworkX, igraph, rustworkx and NetworKit.
#
# Creates Benchmarks/Peers/.venv on first use, installs requirements.txt into it (again only when that
# file changes), then runs compare.py with the arguments given, e.g.
#
#   Benchmarks/Peers/run.sh                       # full run (40–70 min), writes results/latest.md
#   Benchmarks/Peers/run.sh --quick               # tiny graphs: agreement checks only (CI)
#   Benchmarks/Peers/run.sh --only bfs,pagerank --repeat 10
#   Benchmarks/Peers/run.sh --only bfs --gapbs ~/gapbs    # also GAP's kernels, where gapbs is built by hand
#
# The channels binary comes from $CHANNELS (default: .build/release/channels in the repository root).
# This script builds nothing: build channels first with
# `swift build -c release --static-swift-stdlib --product channels` (the build users install).
# PYTHON picks the interpreter for the virtualenv (default: python3.11, else python3).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
channels="${CHANNELS:-$repo/.build/release/channels}"

if [[ ! -x "$channels" ]]; then
    echo "run.sh: no channels binary at $channels" >&2
    echo "run.sh: build it first, from $repo: swift build -c release --static-swift-stdlib --product channels" >&2
    echo "run.sh: (or set CHANNELS to the path of an existing build)" >&2
    exit 2
fi

python="${PYTHON:-$(command -v python3.11 || command -v python3)}"
venv="$here/.venv"
if [[ ! -x "$venv/bin/python" ]]; then
    "$python" -m venv "$venv"
fi
installed="$venv/.installed-requirements.txt"
if ! cmp -s "$here/requirements.txt" "$installed"; then
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    "$venv/bin/python" -m pip install --quiet -r "$here/requirements.txt"
    cp "$here/requirements.txt" "$installed"
fi

# The command line as typed, for the report.
command="Benchmarks/Peers/run.sh"
[[ -n "${CHANNELS:-}" ]] && command="CHANNELS=$(printf '%q' "$CHANNELS") $command"
for argument in "$@"; do command+=" $(printf '%q' "$argument")"; done

CHANNELS="$channels" PEERS_COMMAND="$command" exec "$venv/bin/python" "$here/compare.py" "$@"
