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
chains are in the bundle, and that the server stack and test tools are not; that
ticket printing's modules are in the archive (python-escpos, python-barcode, qrcode,
Pillow with its `_imaging`), which the two starts never import. On Linux, besides:

- every library a bundled binary needs (ELF `DT_NEEDED`, lazily loaded plugins such as
  printing's CUPS plugin included) is in the bundle or on this machine — the spec takes
  some from the system and drops what only left-out parts needed;
- Qt, with the bundle's cut ICU data library preloaded, sorts Danish and English names,
  names time zones, maps case and opens single-byte code pages exactly as with the
  wheel's full ICU data (`scripts/bundle_linux.py`; the probe runs in this interpreter's
  PySide6, which must be the version the bundle was built from).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
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
# Ticket printing (ui/printing/escpos_ticket.py imports them when a ticket is printed).
PRINTING_MODULES = (
    "escpos.printer", "escpos.escpos", "escpos.capabilities", "escpos.magicencode",
    "barcode", "barcode.writer", "qrcode", "usb.core", "PIL.Image", "PIL.ImageFont",
    "PIL.ImageDraw", "PIL.ImageOps",
)  # fmt: skip
# Needed by a bundled plugin, taken from the system where it is installed, never bundled:
# speech-dispatcher's client, for Qt's speechd voice (the display then reads numbers aloud).
NOT_BUNDLED_ON_PURPOSE = ("libspeechd.so.2",)
# Qt features that read ICU's data, as the desk and Qt use them; printed as JSON.
ICU_PROBE = r"""
import json
from PySide6.QtCore import QCollator, QDateTime, QLocale, QStringDecoder, QTimeZone
names = ["Aase", "Åse", "Øster", "Æble", "Zebra", "aa", "Ærø", "Olsen", "Ødegaard", "Ågade"]
out = {}
for name in ("da_DK", "en_DK", "en_US", "en_GB"):
    locale = QLocale(name)
    out["sort " + name] = sorted(names, key=QCollator(locale).sortKey)
    numeric = QCollator(locale)
    numeric.setNumericMode(True)
    out["numeric " + name] = sorted(["A10", "A2", "A1"], key=numeric.sortKey)
    out["case " + name] = [locale.toUpper("straße æøå"), locale.toLower("ÆØÅ İ")]
    zone = QTimeZone(b"Europe/Copenhagen")
    for month in (1, 7):
        moment = QDateTime.fromString(f"2026-{month:02}-15T12:00:00", "yyyy-MM-ddTHH:mm:ss")
        out[f"zone {name} {month}"] = [
            zone.displayName(moment, kind, locale) for kind in QTimeZone.NameType
        ] + [zone.offsetFromUtc(moment)]
out["zones"] = len(QTimeZone.availableTimeZoneIds())
for codec in ("windows-1252", "ISO-8859-15", "IBM865", "IBM850", "latin1", "UTF-16LE"):
    out["codec " + codec] = QStringDecoder(codec).name()
print(json.dumps(out, ensure_ascii=False))
"""
DANISH_ORDER = ["Olsen", "Zebra", "Æble", "Ærø", "Ødegaard", "Øster", "aa", "Ågade", "Åse", "Aase"]
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
    check_printing(bundle)
    return len(expected)


def check_printing(bundle: Path) -> None:
    """Ticket printing's modules in the archive and Pillow's core extension beside it."""
    inside = contents(bundle)
    modules = archived_modules(executable(bundle))
    if modules:  # empty without PyInstaller's reader
        missing = [name for name in PRINTING_MODULES if name not in modules]
        if missing:
            raise SmokeFailure(f"ticket printing's modules missing: {', '.join(missing)}")
    if not any((inside / "PIL").glob("_imaging.*")):
        raise SmokeFailure("Pillow's _imaging extension (python-escpos imports it) is missing")


def check_linux_libraries(bundle: Path) -> int:
    """Every library a bundled binary needs is in the bundle or on this machine."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from bundle_linux import needed

    inside = contents(bundle)
    bundled = {path.name for path in inside.rglob("*")}
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"  # the loader's cache: its names
    listing = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=True)
    system = {line.split()[0] for line in listing.stdout.splitlines()[1:] if line.strip()}
    binaries = [executable(bundle)] + [
        path for path in inside.rglob("*.so*") if path.is_file() and not path.is_symlink()
    ]
    unresolved = sorted(
        f"{name} (for {path.relative_to(bundle)})"
        for path in binaries
        for name in needed(path)
        if name not in bundled and name not in system and name not in NOT_BUNDLED_ON_PURPOSE
    )
    if unresolved:
        raise SmokeFailure(f"needed but neither bundled nor on this machine: {unresolved}")
    return len(binaries)


def check_icu(bundle: Path) -> bool:
    """The bundle's ICU data library answers Qt as the full one does (Linux; False when
    the bundle has no ICU library of its own, as on Windows)."""
    libraries = sorted((contents(bundle) / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"))
    if not libraries:
        return False

    def probe(preload: Path | None) -> dict[str, object]:
        env = dict(os.environ)
        env.pop("LD_PRELOAD", None)
        if preload is not None:
            env["LD_PRELOAD"] = str(preload)
        done = subprocess.run(
            [sys.executable, "-c", ICU_PROBE], env=env, capture_output=True, text=True
        )
        if done.returncode != 0:
            raise SmokeFailure(f"the ICU probe failed:\n{done.stderr.strip()[-2000:]}")
        result: dict[str, object] = json.loads(done.stdout)
        return result

    full, bundled = probe(None), probe(libraries[-1])
    differing = sorted(key for key in full if full[key] != bundled.get(key))
    if differing:
        raise SmokeFailure(f"the bundle's ICU data answers differently: {differing}")
    if bundled["sort da_DK"] != DANISH_ORDER:
        raise SmokeFailure(f"Danish names sorted as {bundled['sort da_DK']}")
    return True


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


def archived_modules(exe: Path) -> set[str]:
    """The names of the Python modules compiled into the executable's archive (read with
    PyInstaller's own reader; empty when PyInstaller is not installed here)."""
    try:
        from PyInstaller.archive.readers import CArchiveReader
    except ImportError:
        return set()
    archive = CArchiveReader(str(exe)).open_embedded_archive("PYZ.pyz")
    return set(archive.toc)


def archived_packages(exe: Path) -> set[str]:
    """The top-level names of the modules in the executable's archive."""
    return {name.split(".", 1)[0] for name in archived_modules(exe)}


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
        if sys.platform.startswith("linux"):
            print(f"== {check_linux_libraries(args.bundle)} binaries: every needed library found")
            if check_icu(args.bundle):
                print("== ICU: Qt's collation, time-zone names, case and code pages as in full")
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
