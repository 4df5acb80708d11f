#!/usr/bin/env bash
# Every image README.md shows from the project's docs/ folder exists: Markdown ![text](docs/…)
# and HTML <img src="docs/…">. Lists each missing file with its README line.
set -euo pipefail
root="$1"
readme="$root/README.md"
missing=0
while IFS=: read -r line path; do
    path="${path#./}"
    if [ ! -f "$root/$path" ]; then
        echo "README.md:$line shows $path, which does not exist"
        missing=1
    fi
done < <(grep -noE '!\[[^]]*\]\((\./)?docs/[^) ]+|<img[^>]*src="(\./)?docs/[^"]+' "$readme" |
             sed -E 's/^([0-9]+):.*(\(|src=")/\1:/')
if [ "$missing" -ne 0 ]; then
    echo "Generate the screenshots (cmake --build build --target readme_screenshots) or fix the paths"
    exit 1
fi
echo "every image README.md shows from docs/ exists"
