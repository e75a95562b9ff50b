#!/bin/sh
# Runs a command inside a private D-Bus session with a fresh, unlocked GNOME Keyring, so that
# keychain tests use a real Secret Service and never touch the developer's own keyring
# (STACK.md §3: the unlock password must come on stdin, and the keyring folder must be new).
# The keyring daemon outlives the D-Bus session, so it is stopped here afterwards.
set -eu
tmp=$(mktemp -d)
cleanup() {
    for pid in $(pgrep -x gnome-keyring-d 2>/dev/null || true); do
        if tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | grep -qx "XDG_DATA_HOME=$tmp/data"; then
            kill "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$tmp"
}
trap cleanup EXIT
mkdir -p "$tmp/data" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/runtime"
dbus-run-session -- sh -c 'printf %s wasel-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' keyring "$@"
