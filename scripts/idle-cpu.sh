#!/usr/bin/env bash
# Measures the game's CPU use while idle: starts it under Xvfb, waits for it to
# settle, then reports CPU time used over 10 seconds as a percentage of one core.
# Usage: scripts/idle-cpu.sh [path/to/kind-quest]
set -euo pipefail
bin="${1:-${CARGO_TARGET_DIR:-target}/debug/kind-quest}"
data="$(mktemp -d)"
export LP_NUM_THREADS=1 KIND_QUEST_DATA_DIR="$data"
xvfb-run -a -s "-screen 0 1920x1080x24" "$bin" >/dev/null 2>&1 &
runner=$!
sleep 8
pid="$(pgrep -n -f "^$bin" || true)"
if [[ -z "$pid" ]]; then echo "idle-cpu: the game did not start" >&2; kill "$runner" 2>/dev/null; exit 1; fi
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz="$(getconf CLK_TCK)"
t0="$(ticks)"; sleep 10; t1="$(ticks)"
kill "$pid" 2>/dev/null || true; wait "$runner" 2>/dev/null || true
rm -rf "$data"
awk -v d="$((t1 - t0))" -v hz="$hz" 'BEGIN { printf "idle CPU over 10 s: %.1f%% of one core\n", d / hz / 10 * 100 }'
