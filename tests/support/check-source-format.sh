#!/usr/bin/env bash
# Every C++ file of the project (app, core, service, ui, tests) is laid out as .clang-format says (clang-format 14, Debian 12).
# Lists each file that differs; fix with: clang-format -i FILE (or the command printed below).
set -euo pipefail
cd "$1"
mapfile -t files < <(find app core service ui tests -name '*.cpp' -o -name '*.h' | sort)
report="$(clang-format --dry-run --Werror "${files[@]}" 2>&1)" && status=0 || status=$?
if ((status)); then
    mapfile -t unformatted < <(grep -oE '^[^: ]+\.(cpp|h):[0-9]+:[0-9]+: error' <<<"$report" |
                               cut -d: -f1 | sort -u)
    if ((${#unformatted[@]} == 0)); then
        echo "$report"
        echo "clang-format failed (exit $status)"
        exit 1
    fi
    printf '%s\n' "${unformatted[@]}"
    echo "${#unformatted[@]} file(s) above differ from .clang-format; fix with:"
    echo "  clang-format -i ${unformatted[*]}"
    exit 1
fi
echo "${#files[@]} files laid out as .clang-format says"
