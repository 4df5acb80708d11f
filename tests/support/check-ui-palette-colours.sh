#!/usr/bin/env bash
# Colours come from the palette (common/ToneColors, common/InlineMessage), so a dark desktop
# reads as well as a light one. Refuses any file under ui/ that writes a colour value: a hex
# colour, a QColor from numbers or a name, a Qt::GlobalColor, or a style sheet that sets a
# colour; with file, line and text.
set -euo pipefail
ui_dir="$1"
pattern='#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?\b|QColor\((0x|[0-9]|")|Qt::(red|green|blue|gray|darkGray|lightGray|black|white|yellow|darkRed|darkGreen|darkBlue|cyan|magenta)\b|setStyleSheet\(.*(color|background)'
if grep -rnE "$pattern" "$ui_dir" --include='*.cpp' --include='*.h' | grep -v '^[^:]*:[0-9]*:#include'; then
    echo "ui/ writes a colour value (above): take it from the palette (ToneColors, QPalette roles)"
    exit 1
fi
echo "ui/ writes no colour value: every colour comes from the palette"
