"""Hjælp: F1 opens the user guide with its pictures and the keys; Esc closes it and the
keys go back where they were; «Om Skranke» shows the version."""

from __future__ import annotations

from importlib import metadata, resources

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.helpers import by_name, focused, press
from ui.composition import Desk
from ui.help.guide import GUIDES, image_references, load_guide


def help_window(desk: Desk) -> QWidget:
    shown = [
        w
        for w in desk.window.findChildren(QWidget)
        if w.isWindow() and w.isVisible() and w.accessibleName() == "Hjælp"
    ]
    assert len(shown) <= 1, "one help window at a time"
    return shown[0] if shown else None  # type: ignore[return-value]


def headings(document: QTextDocument) -> list[tuple[int, str]]:
    """(level, text) of every heading the browser shows."""
    found = []
    block = document.begin()
    while block.isValid():
        if (level := block.blockFormat().headingLevel()) > 0:
            found.append((level, block.text()))
        block = block.next()
    return found


def test_f1_opens_the_guide_with_its_pictures_and_esc_goes_back(qtbot: QtBot, desk: Desk) -> None:
    cpr = by_name(desk.registration, "CPR-nummer eller navn", QLineEdit)
    qtbot.waitUntil(cpr.hasFocus)

    press(Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: help_window(desk) is not None)
    window = help_window(desk)
    search = by_name(window, "Søg i vejledningen", QLineEdit)
    qtbot.waitUntil(search.hasFocus)  # the search field first

    browser = by_name(window, "Brugervejledning", QTextBrowser)
    found = headings(browser.document())
    assert found[0] == (1, "Brugervejledning")  # rendered: headings, not markdown text
    assert (2, "2. Registrering af en borger") in found
    references = image_references(load_guide("da").markdown)
    assert len(references) >= 8
    for reference in references:
        image = browser.document().resource(
            QTextDocument.ResourceType.ImageResource, QUrl(reference)
        )
        assert isinstance(image, QImage) and not image.isNull(), reference

    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: help_window(desk) is None)
    qtbot.waitUntil(cpr.hasFocus)  # a scan after closing the help goes where it did before


def test_ctrl_tab_shows_the_keys_and_typing_searches_the_guide(qtbot: QtBot, desk: Desk) -> None:
    cpr = by_name(desk.registration, "CPR-nummer eller navn", QLineEdit)
    qtbot.waitUntil(cpr.hasFocus)
    press(Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: help_window(desk) is not None)
    window = help_window(desk)
    search = by_name(window, "Søg i vejledningen", QLineEdit)
    qtbot.waitUntil(search.hasFocus)

    QTest.keyClicks(focused(), "billet")  # typed: the first hit from the top
    browser = by_name(window, "Brugervejledning", QTextBrowser)
    qtbot.waitUntil(lambda: browser.textCursor().selectedText().lower() == "billet")
    assert by_name(window, "Søgningens resultat", QLabel).text() == ""
    press(Qt.Key.Key_Return)  # the next hit
    assert browser.textCursor().selectedText().lower() == "billet"

    tabs = by_name(window, "Hjælpens faner", QTabWidget)
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tabs.currentIndex() == 1)
    table = by_name(window, "Tastaturgenveje", QTableView)
    qtbot.waitUntil(table.hasFocus)
    model = table.model()
    rows = [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]
    assert ("F1", "Brugervejledning", "Hele vinduet") in rows
    assert any(keys == "F7" and where == "Registrering" for keys, _what, where in rows)
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tabs.currentIndex() == 0)
    qtbot.waitUntil(search.hasFocus)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: help_window(desk) is None)


def test_every_guide_shows_only_pictures_it_ships() -> None:
    folder = resources.files("resources.help")
    for name in GUIDES.values():
        guide = load_guide("en" if name.endswith("_en.md") else "da")
        assert folder.joinpath(name).is_file()
        for reference, image in guide.images.items():
            assert not image.isNull(), f"{name}: {reference}"
            assert image.width() <= 1024, f"{name}: {reference} is {image.width()} px wide"


def test_the_english_desk_shows_the_english_guide(qtbot: QtBot) -> None:
    from ui.help.help_window import HelpWindow

    window = HelpWindow([], "en")
    qtbot.addWidget(window)
    assert headings(window.guide.document())[0] == (1, "User guide")


@pytest.mark.qt_log_ignore(  # a menu opened offscreen: the platform cannot raise or grab
    "does not support raise", "does not support grabbing the keyboard"
)
def test_about_shows_the_version_python_qt_and_folders(
    qtbot: QtBot, desk: Desk, tmp_path: object
) -> None:
    cpr = by_name(desk.registration, "CPR-nummer eller navn", QLineEdit)
    qtbot.waitUntil(cpr.hasFocus)
    press(Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # the Hjælp menu …
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    assert menu is not None
    QTest.keyClick(menu, Qt.Key.Key_O)  # … «&Om Skranke»: the open menu has the keys
    qtbot.waitUntil(lambda: desk.window.about_dialog is not None)
    dialog = desk.window.about_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert by_name(dialog, "Version", QLabel).text() == metadata.version("skranke")
    assert by_name(dialog, "Logmappe", QLabel).text() == str(tmp_path / "logs")  # type: ignore[operator]
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget() or dialog))
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(cpr.hasFocus)
