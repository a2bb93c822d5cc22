"""The save dialog (ui/file_choice.py) answers by keys without a nested loop: the call
returns at once, the typed name and Enter hand the path on, Esc hands nothing on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import focused, press
from ui.file_choice import ask_where_to_save

SHOWN = 10_000  # ms: a generous wait for the dialog to list its folder and take the keys


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _dialog_has_the_keys() -> bool:
    dialog = QApplication.activeModalWidget()
    widget = QApplication.focusWidget()
    return (
        isinstance(dialog, QFileDialog)
        and widget is not None
        and widget.objectName() == "fileNameEdit"
    )


def _no_dialog() -> bool:
    return not isinstance(QApplication.activeModalWidget(), QFileDialog)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_typed_name_and_enter_hand_the_path_on(
    qtbot: QtBot, window: QWidget, tmp_path: Path
) -> None:
    chosen: list[Path] = []
    dialog = ask_where_to_save(
        window, "Gem", tmp_path / "forslag.csv", "CSV (*.csv)", chosen.append
    )
    assert dialog.windowModality() is Qt.WindowModality.WindowModal  # returned at once, though
    qtbot.waitUntil(_dialog_has_the_keys, timeout=SHOWN)
    assert focused().property("text") == "forslag.csv"  # the suggested name, ready to keep
    target = tmp_path / "tal.csv"
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused(), str(target))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chosen == [target], timeout=SHOWN)
    qtbot.waitUntil(_no_dialog, timeout=SHOWN)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_esc_hands_nothing_on(qtbot: QtBot, window: QWidget, tmp_path: Path) -> None:
    chosen: list[Path] = []
    ask_where_to_save(window, "Gem", tmp_path / "forslag.csv", "", chosen.append)
    qtbot.waitUntil(_dialog_has_the_keys, timeout=SHOWN)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(_no_dialog, timeout=SHOWN)
    assert chosen == []
    assert list(tmp_path.iterdir()) == []
