"""Starts the built desk bundle headless and fails clearly when it does not come up.

    python scripts/smoke_bundle.py [--bundle dist/skranke]

Two real starts of the bundled program, each on a fresh data folder in a temporary
directory (a new encrypted store, migrated from the bundled Alembic chains, filled with
the demo population):

1. the desk:    skranke --demo --site MUS --benchmark-startup
2. the display: skranke --demo --site MUS --benchmark-startup --display

Each must exit 0, print `interactive_ms=<n>` (ui/main.py prints it once the window
takes keys, then exits by itself) and leave no Python traceback in its output or its
log files. The store's key goes to a key file in the temporary directory
(SKRANKE_KEY_DIR, local_cache/store_key.py), and keyring is pointed at its «fail»
backend, so the check never touches the machine's keyring and needs no desktop session.
Qt runs on its offscreen platform unless QT_QPA_PLATFORM says otherwise.

It also checks that every file of resources/ (what importlib.resources reads: seed
data, translations, sounds, stylesheet, icons, the user guide …) and both migration
chains are in the bundle, and that the server stack and test tools are not.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_FIGURE = re.compile(r"^(interactive_ms|ready_ms)=(\d+)", re.MULTILINE)
TIMEOUT_S = 180
# Left out on purpose (build_installer.spec); a folder of one of them means the spec broke.
MUST_BE_ABSENT = (
    "server", "fastapi", "starlette", "uvicorn", "psycopg", "pydantic", "pytest", "_pytest",
    "hypothesis", "mypy",
)  # fmt: skip
QT_MUST_BE_ABSENT = ("Qml", "Quick", "WebEngine", "3D", "Pdf", "VirtualKeyboard")  # Qt<name>…
SMOKE_ARGS = ("--demo", "--site", "MUS", "--benchmark-startup")
CHAINS = ("shared_store/migrations", "local_cache/desk_migrations")


class SmokeFailure(Exception):
    pass


def executable(bundle: Path) -> Path:
    for name in ("skranke.exe", "skranke"):
        if (bundle / name).is_file():
            return bundle / name
    raise SmokeFailure(
        f"no skranke executable in {bundle} (build it: python scripts/build_bundle.py)"
    )


def contents(bundle: Path) -> Path:
    """Where PyInstaller put the collected files (`_internal/` since PyInstaller 6)."""
    internal = bundle / "_internal"
    return internal if internal.is_dir() else bundle


def check_files(bundle: Path) -> int:
    inside = contents(bundle)
    expected = [
        path.relative_to(ROOT)
        for path in sorted((ROOT / "resources").rglob("*"))
        if path.is_file()
        and path.suffix not in (".py", ".pyc", ".ts")
        and "__pycache__" not in path.parts
    ]
    for chain in CHAINS:
        expected += [
            path.relative_to(ROOT)
            for path in sorted((ROOT / chain).rglob("*"))
            if path.is_file()
            and path.suffix in (".py", ".mako")
            and "__pycache__" not in path.parts
        ]
    missing = [str(rel) for rel in expected if not (inside / rel).is_file()]
    if missing:
        raise SmokeFailure(f"missing from the bundle: {', '.join(missing)}")
    if not any(inside.glob("skranke-*.dist-info")) and not any(inside.glob("skranke*.egg-info")):
        raise SmokeFailure("the package's metadata (its version) is not in the bundle")
    present = [name for name in MUST_BE_ABSENT if (inside / name).exists()]
    present += sorted(set(MUST_BE_ABSENT) & archived_packages(executable(bundle)))
    present += unused_qt(inside / "PySide6")
    if present:
        raise SmokeFailure(f"left out on purpose but in the bundle: {', '.join(present)}")
    return len(expected)


def unused_qt(folder: Path) -> list[str]:
    """Qt's modules, libraries and plugins of the kinds the spec leaves out, found anyway."""
    prefixes = tuple(f"Qt{n}" for n in QT_MUST_BE_ABSENT) + tuple(
        f"Qt6{n}" for n in QT_MUST_BE_ABSENT
    )
    return sorted(
        path.name
        for path in folder.rglob("*")
        if path.name.removeprefix("lib").startswith(prefixes)
    )


def archived_packages(exe: Path) -> set[str]:
    """The top-level names of the Python modules compiled into the executable's archive
    (read with PyInstaller's own reader; empty when PyInstaller is not installed here)."""
    try:
        from PyInstaller.archive.readers import CArchiveReader
    except ImportError:
        return set()
    archive = CArchiveReader(str(exe)).open_embedded_archive("PYZ.pyz")
    return {name.split(".", 1)[0] for name in archive.toc}


def log_text(folder: Path) -> str:
    """What the desk wrote to its log files (ui/log_files.py: <data-dir>/logs/)."""
    if not folder.is_dir():
        return ""
    files = sorted(path for path in folder.iterdir() if path.is_file())
    return "".join(path.read_text(encoding="utf-8", errors="replace") for path in files)


def start(exe: Path, name: str, extra: list[str], tmp: Path) -> dict[str, int]:
    data_dir = tmp / name
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["SKRANKE_KEY_DIR"] = str(tmp / "keys")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    command = [str(exe), "--data-dir", str(data_dir), *SMOKE_ARGS, *extra]
    print(f"== {name}: {' '.join(command[1:])}", flush=True)
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command, cwd=tmp, env=env, capture_output=True, text=True, timeout=TIMEOUT_S
        )
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailure(f"{name}: no exit within {TIMEOUT_S} s") from exc
    wall_ms = round((time.perf_counter() - started) * 1000)
    output = done.stdout + done.stderr
    logs = log_text(data_dir / "logs")
    figures = {key: int(value) for key, value in _FIGURE.findall(done.stdout)}
    problem = ""
    if done.returncode != 0:
        problem = f"exit code {done.returncode}"
    elif "interactive_ms" not in figures:
        problem = "no interactive_ms=<n> line on standard output"
    elif "Traceback (most recent call last)" in output + logs:
        problem = "a Python traceback in its output or logs"
    if problem:
        tail = "\n".join(output.strip().splitlines()[-40:])
        raise SmokeFailure(f"{name}: {problem}\n--- last lines of its output ---\n{tail}")
    figures["wall_ms"] = wall_ms
    print(f"   ok: {' '.join(f'{k}={v}' for k, v in figures.items())}", flush=True)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "skranke")
    args = parser.parse_args(argv)
    try:
        exe = executable(args.bundle)
        print(f"== {check_files(args.bundle)} resource and migration files in {args.bundle}")
        with tempfile.TemporaryDirectory(prefix="skranke-smoke-") as tmp:
            start(exe, "desk", [], Path(tmp))
            start(exe, "display", ["--display"], Path(tmp))
    except SmokeFailure as failure:
        print(f"SMOKE FAILED: {failure}", file=sys.stderr)
        return 1
    print("== the bundle starts: desk and display")
    return 0


if __name__ == "__main__":
    sys.exit(main())
