"""«Kvikservice» in the whole desk on a real store: a company's request gets the default due
time (shown before saving), a walk-in who wants the trade area is a candidate and is marked
sent, and the request is closed as fulfilled."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTableView,
)
from pytestqt.qtbot import QtBot

from app.catalogue import CATALOGUE
from app.clock import COPENHAGEN
from app.commands.bus import CommandBus
from app.entities import SupportBasis
from app.jobshop.company_service import CompanyService
from app.jobshop.kvik_service import KvikService
from app.jobshop.working_days import next_working_day
from app.registration import NewCitizen, RegistrationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name
from tests.ui.jobshop.keys import back_to, press, rows, show_page, wait_for_focus_in
from ui.composition import Desk
from ui.jobshop.kvik_models import time_left_text
from ui.jobshop.kvik_page import KvikPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CTRL = Qt.KeyboardModifier.ControlModifier
ENTER = Qt.Key.Key_Return
SHOP = "butik_handel_kontor"


@dataclass
class Setup:
    kvik: KvikService
    company_id: str
    nadia: str


@pytest.fixture
def setup(store: LocalStore, workstation: WorkstationConfig) -> Setup:
    """Netto is known; Nadia came to reception today and wants shop work."""
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    company = CompanyService(store.unit_of_work, bus, workstation).register("Netto Valby")
    registration = RegistrationService(store.unit_of_work, bus, workstation)
    nadia = registration.register_citizen(
        NewCitizen("0707901234", "Nadia", "Søndergård", SupportBasis.CASH_BENEFIT)
    )
    registration.issue_ticket(nadia.id, "jobbutik")
    kvik = KvikService(store.unit_of_work, bus, workstation)
    kvik.set_job_wishes(nadia.id, [SHOP])
    return Setup(kvik, company, nadia.id)


@pytest.fixture
def desk_data(setup: object) -> object:
    return setup  # in the store before the desk opens


def open_kvik(desk: Desk) -> KvikPage:
    page = show_page(desk, KvikPage)
    return page


@arranges_data_on_the_gui_thread
def test_a_request_gets_the_default_due_time_and_a_candidate_is_marked_sent(
    qtbot: QtBot, desk: Desk, setup: Setup
) -> None:
    page = open_kvik(desk)
    requests = by_name(page, "Åbne forespørgsler", QTableView)
    by_name(page, "Ny forespørgsel").setFocus()
    press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: page.request_dialog is not None)
    dialog = page.request_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)

    # The default due time is shown before saving: the same time on the next working day.
    due_edit = by_name(dialog, "Svarfrist", QDateTimeEdit)
    shown = dt.datetime.fromtimestamp(due_edit.dateTime().toSecsSinceEpoch(), COPENHAGEN)
    today = setup.kvik.today()
    assert shown.date() == next_working_day(today, ("12-24", "12-31", "06-05"))
    assert by_name(dialog, "Standardfrist", QLabel).text() == (
        f"Standard: næste arbejdsdag, {shown:%d.%m.%Y %H:%M}."
    )
    assert by_name(dialog, "Virksomhed", QComboBox).currentText() == "Netto Valby"
    trade = by_name(dialog, "Branche", QComboBox)
    trade.setCurrentIndex(trade.findData(SHOP))
    by_name(dialog, "Antal kandidater", QSpinBox).setValue(2)
    description = by_name(dialog, "Beskrivelse af behovet", QLineEdit)
    QTest.keyClicks(description, "To kassemedarbejdere fra mandag")
    QTest.keyClick(description, ENTER)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    back_to(qtbot, desk)

    qtbot.waitUntil(lambda: len(rows(requests)) == 1)
    company, area, wanted, sent, due, left, what = rows(requests)[0]
    assert (company, wanted, sent, what) == (
        "Netto Valby",
        "2",
        "0",
        "To kassemedarbejdere fra mandag",
    )
    assert due == f"{shown:%d.%m.%Y %H:%M}"
    assert "t" in left and not left.startswith("overskredet")  # hours left, in words
    (line,) = setup.kvik.open_requests()
    assert abs(line.request.due_at - shown) < dt.timedelta(minutes=1)

    # The candidate: Nadia, with masked CPR and today's visit, not sent yet.
    candidates = by_name(page, "Kandidater", QTableView)
    qtbot.waitUntil(lambda: len(rows(candidates)) == 1)
    name, cpr, last_visit, already = rows(candidates)[0]
    assert (name, cpr, already) == ("Nadia Søndergård", "070790-xxxx", "Nej")
    assert last_visit.startswith(f"{today:%d.%m.%Y}")
    send = by_name(page, "Markér som sendt")
    assert not send.isEnabled()  # nobody chosen yet
    candidates.setFocus()
    candidates.selectRow(0)
    press(ENTER)  # to the note
    note = by_name(page, "Bemærkning til afsendelsen", QLineEdit)
    qtbot.waitUntil(note.hasFocus)
    QTest.keyClicks(note, "Kan starte mandag")
    assert send.isEnabled()
    press(Qt.Key.Key_S, CTRL)
    sent_table = by_name(page, "Sendte kandidater", QTableView)
    qtbot.waitUntil(lambda: len(rows(sent_table)) == 1)
    who, _when, by, remark = rows(sent_table)[0]
    assert (who, by, remark) == ("Nadia Søndergård", "Åse Andersen", "Kan starte mandag")
    qtbot.waitUntil(lambda: rows(candidates)[0][3] == "Ja" and rows(requests)[0][3] == "1")
    assert not send.isEnabled()  # not twice
    assert [c.citizen_id for c in setup.kvik.sent_candidates(line.request.id)] == [setup.nadia]

    # Closed as fulfilled: it leaves the list of open requests.
    requests.setFocus()
    press(Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: page.close_dialog is not None)
    close = page.close_dialog
    assert close is not None
    qtbot.waitUntil(close.isVisible)
    assert by_name(close, "Opfyldt", QRadioButton).isChecked()
    wait_for_focus_in(qtbot, close)
    press(ENTER)
    qtbot.waitUntil(lambda: rows(requests) == [])
    assert setup.kvik.open_requests() == []
    back_to(qtbot, desk)


@arranges_data_on_the_gui_thread
def test_an_overdue_request_is_red_and_says_so_in_words_and_the_list_refreshes_each_minute(
    qtbot: QtBot, desk: Desk, setup: Setup, store: LocalStore, workstation: WorkstationConfig
) -> None:
    ten_days_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=10)
    earlier = KvikService(
        store.unit_of_work,
        CommandBus(store.unit_of_work, CATALOGUE),
        workstation,
        clock=lambda: ten_days_ago,
    )
    earlier.open_request(setup.company_id, SHOP, "Glemt forespørgsel")  # due 10 days ago + 1
    page = open_kvik(desk)
    requests = by_name(page, "Åbne forespørgsler", QTableView)
    qtbot.waitUntil(lambda: len(rows(requests)) == 1)
    model = requests.model()
    assert rows(requests)[0][5].startswith("overskredet med ")
    red = model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.color().name() == "#b00020"
    assert time_left_text(dt.timedelta(hours=-2, minutes=-5)) == "overskredet med 2 t 05 min"
    assert time_left_text(dt.timedelta(minutes=7, seconds=30)) == "7 min"

    # Another desk takes a request; the minute's timer brings it (due soonest stays first).
    setup.kvik.open_request(setup.company_id, SHOP, "Ny fra telefonen")
    assert page.timer.isActive() and page.timer.interval() == 60_000
    page.timer.timeout.emit()
    qtbot.waitUntil(lambda: len(rows(requests)) == 2)
    assert [r[6] for r in rows(requests)] == ["Glemt forespørgsel", "Ny fra telefonen"]
    assert model.index(1, 5).data(Qt.ItemDataRole.ForegroundRole) is None
    assert not rows(requests)[1][5].startswith("overskredet")
