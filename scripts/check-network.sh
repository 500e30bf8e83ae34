#!/usr/bin/env bash
# No network, by construction: fails when a crate of the game (default features,
# Linux, Windows and macOS, build scripts included) names a network API without
# a reviewed reason in .ci/network-allowlist.txt, or when Kind Quest's own code
# names one at all. How it works: scripts/check_network.py; what it promises:
# docs/safety.md. Options: --verbose lists every allowed crate and why.
set -euo pipefail
cd "$(dirname "$0")/.."
# The check reads every crate's source offline; on a fresh machine they are not
# downloaded yet (the build only fetches the host's), so fetch all targets' first.
cargo fetch --locked --quiet
exec python3 scripts/check_network.py "$@"
