#!/usr/bin/env bash
# Set up localnotes on a fresh Debian machine with Python 3.11: the system packages it uses
# (PortAudio for microphones; PulseAudio, faketime, strace and espeak-ng for the tests), then a
# virtual environment in .venv with localnotes, its models and the development tools.
# Idempotent: a second run only checks. Usage: scripts/setup.sh [--no-dev]
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=(libportaudio2 pulseaudio pulseaudio-utils libasound2-plugins python3-venv)
# the tests also drive real tools: faketime (retention), strace (no connect()), espeak-ng (speech),
# sox (pitch, mixing and memory tests), iproute2 (loopback in the test namespace) and Chromium (the web app, through Playwright)
[ "${1:-}" = "--no-dev" ] || pkgs+=(faketime strace espeak-ng sox iproute2 chromium)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

py="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$py" -m venv .venv
fi
extras="dev,base,app"
[ "${1:-}" = "--no-dev" ] && extras="base,app"
stamp=".venv/.localnotes-installed"
want="$(sha256sum pyproject.toml | cut -c1-64) $extras"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[$extras]"
  echo "$want" > "$stamp"
fi
echo "setup: ready (.venv/bin/localnotes)"
