#!/usr/bin/env bash
# Builds Wasel (dev preset) and opens the demo workspace: a throwaway inbox seeded with
# conversations on every channel, where new customer messages keep arriving. No account, key or
# network needed. Extra arguments go to wasel, e.g.  scripts/run.sh --lang ar
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
export CCACHE_DIR=${CCACHE_DIR:-$PWD/build/.ccache}
cmake --preset dev >/dev/null
cmake --build --preset dev --target wasel -j "$(nproc)"
exec build/dev/app/wasel --demo "$@"
