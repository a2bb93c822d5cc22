"""Step 3 shows when and where the group meeting is, readably and uncut (keyboard only)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from tests.app.visitation.conftest import VisitationDesk
from tests.ui.visitation.conftest import Keyboard, find
from tests.ui.visitation.test_visitation_screen import open_screen
from ui.background import BackgroundRunner
from ui.visitation.referral_page import ReferralPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WHEN = re.compile(
    r"^(man|tirs|ons|tors|fre|lør|søn)\. \d{1,2}\. [a-zæøå]+\.?( \d{4})? kl\. \d\d:\d\d$"
)


def test_the_meeting_table_shows_day_time_and_place_in_full(
    qtbot: QtBot, desk: VisitationDesk, keyboard: Keyboard, runner: BackgroundRunner
) -> None:
    screen = open_screen(qtbot, desk, desk.citizen().id, runner)
    keyboard.type("j")
    keyboard.key(Qt.Key.Key_Return)
    keyboard.key(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    keyboard.key(Qt.Key.Key_Return)
    assert isinstance(screen.current_page(), ReferralPage)
    table = find(screen, QTableView, "Møder med ledige pladser")
    assert isinstance(table, QTableView)
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[0] == "tirs. 1. dec. kl. 09:00" or WHEN.match(first[0]), first
    assert first[1] == "Musvågevej, Mødelokale 1"
    assert first[2] == "20 af 20"
    viewport = table.viewport().width()
    for column in range(model.columnCount()):
        # Every cell's text fits its column, and every column is inside the visible table.
        assert table.sizeHintForColumn(column) <= table.columnWidth(column), column
        assert table.columnViewportPosition(column) + table.columnWidth(column) <= viewport
    assert table.textElideMode() == Qt.TextElideMode.ElideNone
