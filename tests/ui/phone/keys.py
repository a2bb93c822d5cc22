"""Driving the phone desk's combo boxes as a keyboard user does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tests.ui.helpers import focused, press


def choose(combo: QComboBox, wanted: str) -> None:
    """Arrow down through the focused combo box until it shows `wanted`."""
    assert focused() is combo
    for _ in range(combo.count()):
        if combo.currentText() == wanted:
            return
        press(Qt.Key.Key_Down)
    assert combo.currentText() == wanted
