"""The status bar with a server: it fits the narrowest desk (1024×700) whatever sync has
to say — a long reason is cut with «…» and whole in its tooltip and accessible
description — and it says once how many changes wait, counted in the outbox."""

from __future__ import annotations

import datetime as dt
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QStatusBar, QWidget
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.registration import NewCitizen
from app.sync.client import _OFFLINE_DA as OFFLINE_MESSAGE
from app.sync.engine import SyncEngine
from app.sync.ports import Rejection
from app.sync.status import SyncState, SyncStatus
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from local_cache.sync_store import SqlSyncStore
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, focused, press, shown_desk
from ui.composition import Desk, attach_sync
from ui.elided_label import ElidedLabel

WIDTH, HEIGHT = 1024, 700
NOW = dt.datetime(2026, 12, 5, 9, 30, tzinfo=dt.UTC)
REFUSED = Rejection(7, "c-7", "issue_ticket", "rejected", "Borgeren findes ikke.", None, NOW, False)

STATES = {
    "online": SyncStatus(SyncState.ONLINE, last_sync=NOW),
    "offline with changes waiting": SyncStatus(
        SyncState.OFFLINE, pending=6, last_sync=NOW, message=OFFLINE_MESSAGE
    ),
    "not enrolled": SyncStatus(SyncState.NOT_ENROLLED),
    "rejected changes": SyncStatus(
        SyncState.OFFLINE,
        pending=2,
        rejected=(REFUSED,) * 3,
        last_sync=NOW,
        message=OFFLINE_MESSAGE,
    ),
    "stopped": SyncStatus(
        SyncState.STOPPED,
        message="Arbejdsstationen er spærret på serveren. Kontakt IT for at tilmelde den igen.",
    ),
}


def no_loop(coroutine: Coroutine[Any, Any, None]) -> object:
    """The engine never runs here: what the desk asks the server fails as when offline."""
    coroutine.close()
    raise RuntimeError("no event loop in this test")


@pytest.fixture
def engine(store: LocalStore) -> Any:
    """A real engine that is never run: the test tells the indicator what it would say."""
    engine = SyncEngine(SqlSyncStore(store), None)  # type: ignore[arg-type]  # no request made
    yield engine
    engine.close()


@pytest.fixture
def styled_desk(
    styled: None, qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> Iterator[Desk]:
    yield from shown_desk(qtbot, store, workstation, tmp_path, workstation.staff_id)


def at_desk_size(qtbot: QtBot, desk: Desk) -> None:
    desk.window.resize(WIDTH, HEIGHT)
    qtbot.waitUntil(lambda: desk.window.width() == WIDTH)


def settled(window: QMainWindow) -> None:
    """Qt lays the window out now, as it would before painting it."""
    for layout in (window.statusBar().layout(), window.layout()):
        assert layout is not None
        layout.activate()


def cut_off(bar: QStatusBar) -> list[str]:
    """The status bar's widgets that are squeezed below their least size or lie past its
    right edge: text a person cannot read."""
    return [
        widget.accessibleName() or type(widget).__name__
        for widget in bar.findChildren(QWidget)
        if widget.isVisibleTo(bar)
        and (
            widget.width() < widget.minimumSizeHint().width()
            or widget.mapTo(bar, QPoint(widget.width(), 0)).x() > bar.width()
        )
    ]


@pytest.mark.parametrize("state", list(STATES))
def test_the_status_bar_fits_1024_px_in_every_state(
    qtbot: QtBot, styled_desk: Desk, engine: SyncEngine, state: str
) -> None:
    desk = styled_desk
    window = desk.window
    indicator = attach_sync(desk, engine, no_loop)
    at_desk_size(qtbot, desk)
    indicator.show_status(STATES[state])
    if state == "rejected changes":  # and the longest warning beside it
        indicator.show_staff_unknown("Birthe Bøgh Jørgensen")
    for screen in range(window.tabs.count()):  # every screen says what it has to (offline)
        press(Qt.Key(Qt.Key.Key_1 + screen), Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda i=screen: window.tabs.currentIndex() == i)
        qtbot.waitUntil(lambda: not desk.runner.busy)
        settled(window)
        least = window.minimumSizeHint().width()
        assert least <= WIDTH, f"{state}, {window.tabs.tabText(screen)}: {least} px"
        assert window.width() == WIDTH
        assert cut_off(window.statusBar()) == [], state
    press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # back at registration
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 0 and not desk.runner.busy)
    settled(window)
    assert window.minimumSizeHint().width() <= WIDTH, state
    assert window.width() == WIDTH
    assert cut_off(window.statusBar()) == [], state
    detail = by_name(indicator, "Synkroniseringsdetaljer", ElidedLabel)
    whole = detail.full_text
    assert detail.toolTip() == whole and detail.accessibleDescription() == whole
    if STATES[state].message and STATES[state].state is not SyncState.NOT_ENROLLED:
        assert STATES[state].message in whole  # whole where a person can read it

    def cut_to_fit() -> bool:  # the whole text, or its start and «…», as wide as the label
        shown = detail.text()
        whole_or_cut = shown == whole or (
            shown.endswith("…") and len(shown) > 1 and whole.startswith(shown[:-1])
        )
        return whole_or_cut and detail.fontMetrics().horizontalAdvance(shown) <= detail.width()

    qtbot.waitUntil(cut_to_fit)


def waiting_texts(desk: Desk) -> list[str]:
    """Every visible text in the status bar that speaks of changes waiting."""
    labels = desk.window.statusBar().findChildren(QLabel)
    return [
        label.text()
        for label in labels
        if label.isVisibleTo(desk.window) and "venter" in label.text()
    ]


@arranges_data_on_the_gui_thread
def test_one_count_of_waiting_changes_and_it_counts_every_one(
    qtbot: QtBot, desk: Desk, engine: SyncEngine, store: LocalStore
) -> None:
    """A look-up writes an audit entry into the outbox outside the command bus: the count
    hears of it too, and the engine's count (as old as its last round) is not shown
    beside it."""
    indicator = attach_sync(desk, engine, no_loop)
    indicator.show_status(STATES["offline with changes waiting"])  # the engine's stale 6
    desk.registration._service.register_citizen(  # noqa: SLF001
        NewCitizen("211062-5629", "Søren", "Ågård", SupportBasis.CASH_BENEFIT)
    )
    search = by_name(desk.registration, "CPR-nummer eller navn", QLineEdit)
    qtbot.waitUntil(search.hasFocus)
    QTest.keyClicks(focused(), "2110625629")
    press(Qt.Key.Key_Return)  # the look-up: an audit entry
    cpr = by_name(desk.registration, "CPR-nummer", QLabel)
    qtbot.waitUntil(lambda: cpr.text() == "211062-xxxx")
    qtbot.waitUntil(lambda: not desk.runner.busy)
    with store.unit_of_work() as uow:
        waiting = uow.outbox.pending_count()
    assert waiting >= 2  # the registration and the look-up's entry
    expected = f"{waiting} ændringer venter på at blive sendt"
    counted = by_name(desk.window, "Ændringer der venter", QLabel)
    qtbot.waitUntil(lambda: counted.text() == expected)
    assert waiting_texts(desk) == [expected]  # said once, nothing beside it
