#!/usr/bin/env bash
# CTest's Catch discovery splits a test name at ';' (CMake's list separator) into cases that do
# not exist, which then fail. Refuses such names in the test sources, with file and name.
# (perl-base is part of every Debian system.)
set -euo pipefail
tests_dir="$1"
find "$tests_dir" -name '*.cpp' -print0 | xargs -0 perl -0777 -ne '
    while (/TEST_CASE\(\s*("(?:[^"\\]|\\.)*"(?:\s*"(?:[^"\\]|\\.)*")*)/g) {
        my $name = $1;
        if ($name =~ /;/) { $name =~ s/\s+/ /g; print "$ARGV: $name\n"; $bad = 1; }
    }
    END { exit($bad ? 1 : 0) }' || { echo "test names with ';' (CTest splits them), above"; exit 1; }
echo "no test name contains ';'"
