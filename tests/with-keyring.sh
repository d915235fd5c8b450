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
  # The daemon forks before it owns org.freedesktop.secrets on the bus. A client that asks earlier makes D-Bus
  # activate a second, locked daemon that tries to prompt and fails, so wait (bounded) for the name first.
  tries=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
    tries=$((tries + 1))
    if [ "$tries" -ge 100 ]; then
      echo "with-keyring: gnome-keyring did not come up on the private bus" >&2
      exit 1
    fi
    sleep 0.1
  done
  exec "$@"' sh "$@"
