"""Proves that the desk installs on a Windows counter PC: every dependency of the desk
(the shared ones and the `desk` extra in pyproject.toml) resolves to wheels for
win_amd64 and this Python, without building anything. pip resolves from the package
index's metadata (--dry-run), so nothing large is downloaded. The versions are those
of constraints.txt (the lock start.sh, test.sh and the bundle build install from).
pip reads environment markers for this machine, not for Windows, so the packages the
lock marks Windows-only (keyring's pywin32-ctypes, zoneinfo's tzdata, …) are added to the
list by name and version: they are proven too.

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


def windows_only_pins() -> list[str]:
    """`name==version` of every lock line whose marker holds on Windows and not here."""
    from packaging.markers import Marker, default_environment

    windows = default_environment() | {"sys_platform": "win32", "platform_system": "Windows",
                                         "os_name": "nt"}  # fmt: skip
    pins = []
    for line in (ROOT / "constraints.txt").read_text("utf-8").splitlines():
        requirement, _, marker = line.partition(";")
        if "==" not in requirement or not marker.strip():
            continue
        condition = Marker(marker.strip())
        if condition.evaluate(windows) and not condition.evaluate():
            pins.append(requirement.strip())
    return pins


def main() -> int:
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    command = [
        sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--report", "-",
        "--ignore-installed", "--only-binary=:all:", "--platform", "win_amd64",
        "--python-version", version, "--implementation", "cp",
        "--constraint", str(ROOT / "constraints.txt"),
        *desk_requirements(), *windows_only_pins(),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        print("A desk dependency has no Windows wheel for this Python.", file=sys.stderr)
        return 1
    report = json.loads(done.stdout)
    wheels = sorted(item["download_info"]["url"].rsplit("/", 1)[-1] for item in report["install"])
    print(f"{len(wheels)} wheels for win_amd64, Python {version}:")
    for wheel in wheels:
        print(f"  {wheel}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
