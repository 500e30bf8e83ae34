#!/usr/bin/env bash
# Regenerates the README's pictures with `kind-quest shot` (needs scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --locked
bin="${CARGO_TARGET_DIR:-target}/debug/kind-quest"
export LP_NUM_THREADS=1
shot() { xvfb-run -a -s "-screen 0 1920x1080x24" "$bin" shot "$@" >/dev/null 2>&1; }
shot --screen map --out docs/images/map.png
shot --screen feedback --scenario left-out-of-the-chat --choices 2,3 --out docs/images/feedback.png
echo "wrote docs/images/map.png docs/images/feedback.png"
