#!/usr/bin/env bash
# Installs what Kind Quest needs on a fresh Debian/Ubuntu machine: the Rust
# toolchain check, the system libraries Bevy links against (X11, udev for
# gamepads, ALSA for sound), Speech Dispatcher with the espeak-ng voices for
# reading aloud (libclang builds its bindings), and Xvfb + Mesa's software
# Vulkan (lavapipe) for headless screenshots in tests, and strace for the
# runtime network check.
# Safe to run again: it only installs what is missing.
set -euo pipefail

packages=(
  build-essential pkg-config
  libx11-dev libxkbcommon-dev libxkbcommon-x11-0 libxcursor1 libxrandr2 libxi6
  libudev-dev libasound2-dev
  libspeechd-dev libclang-dev speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
  libvulkan1 mesa-vulkan-drivers
  xvfb xauth
  # For the measuring scripts (scripts/bench-*.sh; xwd grabs the screen).
  bc time x11-apps
  # For scripts/check-network.sh (its search is a Python script, standard
  # library only) and check-network-runtime.sh (no internet socket, seen from outside).
  python3 strace
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null; then
  echo "setup: Rust is not installed. Install it from https://rustup.rs (Rust 1.95 or newer), then run this again." >&2
  exit 1
fi
echo "setup: ready"
