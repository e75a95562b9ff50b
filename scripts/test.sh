#!/usr/bin/env bash
# The whole test suite on a fresh Debian 12 machine (README "Run the tests"; .ci/run calls this).
#
#   1. installs missing Debian packages (scripts/setup-deps.sh; apt-get through sudo when not root)
#   2. checks formatting with clang-format 14 (.clang-format)
#   3. builds the asan preset (ASan + UBSan) and runs every test in it
#   4. builds the ci preset (-Werror) and runs every test in it
#
# Unit, integration and UI tests run offscreen (QT_QPA_PLATFORM=offscreen per test); keychain
# tests start their own D-Bus session with an unlocked gnome-keyring (tests/integration/with-keyring.sh).
# Safe to run twice: builds are incremental (build/<preset>, ccache). The last line printed is
# ctest's summary line of the ci build; the exit code is non-zero if anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=$(nproc)
export CCACHE_DIR=${CCACHE_DIR:-$PWD/build/.ccache}

step() { printf '\n== %s\n' "$*"; }

step "dependencies"
scripts/setup-deps.sh

step "formatting (clang-format $(clang-format --version | grep -o '[0-9]*\.[0-9.]*' | head -1))"
mapfile -t sources < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app channels models ui translations tests -name '*.cpp' -o -name '*.h')
if ! clang-format --dry-run --Werror "${sources[@]}"; then
    echo "formatting: run  clang-format -i \$(git ls-files '*.cpp' '*.h')  and commit" >&2
    exit 1
fi
echo "formatting: ${#sources[@]} files clean"

status=0
summaries=()
for preset in asan ci; do
    step "configure + build: $preset"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
    step "tests: $preset"
    log=build/$preset/ctest.log
    if ! ctest --preset "$preset" -j "$jobs" 2>&1 | tee "$log"; then
        status=1
    fi
    summaries+=("$preset: $(grep -E '^[0-9]+% tests passed' "$log" | tail -1)")
done

step "summary"
printf '%s\n' "${summaries[@]:0:${#summaries[@]}-1}"
# ctest's own summary line of the last (ci) run, unchanged, is the last line of the output.
grep -E '^[0-9]+% tests passed' build/ci/ctest.log | tail -1
exit $status
