#!/usr/bin/env bash
# Builds the libFuzzer harness (address sanitizer and coverage on every module) and fuzzes one input
# path for a number of seconds, starting from a corpus seeded with the test fixtures and Graphs/.
#
# Usage: Tests/Fuzz/run.sh TARGET [SECONDS]     TARGET: yaml graphml gexf json csv tsv edgelist chsnap dot names all
#        Tests/Fuzz/run.sh all 30               every target for 30 s each (what CI does)
#        FUZZ_NO_BUILD=1 Tests/Fuzz/run.sh T S  reuse the built harness (to run several targets at once)
# Findings (crashing, leaking or hanging inputs) are written to .build-fuzz/findings/TARGET/ and make the
# script fail; copy each into Tests/Fuzz/Regressions/TARGET/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/../.."

target="${1:?usage: Tests/Fuzz/run.sh TARGET [SECONDS]}"
seconds="${2:-60}"
targets=(yaml graphml gexf json csv tsv edgelist chsnap dot names)
if [ "$target" = all ]; then
    for each in "${targets[@]}"; do "$0" "$each" "$seconds"; done
    exit 0
fi

[ -n "${FUZZ_NO_BUILD:-}" ] || FUZZ=1 swift build -c release --scratch-path .build-fuzz --product channels-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld 2>&1 | grep -E "error|Compiling|Build" >&2 || true
binary=.build-fuzz/release/channels-fuzz
[ -x "$binary" ] || { echo "the fuzz harness did not build" >&2; exit 1; }

corpus=.build-fuzz/corpus/$target
findings=.build-fuzz/findings/$target
mkdir -p "$corpus" "$findings"
fixtures=Tests/ChannelsFormatsTests/Fixtures
seed() { for file in "$@"; do [ -f "$file" ] && cp "$file" "$corpus/seed-$(basename "$file")"; done; return 0; }
case "$target" in
    yaml) seed Graphs/*.yaml Tests/ChannelsFormatsTests/*.yaml ;;
    graphml) seed "$fixtures"/*.graphml ;;
    gexf) seed "$fixtures"/*.gexf ;;
    json) seed "$fixtures"/networkx_nodelink_*.json "$fixtures"/expected.json ;;
    csv) seed "$fixtures"/gephi_*.csv ;;
    tsv) seed "$fixtures"/contacts.tsv ;;
    edgelist) seed "$fixtures"/snap*.txt ;;
    chsnap) [ -f "$corpus/seed.chsnap" ] || .build/debug/channels convert "$fixtures/snap_weighted.txt" "$corpus/seed.chsnap" 2>/dev/null \
                || swift run -q channels convert "$fixtures/snap_weighted.txt" "$corpus/seed.chsnap" ;;
    dot) seed "$fixtures"/graph.dot Tests/ChannelsRenderTests/Golden/*.dot ;;
    names) printf 'Biden' > "$corpus/seed-latin"; printf 'بايدن' > "$corpus/seed-arabic"; printf 'hamass' > "$corpus/seed-typo" ;;
    *) echo "unknown target '$target'; one of: ${targets[*]} all" >&2; exit 64 ;;
esac
[ -d "Tests/Fuzz/Regressions/$target" ] && cp Tests/Fuzz/Regressions/"$target"/* "$corpus"/ 2>/dev/null || true

echo "fuzzing $target for $seconds s" >&2
log=.build-fuzz/$target.log
status=0
SWIFT_BACKTRACE=enable=no LSAN_OPTIONS="suppressions=$PWD/Tests/Fuzz/lsan.supp:print_suppressions=0" CHANNELS_FUZZ_TARGET="$target" "$binary" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -malloc_limit_mb=1024 -artifact_prefix="$findings/" -print_final_stats=1 > "$log" 2>&1 || status=$?
grep -E "stat::number_of_executed_units|stat::new_units_added|ERROR|SUMMARY|Test unit written" "$log" >&2 || true
if [ "$status" -ne 0 ] || [ -n "$(ls -A "$findings")" ]; then
    echo "findings for $target (status $status) in $findings; the log is $log" >&2
    exit 1
fi
