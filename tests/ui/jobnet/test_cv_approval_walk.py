"""A counsellor approves a citizen's CV from the card by keys: the CPR typed, Enter, Alt+G
«Godkend CV»; the card says who approved it and when, the keys land on «Book CV-møde»,
Alt+K books the next CV meeting. A receptionist's card shows no «Godkend CV»."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.commands.envelope import new_id
from app.entities import SupportBasis
from app.registration import NewCitizen
from local_cache.store import LocalStore
from tests.conftest import configure
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, focused, press, shown_desk
from ui.composition import Desk
from ui.formats import format_date

CPR = "0707901234"


@pytest.fixture
def job_shop_desk(qtbot: QtBot, store: LocalStore, tmp_path: Path) -> Iterator[Desk]:
    workstation = configure(store, counter=2, staff="mus-aan")  # a counsellor
    yield from shown_desk(qtbot, store, workstation, tmp_path, "mus-aan")


def citizen_on_jobnet(desk: Desk, store: LocalStore) -> None:
    citizen = desk.services.registration.register_citizen(
        NewCitizen(CPR, "Nadia", "Søndergård", SupportBasis.CASH_BENEFIT)
    )
    visitation = desk.services.visitation
    args = {
        "report_id": new_id(),
        "citizen_id": citizen.id,
        "status": "paa_jobnet",
        "status_date": visitation.today().isoformat(),
    }
    envelope = visitation._envelope("record_cv_status", args)
    # Jobnet's file is a counsellor's to import, whoever sits at this desk.
    CommandBus(store.unit_of_work, CATALOGUE).execute_one(replace(envelope, staff_id="mus-aan"))


def find_citizen(qtbot: QtBot, desk: Desk) -> None:
    search = by_name(desk.registration, "CPR-nummer eller navn", QLineEdit)
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClicks(focused(), CPR)
    press(Qt.Key.Key_Return)


@arranges_data_on_the_gui_thread
def test_a_counsellor_approves_the_cv_and_books_a_cv_meeting_by_keys(
    qtbot: QtBot, job_shop_desk: Desk, store: LocalStore
) -> None:
    desk = job_shop_desk
    citizen_on_jobnet(desk, store)
    find_citizen(qtbot, desk)
    cv = by_name(desk.registration, "CV-status", QLabel)
    approve = by_name(desk.registration, "Godkend CV", QPushButton)
    qtbot.waitUntil(lambda: "ikke godkendt" in cv.text() and approve.isEnabled())
    assert (
        "Joblog: borgeren er ikke kategoriseret"
        in by_name(desk.registration, "Joblog", QLabel).text()
    )

    press(Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    today = format_date(desk.services.visitation.today())
    qtbot.waitUntil(lambda: cv.text() == f"CV: godkendt {today} af Åse Andersen")
    assert not approve.isEnabled()  # approved: nothing left to approve
    book = by_name(desk.registration, "Book CV-møde", QPushButton)
    qtbot.waitUntil(book.hasFocus)  # the next step after an approval

    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    meeting = by_name(desk.registration, "CV-møde", QLabel)
    qtbot.waitUntil(lambda: meeting.isVisible() and meeting.text().startswith("Booket: CV-møde"))
    message = by_name(desk.registration, "Besked fra Jobnet-delen", QLabel)
    assert message.text().startswith("Booket til CV-møde")


@arranges_data_on_the_gui_thread
def test_a_receptionist_sees_the_cv_but_no_approval(
    qtbot: QtBot, desk: Desk, store: LocalStore
) -> None:
    citizen_on_jobnet(desk, store)
    find_citizen(qtbot, desk)
    cv = by_name(desk.registration, "CV-status", QLabel)
    qtbot.waitUntil(lambda: "ikke godkendt" in cv.text())
    assert not by_name(desk.registration, "Godkend CV", QPushButton).isVisible()
