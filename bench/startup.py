"""Start-up of the desk in fresh processes, beside bare Python + Qt baselines.

    python3 bench/startup.py                      # 1,000,000 citizens, encrypted store, 5 runs
    python3 bench/startup.py --citizens 20000 --runs 3

Every command is started the same way (`start_and_measure`): the clock runs from the
spawn of the process to the line on its stdout that says its window takes keys
(`interactive_ms=…`), so interpreter start-up counts on both sides. The desk and the
bare window are started in turns, so a busy neighbour slows both alike. See
bench/README.md ("Start-up") for what each figure means.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
_FIGURE = re.compile(r"^(\w+_ms)=(\d+(?:\.\d+)?)$")
INTERACTIVE = "interactive_ms"  # the line each measured command prints when it takes keys
KEY_DIR_ENV = "SKRANKE_KEY_DIR"  # local_cache.store_key reads it (a plain string: no import)
TARGET_RATIO = 3.0  # the sign-in page within 3 × a bare window's time
_BARE_IMPORT = "import PySide6.QtWidgets"
# A bare QApplication window that takes keys: shown, exposed, focus in a line edit — what
# the desk's --benchmark-startup waits for on its sign-in page.
_BARE_WINDOW = """\
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
app = QApplication([])
window = QMainWindow()
field = QLineEdit()
window.setCentralWidget(field)
window.show()
window.activateWindow()
field.setFocus()
def check():
    handle = window.windowHandle()
    if handle is not None and handle.isExposed() and QApplication.focusWidget() is field:
        print("interactive_ms=0", flush=True)
        app.quit()
    else:
        QTimer.singleShot(1, check)
QTimer.singleShot(0, check)
app.exec()
"""


@dataclass
class Command:
    label: str
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)  # added to the bench's environment
    marker: str | None = INTERACTIVE  # the figure whose line stops the clock; None: the exit


@dataclass
class Start:
    """One fresh process: wall time from spawn to its marker line (or to its exit), and
    the `name_ms=value` figures it printed itself."""

    wall_ms: float
    figures: dict[str, float]


@dataclass
class Runs:
    wall_ms: list[float] = field(default_factory=list)  # spawn → marker line (or exit)
    figures: dict[str, list[float]] = field(default_factory=dict)  # as the process printed
    failure: str = ""

    @property
    def reported_ms(self) -> list[float]:
        """The desk's own interactive_ms (from the first line of ui/main.py)."""
        return self.figures.get(INTERACTIVE, [])

    def add(self, start: Start) -> None:
        self.wall_ms.append(start.wall_ms)
        for name, value in start.figures.items():
            self.figures.setdefault(name, []).append(value)


