"""Focus is visible on every kind of control the keyboard reaches (ui/theme.py)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.theme import TOKENS, stylesheet


def focus_pixels(image: QImage) -> int:
    ring = QColor(TOKENS["focus"])
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).rgb() == ring.rgb()
    )


@pytest.mark.parametrize(
    "make",
    [
        lambda: QPushButton("Udsted billet"),
        lambda: QComboBox(),
        lambda: QLineEdit("Søren"),
        lambda: QCheckBox("Anonym henvendelse"),
    ],
    ids=["button", "combo", "line edit", "check box"],
)
def test_the_focused_control_wears_the_focus_ring(qtbot: QtBot, make: object) -> None:
    form = QWidget()
    form.setStyleSheet(stylesheet())
    layout = QVBoxLayout(form)
    control = make()  # type: ignore[operator]
    other = QLineEdit()
    layout.addWidget(control)
    layout.addWidget(other)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert focus_pixels(control.grab().toImage()) == 0
    control.setFocus()
    qtbot.waitUntil(control.hasFocus)
    qtbot.waitUntil(lambda: focus_pixels(control.grab().toImage()) > 20)
