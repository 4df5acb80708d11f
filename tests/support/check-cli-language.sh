#!/usr/bin/env bash
# The command line speaks the system's language: `channeldesk --help` and a bad option print the
# German catalogue's text under a German locale, and English under C (no settings of the user
# are read: a fresh configuration folder).
set -euo pipefail
binary="$1"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
run() {
    local locale="$1"
    shift
    env -i HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_RUNTIME_DIR="$home" QT_QPA_PLATFORM=offscreen LANG="$locale" LC_ALL="$locale" \
        LANGUAGE="${locale%%_*}" "$binary" "$@"
}
expect() {
    local what="$1" text="$2" output="$3"
    if ! grep -qF -- "$text" <<<"$output"; then
        echo "$what does not contain \"$text\":"
        echo "$output" | head -20
        exit 1
    fi
}
expect "--help under de_DE" "Diese Hilfe anzeigen und beenden." "$(run de_DE.UTF-8 --help)"
expect "--help under C" "Show this help and exit." "$(run C.UTF-8 --help)"
status=0
german_error=$(run de_DE.UTF-8 --no-such-option 2>&1) || status=$?
if [ "$status" -ne 2 ]; then
    echo "a bad option exits with $status, not 2"
    exit 1
fi
expect "a bad option under de_DE" "channeldesk --help" "$german_error"
if grep -qF "Try 'channeldesk --help'." <<<"$german_error"; then
    echo "a bad option under de_DE still says it in English:"
    echo "$german_error"
    exit 1
fi
echo "--help and a bad option speak German under de_DE and English under C"
