#!/usr/bin/env bash
# Set everything up, then run the whole test suite inside a network namespace that has only
# loopback (unshare -rnm: also a private mount namespace), so that any attempt to reach the network fails the suite.
# Usage: scripts/test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

echo "test: lint, format and type checks"
.venv/bin/ruff check src tests benchmarks scripts
.venv/bin/ruff format --check --quiet src tests benchmarks scripts
.venv/bin/mypy --strict src

run=(.venv/bin/python -m pytest -p no:cacheprovider "$@")
if unshare -rnm true 2>/dev/null; then
  echo "test: running inside a network namespace with only loopback"
  # loopback starts down in a new namespace; bring it up, nothing else exists there. The mount
  # namespace (-m) lets the disk-full tests mount a tiny tmpfs without touching the host.
  run=(unshare -rnm sh -c 'ip link set lo up && exec "$@"' sh "${run[@]}")
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
exit "$rc"
