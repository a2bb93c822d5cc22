#!/usr/bin/env bash
# Installs Skranke into .venv and starts the desk on its embedded default:
# a local SQLite store with demo data, no server needed.
# Usage: bash start.sh [skranke options, e.g. --data-dir DIR --lang en]
set -euo pipefail
cd "$(dirname "$0")"
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
exec .venv/bin/skranke --demo "$@"
