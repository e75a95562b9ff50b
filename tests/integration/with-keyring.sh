#!/bin/sh
# Runs a command inside a private D-Bus session with a fresh, unlocked GNOME Keyring, so that
# keychain tests use a real Secret Service and never touch the developer's own keyring
# (STACK.md §3: the unlock password must come on stdin, and the keyring folder must be new).
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/data" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/runtime"
exec dbus-run-session -- sh -c 'printf %s wasel-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' keyring "$@"
