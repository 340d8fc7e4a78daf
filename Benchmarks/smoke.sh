#!/usr/bin/env bash
# The benchmarks' smoke run, for CI: every package-benchmark benchmark once on the smallest graphs, with
# its allocation and retain/release counts checked against Benchmarks/Thresholds/smoke, then the peer
# script's agreement check on tiny graphs. No timing is asserted anywhere.
#
# Usage: Benchmarks/smoke.sh [path to a built channels binary, default .build/debug/channels]
set -euo pipefail
cd "$(dirname "$0")/.."

export BENCHMARKS=1 CHANNELS_BENCH_SMOKE=1
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
swift package --scratch-path .build-bench benchmark thresholds check --path Benchmarks/Thresholds/smoke --no-progress \
    2>&1 | tee "$log" || status=$?
# The plugin exits 1 both for a regression and for counts that only improved; its last error line says which.
if [ "$status" -ne 0 ]; then
    if grep -q "benchmarkThresholdImprovement" "$log" && ! grep -q "benchmarkThresholdRegression" "$log"; then
        echo "benchmark thresholds: counts improved; lower the files in Benchmarks/Thresholds/smoke" >&2
    else
        echo "benchmark thresholds: allocation or ARC counts regressed (status $status)" >&2
        exit 1
    fi
fi

CHANNELS="${1:-.build/debug/channels}" Benchmarks/Peers/run.sh --quick
