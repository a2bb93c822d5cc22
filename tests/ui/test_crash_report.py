"""An exception nobody caught: logged masked, a crash report in the logs folder, one friendly
dialog — and the desk goes on with what was typed still on screen."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.helpers import by_name, focused, press
from ui.composition import Desk
from ui.crash_report import KEEP_REPORTS
from ui.log_files import LogSetup, setup_logging
from ui.text_size import TextSize

crash_logged = pytest.mark.expect_error_log(
    logger="ui.crash_report", match="^unhandled exception on thread "
)


@pytest.fixture
def logs(data_dir: Path) -> Iterator[LogSetup]:
    setup = setup_logging(data_dir)
    yield setup
    setup.close()


def crash_dialog(qtbot: QtBot) -> QMessageBox:
    def shown() -> QMessageBox | None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.accessibleName() == "Uventet fejl" and w.isVisible()
        ]
        return boxes[0] if len(boxes) == 1 else None

    qtbot.waitUntil(lambda: shown() is not None)
    box = shown()
    assert box is not None
    return box


def reports(logs: LogSetup) -> list[Path]:
    assert logs.folder is not None
    return sorted(logs.folder.glob("crash-*.txt"))


@crash_logged
@pytest.mark.qt_no_exception_capture  # the desk's own hook is what is tested
def test_a_slot_that_raises_shows_the_dialog_and_keeps_the_typed_form(
    qtbot: QtBot, desk: Desk, logs: LogSetup, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.waitUntil(lambda: focused().accessibleName() == "CPR-nummer eller navn")
    QTest.keyClicks(focused(), "0707614285")  # unknown: the new-citizen form opens
    press(Qt.Key.Key_Return)
    given = by_name(desk.window, "Fornavn", QLineEdit)
    qtbot.waitUntil(given.hasFocus)
    QTest.keyClicks(focused(), "Mette")

    def broken(*_args: object) -> None:
        raise RuntimeError("the text size broke at 0707614285")

    monkeypatch.setattr(TextSize, "apply", broken)
    press(Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)  # Større tekst: its slot raises

    box = crash_dialog(qtbot)
    [report] = reports(logs)
    assert str(report) in box.text()
    assert "Det, du har tastet, er bevaret" in box.text()
    assert "Kontakt IT, hvis det sker igen" in box.text()
    text = report.read_text("utf-8")
    assert "RuntimeError: the text size broke at 070761-xxxx" in text
    assert "version: skranke " in text and "platform: " in text
    assert "last lines of the log (skranke.log):" in text
    assert "0707614285" not in text and "Mette" not in text
    assert logs.log_file is not None
    logged = logs.log_file.read_text("utf-8")
    assert (
        "CRITICAL ui.crash_report [MainThread]: unhandled exception on thread MainThread" in logged
    )
    assert "0707614285" not in logged

    assert desk.window.isVisible()  # the desk goes on …
    assert given.text() == "Mette"  # … with what was typed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    press(Qt.Key.Key_Return)  # OK
    qtbot.waitUntil(lambda: not shiboken6.isValid(box) or not box.isVisible())
    qtbot.waitUntil(given.hasFocus)  # back where the receptionist was typing
    QTest.keyClicks(focused(), "-Louise")
    assert given.text() == "Mette-Louise"


@crash_logged
def test_threads_that_die_show_one_dialog_and_count_the_repeats(
    qtbot: QtBot, logs: LogSetup
) -> None:
    def die() -> None:
        raise ValueError("worker broke on 070761-4285")

    for number in range(3):
        thread = threading.Thread(target=die, name=f"worker-{number}")
        thread.start()
        thread.join()

    box = crash_dialog(qtbot)
    qtbot.waitUntil(lambda: box.informativeText() == "Fejlen er sket 3 gange.")
    [report] = reports(logs)  # one report for the storm, not one per error
    assert "thread: worker-0" in report.read_text("utf-8")
    assert logs.log_file is not None
    logged = logs.log_file.read_text("utf-8")
    assert logged.count("unhandled exception on thread worker-") == 3
    assert "ValueError: worker broke on 070761-xxxx" in logged and "4285" not in logged
    box.done(0)
    qtbot.waitUntil(lambda: logs.crash._box is None)

    thread = threading.Thread(target=die, name="worker-after")  # a new error, a new dialog
    thread.start()
    thread.join()
    crash_dialog(qtbot)
    qtbot.waitUntil(lambda: len(reports(logs)) == 2)


def test_only_the_newest_reports_are_kept(logs: LogSetup) -> None:
    assert logs.folder is not None
    for number in range(KEEP_REPORTS + 5):
        old = logs.folder / f"crash-20260101-0000{number:02d}.txt"
        old.write_text("an old report", "utf-8")
        os.utime(old, (1_700_000_000 + number, 1_700_000_000 + number))
    try:
        raise ValueError("a report of now")
    except ValueError as exc:
        written = logs.crash.write_report((ValueError, exc, exc.__traceback__), "MainThread")
    assert written is not None and written.exists()
    kept = reports(logs)
    assert len(kept) == KEEP_REPORTS
    assert logs.folder / "crash-20260101-000000.txt" not in kept  # the oldest went first
