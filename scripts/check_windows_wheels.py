"""Proves that the desk installs on a Windows counter PC: every dependency of the desk
(the shared ones and the `desk` extra in pyproject.toml) resolves to wheels for
win_amd64 and this Python, without building anything. pip resolves from the package
index's metadata (--dry-run), so nothing large is downloaded. Environment markers are
still read for this machine (pip cannot evaluate them as Windows), so a dependency only
Windows pulls in (keyring's pywin32-ctypes, a pure-Python wheel) is not in the list.

Usage: python scripts/check_windows_wheels.py   (exit 0: all wheels found)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def desk_requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["desk"]]


def main() -> int:
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    command = [
        sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--report", "-",
        "--ignore-installed", "--only-binary=:all:", "--platform", "win_amd64",
        "--python-version", version, "--implementation", "cp",
        *desk_requirements(),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        print("A desk dependency has no Windows wheel for this Python.", file=sys.stderr)
        return 1
    report = json.loads(done.stdout)
    wheels = sorted(
        item["download_info"]["url"].rsplit("/", 1)[-1] for item in report["install"]
    )
    print(f"{len(wheels)} wheels for win_amd64, Python {version}:")
    for wheel in wheels:
        print(f"  {wheel}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
