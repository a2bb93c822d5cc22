"""The main tables show their text whole at 1024×700 and use the room at 1920×1080: a cell
either fits its column or is elided on purpose with the whole text in its tooltip
(tests/ui/cut_text.py measures what is on screen)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from app.registration import RegistrationService
from app.workstation import WorkstationConfig
from local_cache.demo_data import ensure_demo_jobshop, ensure_demo_population
from local_cache.store import LocalStore
from tests.ui.cut_text import columns_out_of_view, cut_cells, cut_headers, hidden_rows
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, focused, shown_desk
from ui.composition import Desk
from ui.jobshop.jobs_page import JobsPage
from ui.jobshop.jobshop_tab import JobshopTab

SIZES = [(1024, 700), (1920, 1080)]


@pytest.fixture
def desk(
    styled: None,
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    tmp_path: Path,
    registration: RegistrationService,
) -> Iterator[Desk]:
    ensure_demo_population(store, count=300)
    ensure_demo_jobshop(store, count=60)
    citizens = registration.search("a")[:8]
    for hit in citizens:  # a queue at every service the counter serves
        for code in ("jobbutik", "primaervisitation"):
            registration.issue_ticket(hit.citizen_id, code)
    yield from shown_desk(qtbot, store, workstation, tmp_path, workstation.staff_id)


def go_to(qtbot: QtBot, desk: Desk, screen: QWidget) -> None:
    index = desk.window.tabs.indexOf(screen)
    QTest.keyClick(focused(), Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.window.tabs.currentWidget() is screen)


def shown_whole(table: QTableView) -> list[str]:
    out_of_view = columns_out_of_view(table)
    return (
        cut_cells(table)
        + [f"header {h}" for h in cut_headers(table)]
        + ([f"{out_of_view} columns need scrolling"] if out_of_view else [])
    )


def problems_once_settled(qtbot: QtBot, problems: Callable[[], list[str]]) -> list[str]:
    """What is still cut once the view has laid itself out (columns fit after the rows
    arrive, in a later turn of the event loop): waits for none, returns what is left."""
    try:
        qtbot.waitUntil(lambda: not problems(), timeout=3000)
    except TimeoutError:
        pass
    return problems()


@arranges_data_on_the_gui_thread
@pytest.mark.parametrize(("width", "height"), SIZES, ids=["1024x700", "1920x1080"])
def test_the_main_tables_show_their_text_whole(
    qtbot: QtBot, desk: Desk, width: int, height: int
) -> None:
    desk.window.resize(width, height)
    assert desk.window.minimumSizeHint().width() <= width  # the window can be this narrow
    qtbot.waitUntil(lambda: desk.window.width() == width)
    problems: dict[str, list[str]] = {}

    # Registration: a name search's hits.
    QTest.keyClicks(focused(), "sen")
    hits = by_name(desk.registration, "Søgeresultater", QTableView)
    qtbot.waitUntil(lambda: hits.isVisible() and hits.model().rowCount() > 3)
    problems["søgeresultater"] = problems_once_settled(qtbot, lambda: shown_whole(hits))

    # The counter's waiting list.
    go_to(qtbot, desk, desk.counter)
    waiting = desk.counter.table
    qtbot.waitUntil(lambda: waiting.model().rowCount() > 3)
    problems["venteliste"] = problems_once_settled(qtbot, lambda: shown_whole(waiting))

    # The supervisor's overview: every service row in view, nothing cut.
    go_to(qtbot, desk, desk.supervisor)
    overview = by_name(desk.supervisor, "Køoversigt", QTableView)
    qtbot.waitUntil(lambda: overview.model().rowCount() >= 6)
    problems["køoversigt"] = problems_once_settled(
        qtbot,
        lambda: (
            shown_whole(overview)
            + [f"{n} rows need scrolling" for n in [hidden_rows(overview)] if n]
        ),
    )

    # The job shop's vacancies.
    tab = desk.window.findChild(JobshopTab)
    page = desk.window.findChild(JobsPage)
    assert tab is not None and page is not None
    go_to(qtbot, desk, tab)
    tab.pages.setCurrentWidget(page)
    search = by_name(page, "Søg i ledige job", QLineEdit)
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    QTest.keyClicks(focused(), "a")  # long company names among them
    qtbot.waitUntil(lambda: page.table.model().rowCount() > 3)
    problems["ledige job"] = problems_once_settled(qtbot, lambda: shown_whole(page.table))

    assert {where: cut for where, cut in problems.items() if cut} == {}


@arranges_data_on_the_gui_thread
def test_a_wider_window_shows_more_of_the_vacancy_list(qtbot: QtBot, desk: Desk) -> None:
    tab = desk.window.findChild(JobshopTab)
    page = desk.window.findChild(JobsPage)
    assert tab is not None and page is not None
    go_to(qtbot, desk, tab)
    tab.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.table.model().rowCount() > 3)
    desk.window.resize(1024, 700)
    qtbot.waitUntil(lambda: bool(page.table.columns.dropped))
    narrow = page.table.columns.dropped
    assert 0 not in narrow and 1 not in narrow  # title and company stay
    desk.window.resize(1920, 1080)
    qtbot.waitUntil(lambda: page.table.columns.dropped < narrow)
