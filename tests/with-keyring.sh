#!/bin/sh
# tests/with-keyring.sh <command> [args...]
# Runs a command in a private D-Bus session with a throw-away, unlocked gnome-keyring and an isolated HOME,
# so QtKeychain (libsecret) works without a desktop session and without prompting (see docs/developer-guide.md).
set -eu
HOME="$(mktemp -d)"
export HOME
trap 'rm -rf "$HOME"' EXIT
dbus-run-session -- sh -c '
  printf "%s" "sfsync-ci" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' sh "$@"
