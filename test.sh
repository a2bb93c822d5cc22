#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine, then runs the whole suite.
# Usage: bash test.sh [extra pytest arguments]
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages: Qt's runtime libraries (offscreen GUI tests, and the xcb libraries the
# bundle's smoke check expects of a desktop), Xvfb for screenshots,
# PostgreSQL for the tests that claim PostgreSQL, a C compiler for the bundle's slimmed
# ICU data (scripts/bundle_linux.py). Installed only when missing.
need=()
for pkg in libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 libpulse0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-cursor0 xvfb postgresql gcc; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing Debian packages: ${need[*]}"
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -c constraints.txt -e ".[desk,server,test]"

export QT_QPA_PLATFORM=offscreen
echo "== import boundaries (import-linter)"
.venv/bin/lint-imports
echo "== every desk dependency has a Windows wheel (win_amd64)"
.venv/bin/python scripts/check_windows_wheels.py
echo "== lint (ruff) and types (mypy --strict)"
.venv/bin/ruff check .
.venv/bin/mypy
echo "== desk bundle builds and starts (PyInstaller: build_installer.spec, desk and --display)"
.venv/bin/python -m pip install -q -c constraints.txt -e ".[desk,build]"
.venv/bin/python scripts/build_bundle.py
.venv/bin/python scripts/smoke_bundle.py
echo "== tests"
.venv/bin/python -m pytest "$@"
