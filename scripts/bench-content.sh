#!/usr/bin/env bash
# `kind-quest check` on generated libraries of 100, 1,000 and 10,000 stories in
# six languages, from the command line as a teacher runs it: wall time, CPU
# time and peak memory, median of RUNS runs.
#
#   scripts/bench-content.sh [RUNS] [SIZES...]     (default: 3 runs; 100 1000 10000)
#
# Builds the command line without the game window, optimised (release), and
# keeps the generated libraries under ~/.cache/kind-quest/libraries (10,000
# stories take about 1.1 GB). Criterion benchmarks of the same steps, in the
# process: `cargo bench --no-default-features --bench content`.
# Figures: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 10000)

cargo build --locked --quiet --release --no-default-features --bin kind-quest --example generate_library
dir="${CARGO_TARGET_DIR:-target}/release"
cache="$HOME/.cache/kind-quest/libraries"
mkdir -p "$cache"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '%8s %10s %10s %10s %8s\n' stories "wall s" "cpu s" "peak MB" "result"
for n in "${sizes[@]}"; do
    lib="$cache/$n"
    if [ ! -d "$lib/library" ]; then
        "$dir/examples/generate_library" "$lib" "$n" 2>/dev/null
    fi
    wall=(); cpu=(); peak=(); result=""
    for _ in $(seq 1 "$runs"); do
        out="$(mktemp)"
        /usr/bin/time -f "%e %U %S %M" -o "$out.time" "$dir/kind-quest" check "$lib/library" >/dev/null 2>"$out" || true
        read -r e u s m < "$out.time"
        wall+=("$e"); cpu+=("$(echo "$u + $s" | bc)"); peak+=("$((m / 1024))")
        result="$(grep -c . "$out" >/dev/null && tail -1 "$out" | cut -c1-3)"
        rm -f "$out" "$out.time"
    done
    printf '%8s %10s %10s %10s %8s\n' "$n" \
        "$(printf '%s\n' "${wall[@]}" | median)" \
        "$(printf '%s\n' "${cpu[@]}" | median)" \
        "$(printf '%s\n' "${peak[@]}" | median)" "$result"
done
echo "(median of $runs runs; $(nproc) cores; release build of the command line)"
