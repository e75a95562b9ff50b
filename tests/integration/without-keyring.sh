#!/bin/sh
# Runs a command with no Secret Service reachable and a throwaway HOME, so a test can check that
# secrets are refused and not written to any file instead.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
HOME="$tmp" XDG_CONFIG_HOME="$tmp/.config" XDG_DATA_HOME="$tmp/.local/share" \
    DBUS_SESSION_BUS_ADDRESS="unix:path=$tmp/no-such-bus" "$@"
