#!/usr/bin/env bash
# Set everything up, then run `localnotes demo`: a complete session on the bundled recording,
# in a temporary vault that is removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --no-dev
exec .venv/bin/localnotes demo "$@"
