"""GUI fixtures for visitation: a seeded store, services on a fixed clock, a counting keyboard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from local_cache.store import LocalStore
from shared_store.visitation.seeding import ensure_visitation_seed
from tests.app.visitation.conftest import Clock, VisitationDesk, make_desk
from ui.visitation.visitation_screen import VisitationScreen

_SHIFTED = '!"#¤%&/()=?`^*_:;>'  # characters that need Shift on a Danish keyboard


class Keyboard:
    """Types into whatever has focus, the way a receptionist would, and counts every key."""

    def __init__(self) -> None:
        self.presses = 0  # key actions: a chord such as Alt+K is one
        self.keys_down = 0  # physical keys: Alt+K is two
        self.log: list[str] = []

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has keyboard focus"
        return widget

    def key(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        QTest.keyClick(self.focus(), key, modifier)
        self.presses += 1
        shift = key == Qt.Key.Key_Backtab  # Shift+Tab on a real keyboard
        self.keys_down += 1 + bin(modifier.value).count("1") + shift
        self.log.append(
            Qt.Key(key).name + ("+mod" if modifier != Qt.KeyboardModifier.NoModifier else "")
        )

    def type(self, text: str) -> None:
        for char in text:
            QTest.keyClicks(self.focus(), char)
            self.presses += 1
            self.keys_down += 2 if char.isupper() or char in _SHIFTED else 1
            self.log.append(char)


@pytest.fixture
def keyboard() -> Keyboard:
    return Keyboard()


@pytest.fixture
def desk(store: LocalStore) -> Iterator[VisitationDesk]:
    ensure_visitation_seed(store.engine, store.settings)
    clock = Clock(dt.datetime.now(dt.UTC))
    clock.set(2026, 11, 24)
    yield make_desk(store, clock)


def finish(qtbot: QtBot, screen: VisitationScreen, keyboard: Keyboard) -> list[object]:
    """Enter on the last step records; the summary opens; Enter closes it and hands on.
    Returns the arguments of `visitation_completed`."""
    keyboard.key(Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            screen.summary_dialog is not None
            and screen.summary_dialog.isVisible()
            and QApplication.focusWidget() is screen.summary_dialog.close_button
        )
    )
    with qtbot.waitSignal(screen.visitation_completed) as completed:
        keyboard.key(Qt.Key.Key_Return)
    return list(completed.args or [])


def find(root: QWidget, kind: type[QWidget], name: str) -> QWidget:
    """A widget by its Danish accessible name (what a screen reader would announce)."""
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} × {kind.__name__} «{name}»"
    return found[0]
