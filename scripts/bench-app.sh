#!/usr/bin/env bash
# Start-up, idle CPU and peak memory of the game, side by side with a minimal
# Bevy + bevy_egui window built with the same features (examples/minimal_window.rs).
#
#   scripts/bench-app.sh [RUNS]                 (default 3 runs of each)
#   scripts/bench-app.sh [RUNS] --library DIR   also the game with a generated
#       library (DIR/library, DIR/data from examples/generate_library.rs)
#
# Each run starts the program in its own Xvfb display (software Vulkan, one
# llvmpipe thread, as in the tests) and measures:
#   start-up  launch -> the program prints "bench: first frame" (KIND_QUEST_BENCH=1)
#   idle      CPU time used over 10 s with no input (from 5 s after the first
#             frame), as % of one core
#   peak      the most resident memory the process ever had (VmHWM)
# "game (story)" opens a story for a sample child first (KIND_QUEST_BENCH_STORY),
# in a throw-away data folder. Prints the median of the runs and the ratio to
# the minimal window. Needs scripts/setup.sh. Figures: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
library=""
if [ "${2:-}" = "--library" ]; then library="${3:?--library needs a folder}"; fi
# One build of both, as the tests build them (so the test build is reused).
cargo build --locked --quiet --bin kind-quest --example minimal_window
dir="${CARGO_TARGET_DIR:-target}/debug"
game="$dir/kind-quest"
minimal="$dir/examples/minimal_window"
export LP_NUM_THREADS=1 KIND_QUEST_BENCH=1
tick_hz=$(getconf CLK_TCK)

# One run: prints "startup_ms idle_percent peak_mb".
measure() {
    local display=":$((100 + RANDOM % 800))" log data
    log="$(mktemp)"; data="$(mktemp -d)"
    # The library's players, copied so that the runs do not change them.
    if [ -n "${LIBRARY_DATA:-}" ]; then cp -r "$LIBRARY_DATA"/. "$data"/; fi
    Xvfb "$display" -screen 0 1280x720x24 >/dev/null 2>&1 &
    local xvfb=$!
    sleep 1
    local t0 t1 pid
    t0=$(date +%s%N)
    DISPLAY="$display" "$@" --data-dir "$data" >/dev/null 2>"$log" &
    pid=$!
    for _ in $(seq 1 6000); do
        grep -q "bench: first frame" "$log" 2>/dev/null && break
        sleep 0.01
    done
    t1=$(date +%s%N)
    # Let start-up work finish (the speech thread lists the voices: ~13,000
    # with espeak-ng) before counting what an idle window costs.
    sleep 5
    local a b
    a=$(awk '{print $14+$15}' "/proc/$pid/stat")
    sleep 10
    b=$(awk '{print $14+$15}' "/proc/$pid/stat")
    local peak
    peak=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
    kill "$pid" "$xvfb" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -rf "$log" "$data"
    echo "$(( (t1 - t0) / 1000000 )) $(echo "scale=2; ($b - $a) * 100 / $tick_hz / 10" | bc) $(( peak / 1024 ))"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A startup idle peak
names=(minimal game-title game-story)
if [ -n "$library" ]; then names+=(library-title library-story); fi
for name in "${names[@]}"; do
    s=(); c=(); m=()
    for _ in $(seq 1 "$runs"); do
        case "$name" in
            minimal) read -r st ci pk < <(measure "$minimal") ;;
            game-title) read -r st ci pk < <(measure "$game") ;;
            game-story) read -r st ci pk < <(KIND_QUEST_BENCH_STORY=left-out-of-the-chat measure "$game") ;;
            library-title) read -r st ci pk < <(LIBRARY_DATA="$library/data" measure "$game" --scenarios "$library/library") ;;
            library-story) read -r st ci pk < <(LIBRARY_DATA="$library/data" KIND_QUEST_BENCH_STORY=gen-00500 measure "$game" --scenarios "$library/library") ;;
        esac
        s+=("$st"); c+=("$ci"); m+=("$pk")
    done
    startup[$name]=$(printf '%s\n' "${s[@]}" | median)
    idle[$name]=$(printf '%s\n' "${c[@]}" | median)
    peak[$name]=$(printf '%s\n' "${m[@]}" | median)
    echo "$name: start-up ${s[*]} ms, idle ${c[*]} %, peak ${m[*]} MB" >&2
done

ratio() { echo "scale=2; $1 / $2" | bc; }
printf '\n%-14s %12s %10s %10s %12s %12s\n' "" "start-up ms" "idle %" "peak MB" "start-up x" "peak x"
for name in "${names[@]}"; do
    printf '%-14s %12s %10s %10s %12s %12s\n' "$name" "${startup[$name]}" "${idle[$name]}" "${peak[$name]}" \
        "$(ratio "${startup[$name]}" "${startup[minimal]}")" "$(ratio "${peak[$name]}" "${peak[minimal]}")"
done
echo "(median of $runs runs; build: dev profile, dependencies at opt-level 3)"
