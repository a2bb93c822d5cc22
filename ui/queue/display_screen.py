"""Which screen the waiting-room display fills: the one asked for, else a second screen
(the TV beside the desk's own monitor), else the primary."""

from __future__ import annotations

import logging

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def display_screen(number: int | None = None) -> QScreen:
    """`number` counts the screens from 1 in the order the system lists them; a number
    without such a screen falls back to the default, so a TV left unplugged still shows."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    if number is not None:
        if 1 <= number <= len(screens):
            return screens[number - 1]
        log.warning(
            "no screen %d (there are %d); the display uses the default", number, len(screens)
        )
    return next((s for s in screens if s is not primary), primary)


def show_full_screen_on(window: QWidget, screen: QScreen) -> None:
    """Place the window on `screen` before it goes full screen there."""
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()
