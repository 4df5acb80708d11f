#!/usr/bin/env bash
# Runs the real channeldesk binary through `api-key create`, `list` and `revoke` on a new demo
# workspace: the key alone on stdout, the list without it, revocation once, and exit codes 2 for
# a bad command line and 1 for a refused one. Usage: api-key-commands.sh BINARY
set -euo pipefail
binary=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# Settings and data of this run stay in the temporary folder.
export HOME="$dir" XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" QT_QPA_PLATFORM=offscreen
fail() { echo "api-key-commands: $*" >&2; exit 1; }

workspace="$dir/demo.channeldesk"
"$binary" --demo "$workspace" >/dev/null
as=(--workspace "$workspace" --as michael.goldmill@mightymicks.example --account PA-481-516)

key=$("$binary" api-key create "${as[@]}" --name "Website form" 2>"$dir/create.err")
[[ $key =~ ^cdk_[A-Za-z0-9_-]{43}$ ]] || fail "create wrote \"$key\" on stdout, not a key alone"
grep -q 'Website form' "$dir/create.err" || fail "create said nothing on stderr"
grep -qF -- "${key:4}" "$dir/create.err" && fail "create wrote the key on stderr"

list=$("$binary" api-key list "${as[@]}" 2>/dev/null)
[[ $(wc -l <<<"$list") -eq 2 ]] || fail "list: $list"
grep -qF -- "${key:0:12}" <<<"$list" || fail "list lacks the key's prefix"
grep -qF -- "${key:12}" <<<"$list" && fail "list shows the key"
id=$(tail -n 1 <<<"$list" | cut -f 1)
[[ $id =~ ^KEY-[0-9]{3}-[0-9]{3}-[0-9]{3}$ ]] || fail "list: no key ID in \"$list\""

"$binary" api-key revoke "$id" "${as[@]}" >/dev/null 2>&1 || fail "revoke failed"
set +e
"$binary" api-key revoke "$id" "${as[@]}" >/dev/null 2>"$dir/again.err"
again=$?
"$binary" api-key create "${as[@]}" >/dev/null 2>&1
usage=$?
"$binary" api-key create --workspace "$workspace" --as tony.gazzo@mightymicks.example \
    --account PA-481-516 --name x >"$dir/sales.out" 2>/dev/null
refused=$?
set -e
[[ $again -eq 1 ]] && grep -q 'already revoked' "$dir/again.err" || fail "second revoke: $again"
[[ $usage -eq 2 ]] || fail "create without --name exited $usage, not 2"
[[ $refused -eq 1 && ! -s "$dir/sales.out" ]] || fail "a crm_sales user's create exited $refused"
tail -n 1 <<<"$("$binary" api-key list "${as[@]}" 2>/dev/null)" | cut -f 6 | grep -q '^[0-9]' ||
    fail "list does not show the key as revoked"
echo "api-key commands: ok"
