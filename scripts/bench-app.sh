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
#   start-up  launch -> the program prints "bench: first frame" (KIND_QUEST_BENCH=1):
#             the end of the update that drew the first screen
#   on screen launch -> the first picture in the window that is not blank: the
#             screen grabbed with xwd every ~20 ms (this is what a child
#             waits for; it includes compiling the shaders on the CPU)
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
command -v xwd >/dev/null || echo "bench-app: no xwd (scripts/setup.sh installs x11-apps): no \"on screen\" times" >&2

# Which of the grabbed pictures ($1/N.xwd, times in $1/times) is the first
# that is not one plain colour; prints its time in ms, or "-".
first_picture() {
    python3 - "$1" <<'PY'
import struct, sys
folder = sys.argv[1]
for line in open(f"{folder}/times"):
    ms, n = line.split()
    data = open(f"{folder}/{n}.xwd", "rb").read()
    if len(data) < 100:
        continue
    # XWD: a header of big-endian 32-bit fields, a colour table, then pixels.
    header_size, = struct.unpack(">I", data[0:4])
    ncolors, = struct.unpack(">I", data[76:80])
    pixels = data[header_size + 12 * ncolors:]
    if pixels and pixels != pixels[:4] * (len(pixels) // 4):
        print(ms)
        sys.exit()
print("-")
PY
}

# One run: prints "startup_ms on_screen_ms idle_percent peak_mb".
measure() {
    local display log data grabs fifo number
    log="$(mktemp)"; data="$(mktemp -d)"; grabs="$(mktemp -d)"; fifo="$(mktemp -u)"
    # The library's players, copied so that the runs do not change them.
    if [ -n "${LIBRARY_DATA:-}" ]; then cp -r "$LIBRARY_DATA"/. "$data"/; fi
    # Xvfb picks a free display and writes its number once it takes connections.
    mkfifo "$fifo"
    Xvfb -displayfd 3 -screen 0 1280x720x24 3>"$fifo" >/dev/null 2>&1 &
    local xvfb=$!
    read -r number < "$fifo"
    rm -f "$fifo"
    display=":$number"
    local t0 t1 pid
    t0=$(date +%s%N)
    DISPLAY="$display" "$@" --data-dir "$data" >/dev/null 2>"$log" &
    pid=$!
    t1=""
    # Grab the screen until 1.5 s after the first frame (at most 20 s).
    for i in $(seq 1 1000); do
        local now=$(date +%s%N)
        if [ -z "$t1" ] && grep -q "bench: first frame" "$log" 2>/dev/null; then t1=$now; fi
        if [ -n "$t1" ] && (( now - t1 > 1500000000 )); then break; fi
        if (( now - t0 > 20000000000 )); then break; fi
        echo "$(( (now - t0) / 1000000 )) $i" >> "$grabs/times"
        DISPLAY="$display" xwd -root -silent > "$grabs/$i.xwd" 2>/dev/null || true
    done
    t1=${t1:-$(date +%s%N)}
    local seen
    seen=$(first_picture "$grabs")
    rm -rf "$grabs"
    # Let start-up work finish (the speech thread lists the voices: ~13,000
    # with espeak-ng) before counting what an idle window costs.
    sleep 5
    if [ ! -e "/proc/$pid" ]; then
        # It ended by itself: say why, and count this run as missing.
        echo "bench-app: $* ended early:" >&2
        grep -v WARN "$log" | tail -n 5 >&2
        kill "$xvfb" 2>/dev/null || true
        rm -rf "$log" "$data"
        echo "- - - -"
        return
    fi
    local a b
    a=$(awk '{print $14+$15}' "/proc/$pid/stat")
    sleep 10
    b=$(awk '{print $14+$15}' "/proc/$pid/stat")
    local peak
    peak=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
    kill "$pid" "$xvfb" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -rf "$log" "$data"
    echo "$(( (t1 - t0) / 1000000 )) $seen $(echo "scale=2; ($b - $a) * 100 / $tick_hz / 10" | bc) $(( peak / 1024 ))"
}

# Median of the numbers given ("-" where none).
median() { grep -v '^-$' | sort -n | awk '{a[NR]=$1} END {print (NR ? a[int((NR+1)/2)] : "-")}'; }

declare -A startup screen idle peak
names=(minimal game-title game-story)
if [ -n "$library" ]; then names+=(library-title library-story); fi
for name in "${names[@]}"; do
    s=(); v=(); c=(); m=()
    for _ in $(seq 1 "$runs"); do
        case "$name" in
            minimal) read -r st vs ci pk < <(measure "$minimal") ;;
            game-title) read -r st vs ci pk < <(measure "$game") ;;
            game-story) read -r st vs ci pk < <(KIND_QUEST_BENCH_STORY=left-out-of-the-chat measure "$game") ;;
            library-title) read -r st vs ci pk < <(LIBRARY_DATA="$library/data" measure "$game" --scenarios "$library/library") ;;
            library-story) read -r st vs ci pk < <(LIBRARY_DATA="$library/data" KIND_QUEST_BENCH_STORY=gen-00500 measure "$game" --scenarios "$library/library") ;;
        esac
        s+=("$st"); v+=("$vs"); c+=("$ci"); m+=("$pk")
    done
    startup[$name]=$(printf '%s\n' "${s[@]}" | median)
    screen[$name]=$(printf '%s\n' "${v[@]}" | median)
    idle[$name]=$(printf '%s\n' "${c[@]}" | median)
    peak[$name]=$(printf '%s\n' "${m[@]}" | median)
    echo "$name: start-up ${s[*]} ms, on screen ${v[*]} ms, idle ${c[*]} %, peak ${m[*]} MB" >&2
done

ratio() { if [ "$1" = - ] || [ "$2" = - ]; then echo -; else echo "scale=2; $1 / $2" | bc; fi; }
printf '\n%-14s %12s %12s %8s %8s %11s %12s %8s\n' "" "start-up ms" "on screen ms" "idle %" "peak MB" \
    "start-up x" "on screen x" "peak x"
for name in "${names[@]}"; do
    printf '%-14s %12s %12s %8s %8s %11s %12s %8s\n' "$name" "${startup[$name]}" "${screen[$name]}" \
        "${idle[$name]}" "${peak[$name]}" \
        "$(ratio "${startup[$name]}" "${startup[minimal]}")" \
        "$(ratio "${screen[$name]}" "${screen[minimal]}")" \
        "$(ratio "${peak[$name]}" "${peak[minimal]}")"
done
echo "(median of $runs runs; build: dev profile, dependencies at opt-level 3)"
