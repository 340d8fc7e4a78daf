#!/usr/bin/env bash
# The benchmarks' smoke run, for CI: every package-benchmark benchmark once on the smallest graphs, with
# its allocation and retain/release counts checked against Benchmarks/Thresholds/smoke, then the peer
# script's agreement check on tiny graphs. No timing is asserted anywhere.
#
# Usage: Benchmarks/smoke.sh [path to a built channels binary, default .build/debug/channels]
set -euo pipefail
cd "$(dirname "$0")/.."

export BENCHMARKS=1 CHANNELS_BENCH_SMOKE=1
status=0
swift package --scratch-path .build-bench benchmark thresholds check --path Benchmarks/Thresholds/smoke --no-progress || status=$?
# 0: as before; 4: only improvements (update the thresholds); 2: a regression.
if [ "$status" -ne 0 ] && [ "$status" -ne 4 ]; then
    echo "benchmark thresholds: allocation or ARC counts regressed (status $status)" >&2
    exit 1
fi

CHANNELS="${1:-.build/debug/channels}" Benchmarks/Peers/run.sh --quick
