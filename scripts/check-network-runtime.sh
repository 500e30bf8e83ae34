#!/usr/bin/env bash
# No network, seen from outside: runs the built game under strace while it
# draws a story screen, and fails if any of its threads or child processes
# opens an internet socket (AF_INET, AF_INET6) or a raw one (AF_PACKET). Local
# sockets (AF_UNIX for D-Bus, X11, Speech Dispatcher; AF_NETLINK for gamepads)
# are fine. The static check is scripts/check-network.sh; docs/safety.md.
#
#   scripts/check-network-runtime.sh [GAME_BINARY]
#   scripts/check-network-runtime.sh --self-test   # must catch a planted socket
#
# Exit 0 clean, 1 an internet socket was opened, 2 the check could not run.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v strace >/dev/null; then
  echo "check-network-runtime: strace is missing (scripts/setup.sh installs it)" >&2
  exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Runs a command (whose first words may be a wrapper such as xvfb-run, given
# before `--`) with strace around the rest, then judges the socket calls.
judge() {
  local wrapper=()
  while [[ $1 != -- ]]; do wrapper+=("$1"); shift; done
  shift
  local log="$work/trace.txt"
  if ! "${wrapper[@]}" strace -f -qq -e trace=socket,connect -o "$log" "$@" \
    >"$work/out.txt" 2>&1; then
    echo "check-network-runtime: the command failed under strace: $*" >&2
    tail -5 "$work/out.txt" >&2
    return 2
  fi
  [[ -s $log ]] || { echo "check-network-runtime: strace recorded nothing" >&2; return 2; }
  echo "check-network-runtime: sockets opened by $(basename "$1"):" \
    "$(grep -oE 'socket\((AF|PF)_[A-Z0-9]+' "$log" | sed 's/socket(//' | sort | uniq -c | xargs)"
  local bad
  bad="$(grep -E 'socket\((AF|PF)_(INET6?|PACKET)\b|sa_family=AF_INET6?\b' "$log" || true)"
  if [[ -n $bad ]]; then
    echo "check-network-runtime: FAIL: an internet socket was opened:" >&2
    echo "$bad" | head -5 >&2
    return 1
  fi
}

if [[ ${1:-} == --self-test ]]; then
  # A program that opens a TCP socket must be caught, or the check means nothing.
  status=0
  judge env -- python3 -c 'import socket; socket.socket(socket.AF_INET)' 2>/dev/null || status=$?
  if [[ $status -ne 1 ]]; then
    echo "check-network-runtime: self-test FAILED: a planted TCP socket was not caught" >&2
    exit 2
  fi
  echo "check-network-runtime: self-test OK (a planted TCP socket is caught)"
  exit 0
fi

game="${1:-${CARGO_TARGET_DIR:-target}/debug/kind-quest}"
[[ -x $game ]] || { echo "check-network-runtime: no game binary at $game" >&2; exit 2; }
# A whole story screen: start-up, fonts, sound, the screen reader bridge, a
# frame drawn and saved, the data folder made. Only the game is traced, not
# the virtual display around it.
export LP_NUM_THREADS=1
judge xvfb-run -a -s "-screen 0 1280x720x24" -- \
  "$game" shot --screen play --scenario left-out-of-the-chat --out "$work/play.png" \
  --data-dir "$work/data"
echo "check-network-runtime: OK, the game opened no internet socket"
