#!/usr/bin/env bash
# Runs the tests under the thread sanitizer and the address sanitizer, each in its own build folder.
#
# Usage: Tests/sanitizers.sh [thread|address|all] [swift test --filter pattern]
#   Tests/sanitizers.sh thread 'ThreadCount|ManyTasks|manyRenders|ctrlC|concurrentRequests'    what CI runs: the concurrency tests,
#   Tests/sanitizers.sh thread 'ParallelKernelsTests|AfforestTests|WorkerTeamTests'             then the kernels on threads, apart
#   Tests/sanitizers.sh all                                                                      every test under both (about 8 min)
set -euo pipefail
cd "$(dirname "$0")/.."

which="${1:-all}"
filter="${2:-}"
run() {
    local sanitizer="$1"
    echo "== swift test --sanitize=$sanitizer ${filter:+--filter $filter}" >&2
    # The tests that launch the channels binary do so from the same build folder, sanitized as well.
    TSAN_OPTIONS="halt_on_error=1" ASAN_OPTIONS="detect_leaks=1" \
    LSAN_OPTIONS="suppressions=$PWD/Tests/Fuzz/lsan.supp:print_suppressions=0" \
        swift test --sanitize="$sanitizer" --scratch-path ".build-$sanitizer" ${filter:+--filter "$filter"}
}
case "$which" in
    thread|address) run "$which" ;;
    all) run thread; run address ;;
    *) echo "usage: Tests/sanitizers.sh [thread|address|all] [filter]" >&2; exit 64 ;;
esac
