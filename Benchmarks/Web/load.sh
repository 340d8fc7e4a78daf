#!/usr/bin/env bash
# Load test of `channels serve` on loopback: wrk sends path queries on the built-in graph (paths.lua: 660
# distinct questions) for DURATION seconds over CONNECTIONS connections, while the server's resident memory
# is sampled every 5 s. Prints throughput, latency percentiles, errors and the memory samples. Nothing is
# asserted: the figures go to Benchmarks/README.md ("Web view").
#
# Usage: Benchmarks/Web/load.sh [channels binary (a release build)] [duration s, default 60] [connections, default 32] [serve options…]
#   swift build -c release --static-swift-stdlib --product channels && Benchmarks/Web/load.sh .build/release/channels
#   Benchmarks/Web/load.sh .build/release/channels 20 32 --cache 0     every request computed afresh
# Needs wrk (apt install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."

binary="${1:-.build/release/channels}"
duration="${2:-60}"
connections="${3:-32}"
shift $(( $# < 3 ? $# : 3 ))
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 69; }

log="$(mktemp)"
"$binary" serve --port 0 "$@" > "$log" 2> /dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do grep -q "^channels: serving" "$log" && break; sleep 0.1; done
base="$(grep -o 'http://[^ ]*' "$log" | head -1)"
rss() { awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$server/status"; }

echo "server: $base (pid $server; serve $*), $(nproc) cores, wrk: 1 thread, $connections connections, ${duration} s"
wrk -t1 -c"$connections" -d5s -s Benchmarks/Web/paths.lua "$base" > /dev/null   # warm-up
echo "memory after warm-up: $(rss) MB"
( for _ in $(seq 1 $((duration / 5))); do sleep 5; printf '%s ' "$(rss)"; done ) > "$log.rss" &
sampler=$!
wrk -t1 -c"$connections" -d"${duration}s" --timeout 2s -s Benchmarks/Web/paths.lua "$base"
wait "$sampler" || true
echo "memory every 5 s (MB): $(cat "$log.rss")"
rm -f "$log.rss"
