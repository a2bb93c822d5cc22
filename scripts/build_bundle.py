"""Builds the desk bundle: dist/skranke/ (one folder, skranke or skranke.exe inside).

The same command on Linux and on Windows (Python 3.11 with
`pip install -c constraints.txt ".[desk,build]"`, the versions CI tested):

    python scripts/build_bundle.py            # → dist/skranke/
    python scripts/smoke_bundle.py            # starts it headless: desk and --display

It runs `python -m PyInstaller --noconfirm --clean build_installer.spec` with this
interpreter (so the bundle holds the packages installed beside it), then prints how
long the build took, how large the folder is and what its parts weigh (Qt, ICU, the
system's libraries, Python …; `python scripts/build_bundle.py --parts-only` prints them
for a bundle already built). Options: --dist DIR, --work DIR.
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


# The bundle's parts, by where PyInstaller puts them in _internal/ (first match wins).
PARTS = (
    ("Qt's ICU (libicu*: text data, collation, code pages)", ("PySide6/Qt/lib/libicu",)),
    ("PySide6: Qt's libraries, plugins and bindings", ("PySide6/", "shiboken6/")),
    ("libpython, the standard library", ("libpython", "python3", "base_library.zip")),
    ("cryptography (keyring's Secret Service backend)", ("cryptography/", "_cffi_backend")),
    ("Pillow (python-escpos imports it)", ("PIL/", "pillow.libs/")),
    ("SQLCipher (sqlcipher3)", ("sqlcipher3/",)),
)


def parts(bundle: Path) -> list[tuple[str, int]]:
    """Bytes per part of the bundle: the executable (bootloader and the archive of
    compiled modules), the parts above, the other libraries in _internal/'s top folder
    (the system's, on Linux; Python's and Qt's runtimes on Windows) and the rest."""
    sizes: dict[str, int] = {}
    internal = bundle / "_internal"
    for dirpath, _dirs, files in os.walk(bundle):
        for name in files:
            path = Path(dirpath) / name
            if path.is_symlink():
                continue
            if path.parent == bundle:
                part = "the executable: bootloader and the compiled modules"
            else:
                rel = path.relative_to(internal).as_posix()
                part = next((label for label, starts in PARTS if rel.startswith(starts)), "")
                if not part:
                    shared = ".so" in name or name.lower().endswith(".dll")
                    top = "/" not in rel
                    part = "other libraries in the top folder" if shared and top else "the rest"
            sizes[part] = sizes.get(part, 0) + path.stat().st_size
    return sorted(sizes.items(), key=lambda item: -item[1])


def print_parts(bundle: Path) -> None:
    for label, size in parts(bundle):
        print(f"  {size / 1e6:6.1f} MB  {label}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (build/)"
    )
    parser.add_argument(
        "--parts-only", action="store_true", help="print the parts of dist/skranke, no build"
    )
    args = parser.parse_args(argv)
    if args.parts_only:
        bundle = args.dist / "skranke"
        print(f"{bundle}: {folder_size(bundle) / 1e6:.1f} MB")
        print_parts(bundle)
        return 0
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
    print_parts(bundle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
