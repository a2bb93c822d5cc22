"""Finding widgets the way a screen reader does (by their Danish accessible name), a signed-in
session, and a desk shown on screen for the UI tests."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.security.demo_credentials import demo_key
from app.security.sign_in import SignInService, StaffSession

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from app.workstation import WorkstationConfig
    from local_cache.store import LocalStore
    from ui.composition import Desk
    from ui.registration.screen import RegistrationScreen

W = TypeVar("W", bound=QWidget)

UI_SOURCE = Path(__file__).resolve().parents[2] / "ui"

# A test's own reads and writes of the store (arranging data, checking what a screen
# wrote) run on the test's thread, which is the desk's GUI thread: the desk's guard
# reports each as an error. This marker allows those reports, and only those whose stack
# has no frame in ui/, so a screen that touches the store on the GUI thread still fails.
arranges_data_on_the_gui_thread = pytest.mark.expect_error_log(
    logger="ui.background",
    match=rf"(?s)the store was used on the GUI thread, from:(?!.*{re.escape(str(UI_SOURCE))}/)",
)


def focused() -> QWidget:
    """Whatever has the keyboard now: where the next key goes."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key to the focused widget, as a receptionist presses it."""
    QTest.keyClick(focused(), key, modifier)


def by_name(root: QWidget, name: str, kind: type[W] = QWidget) -> W:  # type: ignore[assignment]
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    if root.accessibleName() == name and isinstance(root, kind):
        found.append(root)
    assert len(found) == 1, f"expected one widget named {name!r}, found {len(found)}"
    return found[0]


def scan_card(qtbot: QtBot, screen: RegistrationScreen, digits: str) -> None:
    """A health-card scanner is a keyboard: digits into the CPR field, then Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    field = by_name(screen, "CPR-nummer eller navn", QLineEdit)
    qtbot.keyClicks(field, digits)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def session_for(store: object, staff_id: str, site_code: str = "MUS") -> StaffSession:
    """A signed-in session for UI tests of other screens (sign-in itself is tested apart)."""
    from local_cache.store import LocalStore

    assert isinstance(store, LocalStore)
    service = SignInService(store.unit_of_work, _NoPasswords(), site_code=site_code)
    return service.session_for(staff_id, key=demo_key(staff_id))  # as if the demo PIN was typed


class _NoPasswords:
    def authenticate(self, user_name: str, secret: str) -> str:
        raise AssertionError("these tests sign in with session_for")


def shown_desk(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, data_dir: Path, staff_id: str
) -> Iterator[Desk]:
    """For a fixture's `yield from`: the desk built signed in as `staff_id`, shown and
    exposed; its background work stopped afterwards."""
    from ui.composition import build_desk

    built = build_desk(store, workstation, data_dir, "da", session=session_for(store, staff_id))
    qtbot.addWidget(built.window)
    built.window.show()
    built.window.activateWindow()
    qtbot.waitExposed(built.window)
    yield built
    built.runner.shutdown()
