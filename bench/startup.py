"""Start-up of the desk in fresh processes, beside bare Python + Qt baselines."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_INTERACTIVE = re.compile(r"interactive_ms=(\d+(?:\.\d+)?)")
KEY_DIR_ENV = "SKRANKE_KEY_DIR"  # local_cache.store_key reads it (a plain string: no import)
_BARE_IMPORT = "import PySide6.QtWidgets"
_BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\nw = QMainWindow()\nw.show()\napp.processEvents()"
)


@dataclass
class Runs:
    wall_ms: list[float] = field(default_factory=list)
    reported_ms: list[float] = field(default_factory=list)  # the app's own interactive_ms
    failure: str = ""


def skranke_command() -> list[str]:
    installed = shutil.which("skranke")
    if installed:
        return [installed]
    return [sys.executable, "-c", "import sys; from ui.main import main; sys.exit(main())"]


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ) | (extra or {})
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def _run(
    cmd: list[str], runs: int, *, expect_report: bool, env: dict[str, str] | None = None
) -> Runs:
    result = Runs()
    for _ in range(runs):
        start = time.perf_counter()
        try:
            done = subprocess.run(
                cmd, cwd=ROOT, env=_env(env), capture_output=True, text=True, timeout=60
            )
        except subprocess.TimeoutExpired:
            result.failure = "timeout after 60 s"
            return result
        wall = (time.perf_counter() - start) * 1000
        found = _INTERACTIVE.search(done.stdout)
        if done.returncode != 0 or (expect_report and not found):
            lines = (done.stderr or done.stdout).strip().splitlines()
            result.failure = f"exit {done.returncode}: {lines[-1] if lines else 'no output'}"
            return result
        result.wall_ms.append(wall)
        if found:
            result.reported_ms.append(float(found.group(1)))
    return result


def desk_startup(data_dir: Path, runs: int) -> Runs:
    """The app on a copy of the store: it encrypts the copy (once, in a warm-up run) with a
    key in a throwaway folder, so the bench's plain store stays readable for the next run."""
    with tempfile.TemporaryDirectory(prefix="skranke-startup-") as tmp:
        copy = Path(tmp) / "store"
        shutil.copytree(data_dir, copy)
        keys = {KEY_DIR_ENV: str(Path(tmp) / "keys")}
        cmd = [*skranke_command(), "--data-dir", str(copy), "--benchmark-startup"]
        warm_up = _run(cmd, 1, expect_report=True, env=keys)
        return warm_up if warm_up.failure else _run(cmd, runs, expect_report=True, env=keys)


def bare_import(runs: int) -> Runs:
    return _run([sys.executable, "-c", _BARE_IMPORT], runs, expect_report=False)


def bare_window(runs: int) -> Runs:
    return _run([sys.executable, "-c", _BARE_WINDOW], runs, expect_report=False)
