"""The desk's log files: in the data folder, rotated and bounded, masked, with Qt's own
messages and faulthandler's stacks; and a real demo start writes one without any citizen's
CPR number or name in it."""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.log_files import BACKUPS, MAX_BYTES, LogSetup, setup_logging

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def logs(data_dir: Path) -> Iterator[LogSetup]:
    setup = setup_logging(data_dir, max_bytes=2_000, backups=2)
    yield setup
    setup.close()


def _handlers(setup: LogSetup) -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if h in setup.handlers]


def test_the_log_is_a_file_in_the_data_folder_and_stderr(data_dir: Path) -> None:
    setup = setup_logging(data_dir)
    try:
        logging.getLogger("skranke").info("the desk starts")
        assert setup.log_file == data_dir / "logs" / "skranke.log"
        rotating = [h for h in _handlers(setup) if isinstance(h, logging.FileHandler)]
        assert len(rotating) == 1
        assert (rotating[0].maxBytes, rotating[0].backupCount) == (MAX_BYTES, BACKUPS)  # type: ignore[attr-defined]
        assert any(type(h) is logging.StreamHandler for h in _handlers(setup))  # stderr
    finally:
        setup.close()
    assert "INFO skranke [MainThread]: the desk starts" in setup.log_file.read_text("utf-8")
    assert not _handlers(setup)  # closed: the root logger as it was


def test_rotation_keeps_the_log_bounded_and_masked(logs: LogSetup) -> None:
    assert logs.folder is not None and logs.log_file is not None
    for number in range(300):
        logging.getLogger("skranke").info("look-up %d of 0707614285", number)
    for handler in logs.handlers:
        handler.flush()
    files = sorted(p.name for p in logs.folder.glob("skranke.log*"))
    assert files == ["skranke.log", "skranke.log.1", "skranke.log.2"]  # two old files, no more
    for name in files:
        text = (logs.folder / name).read_text("utf-8")
        assert (logs.folder / name).stat().st_size <= 2_000
        assert "0707614285" not in text and "070761-xxxx" in text
    assert "look-up 299 of 070761-xxxx" in logs.log_file.read_text("utf-8")


def test_without_stderr_only_the_file_is_written(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stderr", None)  # a windowed Windows bundle
    setup = setup_logging(data_dir)
    try:
        logging.getLogger("skranke").warning("no console")
        assert [type(h) for h in _handlers(setup)] == [logging.handlers.RotatingFileHandler]
    finally:
        setup.close()
    assert setup.log_file is not None
    assert "WARNING skranke [MainThread]: no console" in setup.log_file.read_text("utf-8")


def test_qt_messages_go_into_the_log_masked(logs: LogSetup) -> None:
    from PySide6.QtCore import QLoggingCategory, qCWarning, qWarning

    qWarning("slow look-up of 070761-4285")
    qCWarning(QLoggingCategory("qt.multimedia.test"), "no sound card")
    qCWarning(QLoggingCategory("skranke.test"), "a category of our own")
    assert logs.log_file is not None
    text = logs.log_file.read_text("utf-8")
    assert "WARNING qt [MainThread]: slow look-up of 070761-xxxx" in text
    assert "WARNING qt.multimedia.test [MainThread]: no sound card" in text
    assert "WARNING qt.skranke.test [MainThread]: a category of our own" in text
    assert "4285" not in text


def _run(
    args: list[str], env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_a_hard_crash_leaves_its_stacks_in_the_faulthandler_file(tmp_path: Path) -> None:
    code = (
        "import faulthandler, sys; from pathlib import Path; "
        "from ui.log_files import setup_logging; "
        "setup_logging(Path(sys.argv[1])); faulthandler._sigsegv()"
    )
    done = _run(["-c", code, str(tmp_path)], {})
    assert done.returncode != 0
    text = (tmp_path / "logs" / "faulthandler.log").read_text("utf-8")
    assert "--- start " in text
    assert "Fatal Python error: Segmentation fault" in text
    assert 'File "<string>", line 1 in <module>' in text


def test_a_demo_start_logs_no_cpr_number_and_no_name_of_a_citizen(tmp_path: Path) -> None:
    data, keys = tmp_path / "data", tmp_path / "keys"
    args = ["-m", "ui.main", "--demo", "--site", "MUS", "--data-dir", str(data)]
    done = _run([*args, "--benchmark-startup"], {"SKRANKE_KEY_DIR": str(keys)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert "interactive_ms=" in done.stdout

    log_text = (data / "logs" / "skranke.log").read_text("utf-8")
    assert re.search(r"^\d{4}-\d\d-\d\d [\d:,]+ INFO ", log_text, re.MULTILINE)
    for cpr, given, family in _demo_citizens(data, keys):
        assert cpr not in log_text and f"{cpr[:6]}-{cpr[6:]}" not in log_text
        assert f"{given} {family}" not in log_text
        assert re.search(rf"\b{re.escape(family)}\b", log_text) is None, family
    assert "Traceback" not in done.stderr


def _demo_citizens(data: Path, keys: Path) -> list[tuple[str, str, str]]:
    from sqlalchemy import select

    from local_cache.store import open_store
    from local_cache.store_key import workstation_store_key
    from shared_store.tables import CitizenRow

    store = open_store(data, key=workstation_store_key(data, key_dir=keys))
    try:
        with store.engine.connect() as connection:
            rows = connection.execute(
                select(CitizenRow.cpr, CitizenRow.given_name, CitizenRow.family_name)
            ).all()
    finally:
        store.close()
    assert len(rows) == 2000
    return [(r.cpr, r.given_name, r.family_name) for r in rows]


def test_a_data_folder_that_cannot_be_written_leaves_stderr_and_the_desk_starts(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be", "utf-8")
    setup = setup_logging(blocked)
    try:
        assert (setup.folder, setup.log_file, setup.fault_file) == (None, None, None)
        assert [type(h) for h in _handlers(setup)] == [logging.StreamHandler]
        assert "no log files: the folder" in caplog.text
    finally:
        setup.close()
