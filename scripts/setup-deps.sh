#!/usr/bin/env bash
# Installs the Debian 12 packages Wasel needs to build, test and run, when they are missing.
# Safe to run any number of times: it only calls apt-get when a package is not installed yet.
#
#   scripts/setup-deps.sh          # build + run + test dependencies
#
# Package choices and the reasons for the non-obvious ones: ../shared/design/STACK.md §1 and README.md.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache clang-format pkg-config git python3
    # Qt 6.4 and the libraries the fixed stack names
    qt6-base-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite
    libgl-dev libxkbcommon-dev qtkeychain-qt6-dev nlohmann-json3-dev
    # runtime: Thai word breaking, keychain, fonts for Arabic and Thai, SVG icons
    libthai0 libsecret-1-0 libqt6svg6 fonts-noto-core fonts-thai-tlwg fonts-noto-color-emoji
    # tests: virtual display, D-Bus session + Secret Service, screenshots, load generator
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools imagemagick wrk curl openssl
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "setup-deps: all ${#packages[@]} packages present"
    exit 0
fi

echo "setup-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
as_root=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "setup-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    as_root=(sudo)
fi
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup-deps: done"
