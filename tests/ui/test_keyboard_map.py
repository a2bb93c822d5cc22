"""One keyboard map without clashes: every key the desk answers to is read from its
widgets (ui/keyboard_map.py); on no screen is a key bound twice (Qt would run neither)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.registration import NewCitizen
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, focused
from ui.composition import TEXT_SETTINGS_FILE, Desk
from ui.keyboard_map import Key, clashes, mnemonic
from ui.text_size import TextSize


def every_screen_in_front(qtbot: QtBot, desk: Desk) -> Iterator[tuple[str, list[Key]]]:
    tabs = desk.window.tabs
    for index in range(tabs.count()):
        QTest.keyClick(focused(), Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda index=index: tabs.currentIndex() == index)
        inner = [t for t in tabs.currentWidget().findChildren(QTabWidget) if t.isVisible()]
        for pages in inner or [None]:
            for page in range(pages.count()) if pages else [None]:
                if pages is not None and page is not None:
                    pages.setCurrentIndex(page)
                    qtbot.waitUntil(lambda p=pages, i=page: p.currentWidget().isVisible())
                name = tabs.tabText(index) + (f" / {pages.tabText(page)}" if pages else "")
                yield name, desk.window.keys_in_front()


def test_no_key_is_bound_twice_on_any_screen(qtbot: QtBot, desk: Desk) -> None:
    found = {
        name: {k: [f"{x.what} ({x.where})" for x in v] for k, v in clashes(keys).items()}
        for name, keys in every_screen_in_front(qtbot, desk)
    }
    assert {name: c for name, c in found.items() if c} == {}


def test_every_screen_is_one_key_away_and_shift_f1_lists_the_keys(qtbot: QtBot, desk: Desk) -> None:
    tabs = desk.window.tabs
    assert tabs.count() >= 7
    QTest.keyClick(focused(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tabs.currentIndex() == 2)
    QTest.keyClick(focused(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tabs.currentIndex() == 0)
    QTest.keyClick(focused(), Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: desk.window.help_window is not None)
    help_window = desk.window.help_window
    assert help_window is not None
    table = by_name(help_window, "Tastaturgenveje", QTableView)
    qtbot.waitUntil(table.hasFocus)  # Shift+F1: the help window open on its keys
    model = table.model()
    rows = [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]
    assert ("Ctrl+1", "Registrering", "Hele vinduet") in rows
    assert ("F1", "Brugervejledning", "Hele vinduet") in rows
    assert ("Shift+F1", "Tastaturgenveje", "Hele vinduet") in rows
    assert any(keys == "F7" and where == "Registrering" for keys, _what, where in rows)


def test_a_mnemonic_is_the_letter_after_one_ampersand() -> None:
    assert mnemonic("Op&følgning") == "Alt+F"
    assert mnemonic("Rock && roll") is None
    assert mnemonic("&Filer") == "Alt+F"


@arranges_data_on_the_gui_thread
def test_no_clash_with_a_citizen_on_the_card(qtbot: QtBot, desk: Desk) -> None:
    desk.services.registration.register_citizen(
        NewCitizen("0707901234", "Nadia", "Søndergård", SupportBasis.CASH_BENEFIT)
    )
    cpr = by_name(desk.registration, "CPR-nummer eller navn", QLineEdit)
    qtbot.waitUntil(cpr.hasFocus)
    QTest.keyClicks(focused(), "0707901234")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    visitation = by_name(desk.registration, "Primærvisitation", QPushButton)
    qtbot.waitUntil(visitation.isVisible)  # the card's buttons are live now
    assert clashes(desk.window.keys_in_front()) == {}


def test_ctrl_plus_enlarges_the_text_and_the_desk_remembers_it(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    try:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        QTest.keyClick(focused(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: desk.text_size.px == 17)
        assert "font-size: 17px" in app.styleSheet()
        kept = QSettings(str(tmp_path / TEXT_SETTINGS_FILE), QSettings.Format.IniFormat)
        assert TextSize(kept).px == 17  # the next start on this PC reads the same size
        QTest.keyClick(focused(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: desk.text_size.px == 15)
    finally:
        app.setStyleSheet(before)
