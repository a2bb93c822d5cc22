"""A citizen's call that books a group meeting, by keys: «Booket på møde eller rådgivning …»,
Tab to the site, Tab to the site's meetings and open-advice hours (read off the GUI thread), Ctrl+Enter. A full meeting is
refused with everything kept and the keys on the meeting; the next one is booked and the
message names it."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from pytestqt.qtbot import QtBot

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.entities import SupportBasis
from app.registration import NewCitizen, RegistrationService
from app.visitation.records import Booking, GroupSession, MeetingKind
from app.visitation.visitation_service import VisitationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, focused, press, shown_desk
from tests.ui.phone.walk_helpers import choose
from ui.composition import Desk
from ui.phone.phone_screen import PhoneScreen

CTRL = Qt.KeyboardModifier.ControlModifier
CPR = "0101901235"


@pytest.fixture
def sessions(store: LocalStore, workstation: WorkstationConfig) -> list[GroupSession]:
    """Musvågevej's job and CV meetings, planned at a counter before the phone desk opens;
    the soonest is full."""
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    RegistrationService(store.unit_of_work, bus, workstation).register_citizen(
        NewCitizen(CPR, "Ida", "Bøgh", SupportBasis.CASH_BENEFIT, phone="22334455")
    )
    visitation = VisitationService(store.unit_of_work, bus, workstation)
    planned = sorted(
        (s for k in MeetingKind for s in visitation.sessions_for_booking(k)),
        key=lambda s: s.starts_at,
    )
    with store.unit_of_work() as uow:
        for _ in range(planned[0].capacity):
            assert uow.visitation.take_seat(planned[0].id)
        uow.commit()
    return planned


@pytest.fixture
def desk(
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    tmp_path: Path,
    sessions: list[GroupSession],
) -> Iterator[Desk]:
    yield from shown_desk(qtbot, store, workstation, tmp_path, "mus-bbj")


def bookings(store: LocalStore) -> list[Booking]:
    def read() -> list[Booking]:
        with store.unit_of_work() as uow:
            citizen = uow.citizens.by_cpr(CPR)
            assert citizen is not None
            return list(uow.visitation.bookings_for(citizen.id))

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(read).result()


@arranges_data_on_the_gui_thread
def test_a_citizen_is_booked_on_a_meeting_by_keys(
    qtbot: QtBot, desk: Desk, store: LocalStore, sessions: list[GroupSession]
) -> None:
    press(Qt.Key.Key_8, CTRL)
    QApplication.processEvents()  # the tab switch lands focus on the next turn of the loop
    screen = next(iter(desk.window.findChildren(PhoneScreen)))
    message = by_name(screen, "Besked", QLabel)
    meeting = by_name(screen, "Møde til booking", QComboBox)
    qtbot.waitUntil(lambda: focused() is screen.kind)
    qtbot.waitUntil(lambda: screen.site.count() == 3)
    assert screen.kind.currentText() == "Borger (CPR)"
    press(Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), "010190-1235")
    press(Qt.Key.Key_Tab)  # the topic
    choose(screen.topic, "Aftaler og møder")
    press(Qt.Key.Key_Tab)  # the note
    QTest.keyClicks(focused(), "Vil gerne på jobmøde")
    press(Qt.Key.Key_Tab)
    choose(screen.outcome, "Booket på møde eller rådgivning …")
    press(Qt.Key.Key_Tab)
    assert focused() is screen.site and screen.site.currentData() == "MUS"
    qtbot.waitUntil(lambda: meeting.count() == min(len(sessions), 12))  # read off the GUI thread
    press(Qt.Key.Key_Tab)
    assert focused() is meeting
    full = meeting.currentText()
    assert meeting.currentData() == sessions[0].id and "Musvågevej" in full

    press(Qt.Key.Key_Return, CTRL)  # the soonest is full: refused, all kept
    qtbot.waitUntil(lambda: "fuldt booket" in message.text())
    assert "Næste ledige" in message.text()
    assert focused() is meeting and meeting.currentText() == full
    assert screen.identifier.text() == "010190-1235"
    assert screen.note.text() == "Vil gerne på jobmøde"
    assert screen.outcome.currentText() == "Booket på møde eller rådgivning …"
    assert bookings(store) == [] and screen.saved == 0

    press(Qt.Key.Key_Down)  # the next one
    chosen = meeting.currentText()
    assert meeting.currentData() == sessions[1].id
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: screen.saved == 1)
    assert message.text() == f"Opkald gemt. Borgeren er booket på {chosen}."
    assert focused() is screen.kind  # ready for the next call
    [booking] = bookings(store)
    assert (booking.session_id, booking.staff_id) == (sessions[1].id, "mus-bbj")
    qtbot.waitUntil(lambda: screen.calls_model.rowCount() == 1)
    assert screen.calls_model.index(0, 3).data() == "Booket på møde eller rådgivning"
    assert screen.calls_model.index(0, 4).data() == "Musvågevej"