class StartFailed(Exception):
    pass


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ) | (extra or {})
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def start_and_measure(command: Command, timeout: float = 120.0) -> Start:
    """Start `command` in a fresh process and time it: from the spawn to the line naming
    its marker on stdout (the process runs on to its own end, which is not timed), or to
    its exit when it has no marker. Raises StartFailed when it fails or never says it."""
    figures: dict[str, float] = {}
    wall_ms: float | None = None
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:  # a pipe could fill up
        started = time.perf_counter()
        process = subprocess.Popen(
            command.argv,
            cwd=ROOT,
            env=_env(command.env),
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        watchdog = threading.Timer(timeout, process.kill)  # a start that never ends
        watchdog.start()
        try:
            assert process.stdout is not None
            for line in process.stdout:
                found = _FIGURE.match(line.strip())
                if found is None:
                    continue
                if found.group(1) == command.marker and wall_ms is None:
                    wall_ms = (time.perf_counter() - started) * 1000
                figures[found.group(1)] = float(found.group(2))
            process.wait()
        finally:
            watchdog.cancel()
        if (time.perf_counter() - started) >= timeout:
            raise StartFailed(f"timeout after {timeout:g} s")
        if command.marker is None:
            wall_ms = (time.perf_counter() - started) * 1000
        if process.returncode != 0 or wall_ms is None:
            errors.seek(0)
            lines = errors.read().strip().splitlines()
            raise StartFailed(f"exit {process.returncode}: {lines[-1] if lines else 'no output'}")
    return Start(wall_ms, figures)


def measure_in_turns(commands: Sequence[Command], runs: int) -> dict[str, Runs]:
    """Each command once unmeasured (file cache, first-start work), then `runs` rounds
    of one start of each command in turn."""
    results = {c.label: Runs() for c in commands}
    for round_ in range(runs + 1):
        for command in commands:
            result = results[command.label]
            if result.failure:
                continue
            try:
                start = start_and_measure(command)
            except StartFailed as failed:
                result.failure = str(failed)
                continue
            if round_ > 0:
                result.add(start)
    return results


def skranke_command() -> list[str]:
    """The desk from this checkout, in the venv the bench runs in."""
    return [sys.executable, "-c", "import sys; from ui.main import main; sys.exit(main())"]


def desk_command(data_dir: Path, key_dir: Path) -> Command:
    return Command(
        "desk (venv)",
        [*skranke_command(), "--data-dir", str(data_dir), "--benchmark-startup"],
        {KEY_DIR_ENV: str(key_dir)},
    )


def bare_window_command() -> Command:
    return Command("bare QApplication window", [sys.executable, "-c", _BARE_WINDOW])


def bare_import_command() -> Command:
    return Command(
        f"python3 -c '{_BARE_IMPORT}'", [sys.executable, "-c", _BARE_IMPORT], marker=None
    )


@contextmanager
def encrypted_copy(data_dir: Path) -> Iterator[tuple[Path, Path]]:
    """A copy of the bench's plain store and a throwaway key folder: the desk encrypts the
    copy on its first (unmeasured) start, so the plain store stays readable for the next
    bench. Yields (data folder, key folder)."""
    with tempfile.TemporaryDirectory(prefix="skranke-startup-") as tmp:
        copy = Path(tmp) / "store"
        shutil.copytree(data_dir, copy)
        yield copy, Path(tmp) / "keys"


def desk_startup(data_dir: Path, runs: int) -> Runs:
    """The desk alone on an encrypted copy of the store (bench_registration.py)."""
    with encrypted_copy(data_dir) as (copy, keys):
        return measure_in_turns([desk_command(copy, keys)], runs)["desk (venv)"]


def bare_import(runs: int) -> Runs:
    return measure_in_turns([bare_import_command()], runs)[bare_import_command().label]


def bare_window(runs: int) -> Runs:
    return measure_in_turns([bare_window_command()], runs)[bare_window_command().label]


def p50(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]


def report(results: dict[str, Runs], baseline: str) -> None:
    """One row per command: wall time to its marker (p50, min, max), the ratio of its p50
    to the baseline's, and the figures it printed itself (p50 / max)."""
    base = results[baseline].wall_ms
    print(f"  {'':<36}{'p50':>8}{'min':>8}{'max':>8}{'× bare':>8}   (ms, spawn → takes keys)")
    for label, runs in results.items():
        if runs.failure:
            print(f"  {label:<36} not measured — {runs.failure}")
            continue
        ratio = f"{p50(runs.wall_ms) / p50(base):>8.2f}" if base else f"{'–':>8}"
        walls = runs.wall_ms
        print(f"  {label:<36}{p50(walls):>8.0f}{min(walls):>8.0f}{max(walls):>8.0f}{ratio}")
        for name, values in runs.figures.items():
            if label != baseline:
                print(f"  {'':<4}{name:<32}{p50(values):>8.0f}{'':>8}{max(values):>8.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--citizens", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=HERE / "out", help="where stores are cached")
    args = parser.parse_args(argv)
    sys.path[:0] = [str(ROOT), str(HERE)]
    import bench_store

    out = args.out / f"store-{args.citizens}"
    print(f"Skranke start-up — {args.citizens:,} citizens, encrypted store, {args.runs} runs")
    bench_store.cached_store(out, args.citizens, args.seed)
    with encrypted_copy(out) as (copy, keys):
        results = measure_in_turns(
            [bare_window_command(), desk_command(copy, keys), bare_import_command()], args.runs
        )
    report(results, bare_window_command().label)
    desk, bare = results["desk (venv)"], results[bare_window_command().label]
    if desk.wall_ms and bare.wall_ms:
        ratio = p50(desk.wall_ms) / p50(bare.wall_ms)
        verdict = "MET" if ratio <= TARGET_RATIO else "NOT MET"
        print(
            f"\n  sign-in page within {TARGET_RATIO:g} × the bare window (p50): {ratio:.2f}  {verdict}"
        )
    return 0 if not desk.failure else 1


if __name__ == "__main__":
    raise SystemExit(main())
