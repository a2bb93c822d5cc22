#!/usr/bin/env bash
# Writes constraints.txt: every dependency of every extra (desk, server, test, build)
# pinned to one version, resolved once for Linux and Windows together (uv's universal
# resolution keeps platform markers, e.g. pywin32-ctypes only on win32).
# start.sh, test.sh and scripts/build_bundle.py install with `-c constraints.txt`, so a
# fresh machine gets the versions CI tested. Run this to move to newer versions, then
# run the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
python3 -m venv "$tools/venv"
"$tools/venv/bin/python" -m pip install -q "uv>=0.5"
"$tools/venv/bin/uv" pip compile pyproject.toml \
  --extra desk --extra server --extra test --extra build \
  --universal --python-version 3.11 --no-header --quiet -o constraints.txt
sed -i '1i # Pinned by scripts/lock_dependencies.sh (uv pip compile --universal); edit pyproject.toml, not this.' constraints.txt
echo "constraints.txt: $(grep -c '==' constraints.txt) pinned packages"
