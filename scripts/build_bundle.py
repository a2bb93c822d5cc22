"""Builds the desk bundle: dist/skranke/ (one folder, skranke or skranke.exe inside).

The same command on Linux and on Windows (Python 3.11 with
`pip install -c constraints.txt ".[desk,build]"`, the versions CI tested):

    python scripts/build_bundle.py            # → dist/skranke/
    python scripts/smoke_bundle.py            # starts it headless: desk and --display

It runs `python -m PyInstaller --noconfirm --clean build_installer.spec` with this
interpreter (so the bundle holds the packages installed beside it), then prints how
long the build took and how large the folder is. Options: --dist DIR, --work DIR.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_installer.spec"


def folder_size(folder: Path) -> int:
    """Bytes in the files under `folder` (symbolic links not followed or counted)."""
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (build/)"
    )
    args = parser.parse_args(argv)
    if importlib.util.find_spec("PyInstaller") is None:
        print('PyInstaller is not installed here: pip install ".[desk,build]"', file=sys.stderr)
        return 2
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(args.dist),
        "--workpath",
        str(args.work),
        str(SPEC),
    ]
    print("$", " ".join(command), flush=True)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        print(f"the build failed (exit {done.returncode}) after {seconds:.0f} s", file=sys.stderr)
        return done.returncode
    bundle = args.dist / "skranke"
    size = folder_size(bundle)
    print(f"built {bundle} in {seconds:.0f} s: {size / 1e6:.0f} MB ({size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
