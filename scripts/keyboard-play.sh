#!/usr/bin/env bash
# Plays a story with the keyboard alone, in a real game window under Xvfb, and
# prints what the game saved: proof that Tab, Enter, number keys and Escape are
# enough. Pictures of each step go to OUT_DIR (default /tmp/kind-quest-keyboard).
#
#   scripts/keyboard-play.sh [OUT_DIR]
#
# Needs xdotool, xwd (x11-apps) and ImageMagick besides scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/kind-quest-keyboard}"
for tool in xdotool xwd Xvfb; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt install xdotool x11-apps xvfb imagemagick)" >&2; exit 2; }
done
convert=/usr/bin/convert
[ -x "$convert" ] || { echo "needs ImageMagick's convert (apt install imagemagick)" >&2; exit 2; }
cargo build --locked --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/kind-quest"
mkdir -p "$out"
data="$(mktemp -d)"
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1280x720x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$game" "$xvfb" 2>/dev/null || true; rm -rf "$data"' EXIT
export DISPLAY="$display"
sleep 1
LP_NUM_THREADS=1 "$bin" --data-dir "$data" >"$out/game.log" 2>&1 &
game=$!
sleep 6
win="$(xdotool search --name "Kind Quest" | head -1)"
picture() { xwd -root -silent | "$convert" xwd:- "$out/$1.png"; }
key() { xdotool key --window "$win" "$@" 2>/dev/null; sleep 0.7; }
xdotool windowfocus "$win" 2>/dev/null || true
sleep 0.5
key Return; sleep 1            # title: "Play"
picture 1-new-player
key Return; sleep 1            # the suggested name and face: "Let's go"
for _ in 1 2 3 4 5; do key Tab; done   # past the three top buttons, to the second story
picture 2-map-focus
key Return; sleep 1            # open it
picture 3-story
for _ in $(seq 1 40); do key Return; key 2; done   # lines: Enter; decisions: choice 2
picture 4-back-on-the-map
echo "saved by the game:"
grep -E 'scenario:|choice:|ending:' "$data"/profiles/*.ron
echo "pictures in $out"
