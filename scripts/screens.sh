#!/usr/bin/env bash
# Renders every screen of every story in every language to PNGs, to look for text
# that does not fit, characters shown as boxes, or anything a child would stumble on.
#
#   scripts/screens.sh OUT_DIR [--size 1280x720] [--scenarios DIR] [LANG...]
#   scripts/screens.sh OUT_DIR --a11y [--story ID] [LANG...]
#
# Without LANG, all shipped languages. Per language: title, profiles, map, and per
# story its first line, the feedback after the first choice, and its first ending.
#
# --a11y: the accessibility set instead. Every child screen (title, profiles, map,
# line, play, feedback, ending, settings, stickers) of one story (default
# left-out-of-the-chat), at 1280x720 and 1920x1080, at each text size, in strong
# colours and with the easy-to-tell-apart letters; plus the screen-reader names of
# the story screens (*.names.txt). Without LANG: en and uk.
#
# Needs scripts/setup.sh (Xvfb and software Vulkan). About 1-2 s per picture.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: scripts/screens.sh OUT_DIR [--size WxH] [--scenarios DIR] [LANG...]}"
shift
size=1280x720
extra=()
langs=()
a11y=0
story=left-out-of-the-chat
while [ $# -gt 0 ]; do
    case "$1" in
        --size) size="$2"; shift 2 ;;
        --a11y) a11y=1; shift ;;
        --story) story="$2"; shift 2 ;;
        --scenarios) extra=(--scenarios "$2"); shift 2 ;;
        *) langs+=("$1"); shift ;;
    esac
done
cargo build --locked --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/kind-quest"
if [ ${#langs[@]} -eq 0 ]; then
    if [ "$a11y" = 1 ]; then langs=(en uk); else mapfile -t langs < <(ls locales); fi
fi
# Story ids from the same content the game loads.
mapfile -t stories < <("$bin" "${extra[@]}" check --summary 2>/dev/null \
    | sed -n '/^Reading level/,/^Languages/p' | awk '/^  [a-z0-9-]+ +-?[0-9.]+ +\([0-9]+\)$/ {print $1}')
mkdir -p "$out"
export LP_NUM_THREADS=1
w="${size%x*}"; h="${size#*x}"
shot() {
    local name="$1"; shift
    if ! xvfb-run -a -s "-screen 0 1920x1080x24" "$bin" "${extra[@]}" shot --size "$size" \
        --out "$out/$name.png" "$@" >/dev/null 2>&1; then
        echo "FAILED: $name ($*)" >&2
    fi
}
if [ "$a11y" = 1 ]; then
    for lang in "${langs[@]}"; do
        for screen in title profiles map line play feedback ending settings stickers; do
            args=(--screen "$screen" --scenario "$story" --locale "$lang")
            [ "$screen" = feedback ] && args+=(--choices 1)
            for s in 1280x720 1920x1080; do
                for t in 0 1 2; do
                    size="$s" shot "$lang-$screen-$s-text$t" "${args[@]}" --text-size "$t"
                done
            done
            shot "$lang-$screen-contrast" "${args[@]}" --high-contrast
            shot "$lang-$screen-letters" "${args[@]}" --dyslexia-font
            case "$screen" in line|play|feedback|ending|stickers)
                shot "$lang-$screen-tab" "${args[@]}" --tab 3 \
                    --accessibility-out "$out/$lang-$screen.names.txt" ;;
            esac
        done
        echo "$lang: done"
    done
    echo "pictures in $out"
    exit 0
fi
for lang in "${langs[@]}"; do
    for screen in title profiles map; do
        shot "$lang-$screen" --screen "$screen" --locale "$lang"
    done
    for id in "${stories[@]}"; do
        shot "$lang-$id-play" --screen play --scenario "$id" --locale "$lang"
        shot "$lang-$id-feedback" --screen feedback --scenario "$id" --choices 1 --locale "$lang"
        shot "$lang-$id-ending" --screen ending --scenario "$id" --locale "$lang"
    done
    echo "$lang: done"
done
echo "pictures in $out"
