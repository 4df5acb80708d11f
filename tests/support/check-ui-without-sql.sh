#!/usr/bin/env bash
# ui holds no database connection and runs no SQL: widgets hold a WorkspaceHandle and call core.
# Refuses any file under ui/ that names a Qt SQL connection, query or record, or the SQLite C
# API, with file, line and text.
set -euo pipefail
ui_dir="$1"
if grep -rnE 'QSqlDatabase|QSqlQuery|QSqlRecord|sqlite3' "$ui_dir"; then
    echo "ui/ names a database connection, query or the SQLite API (above): move that into core"
    exit 1
fi
echo "ui/ names no database connection, query or SQLite API"
