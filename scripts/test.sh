#!/usr/bin/env bash
# Set everything up, then run the whole test suite inside a network namespace that has only
# loopback (unshare -rnm: also a private mount namespace), so that any attempt to reach the network fails the suite.
# Usage: scripts/test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

echo "test: lint, format and type checks"
.venv/bin/ruff check src tests benchmarks harness scripts
.venv/bin/ruff format --check --quiet src tests benchmarks harness scripts
.venv/bin/mypy --strict src

# -rs lists every skip with its reason; tests/conftest.py fails any skip outside its allow-list
run=(.venv/bin/python -m pytest -p no:cacheprovider -rs "$@")
if unshare -rnm true 2>/dev/null; then
  echo "test: running inside a network namespace with only loopback and a bridge with no uplink"
  # loopback starts down in a new namespace; bring it up. The bridge (documentation addresses,
  # no uplink: it reaches nothing) gives the web server test an address besides loopback to be
  # refused on. The mount namespace (-m) lets the disk-full tests mount a tiny tmpfs.
  netns='ip link set lo up && ip link add ln-test0 type bridge && ip addr add 192.0.2.1/24 dev ln-test0'
  netns+=' && ip -6 addr add 2001:db8::1/64 dev ln-test0 nodad && ip link set ln-test0 up'
  run=(unshare -rnm sh -c "$netns"' && exec "$@"' sh "${run[@]}")
else
  echo "test: WARNING: unshare -rnm is not permitted here; relying on the in-process guard only"
fi
set +e
"${run[@]}"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
  echo "test: pytest collected no tests: that is a failure" >&2
  exit 1
fi
# The carve test loop-mounts an ext4 image, which needs real root: it cannot run inside the
# unprivileged namespace above, so it runs here, on its own. Where it cannot mount it fails.
echo "test: carving a raw ext4 image for shredded keys (needs root and a loop device)"
set +e
.venv/bin/python -m pytest -p no:cacheprovider -m carve tests/test_carve.py
crc=$?
set -e
if [ "$rc" -ne 0 ]; then exit "$rc"; fi
exit "$crc"
