"""Driving the job-shop pages as a keyboard user does, and reading their tables."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from ui.composition import Desk
from ui.jobshop.jobshop_tab import JobshopTab

P = TypeVar("P", bound=QWidget)


def show_page(desk: Desk, kind: type[P]) -> P:
    """The Jobbutik tab with its page of `kind` in front."""
    tab = desk.window.findChild(JobshopTab)
    page = desk.window.findChild(kind)
    assert tab is not None and page is not None
    desk.window.tabs.setCurrentWidget(tab)
    tab.pages.setCurrentWidget(page)
    return page


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    QTest.keyClick(widget, key, modifier)


def wait_for_focus_in(qtbot: QtBot, dialog: QWidget) -> None:
    """A newly opened dialog gets the keyboard a moment after it shows (offscreen too)."""

    def inside() -> bool:
        widget = QApplication.focusWidget()
        return widget is not None and (widget is dialog or dialog.isAncestorOf(widget))

    qtbot.waitUntil(inside)


def rows(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def back_to(qtbot: QtBot, desk: Desk) -> None:
    """A closed dialog hands the keyboard back to the main window (offscreen needs the nudge)."""
    desk.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.window)
