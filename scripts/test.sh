#!/usr/bin/env bash
# Runs every test: core unit and property tests, content tests (every shipped
# scenario checks clean and plays to every ending), CLI tests, the headless Bevy
# screen-flow test, and the screenshot test in a virtual X display.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh

# No network, by construction (seconds): every crate of the game is searched for
# network APIs, and our own code may have none (docs/safety.md).
scripts/check-network.sh

# Software rendering (llvmpipe/lavapipe) can crash with many threads; one is enough.
export LP_NUM_THREADS=1
# The shot windows are 1280x720 and 1920x1080; the virtual screen holds both.
log="$(mktemp)"
xvfb_log="$(mktemp)"
trap 'rm -f "$log" "$xvfb_log"' EXIT
status=0
xvfb-run -a -e "$xvfb_log" -s "-screen 0 1920x1080x24" cargo test --locked "$@" 2>&1 | tee "$log" || status=$?
# One closing line with the totals of every test binary.
awk '/^test result:/ { p += $4; f += $6 } END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
if [[ $status -ne 0 && -s "$xvfb_log" ]]; then
  # A window that could not open is often the virtual screen's doing: say what it said.
  echo "--- what the virtual screen (Xvfb) said:"
  tail -n 40 "$xvfb_log"
fi

# The game as built, watched from outside (about 10 seconds): no internet socket.
# Only for the full build (no cargo arguments), which has the window to draw.
if [[ $# -eq 0 ]]; then
  scripts/check-network-runtime.sh --self-test
  scripts/check-network-runtime.sh "${CARGO_TARGET_DIR:-target}/debug/kind-quest" || status=$?
fi
exit "$status"
