"""docs/sample-log.txt: the log file of a real demo start, as a desk writes it.

    .venv/bin/python scripts/sample_log.py

Starts the desk the way `--benchmark-startup` measures it (demo data, site MUS, the
offscreen platform, a fresh data folder and key folder in a temporary directory), waits
for it to end, and copies `<data-dir>/logs/skranke.log` to docs/sample-log.txt.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET = REPO / "docs" / "sample-log.txt"


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="skranke-sample-log-") as folder:
        data = Path(folder) / "data"
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "SKRANKE_KEY_DIR": str(Path(folder) / "keys"),
        }
        command = [sys.executable, "-m", "ui.main", "--demo", "--site", "MUS"]
        command += ["--data-dir", str(data), "--benchmark-startup"]
        subprocess.run(command, cwd=REPO, env=env, check=True, timeout=300)
        shutil.copyfile(data / "logs" / "skranke.log", TARGET)
    print(f"{TARGET.relative_to(REPO)}: {len(TARGET.read_text('utf-8').splitlines())} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
