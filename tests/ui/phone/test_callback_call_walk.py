"""A citizen's call that becomes a callback, by keys, through a real server: the phone desk
at Musvågevej takes the call and places the callback in Nyropsgade's queue; after sync a
counsellor's counter at Nyropsgade rings it with Shift+F2, serves it (F4) and finishes it
(F8); after sync another desk at Nyropsgade sees the callback done, rung once."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis, Ticket, TicketStatus
from app.queue.callbacks import PHONE
from app.registration import NewCitizen
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.server.conftest import desks, sqlite_server  # noqa: F401 - real server fixtures
from tests.server.harness import ServerProcess
from tests.sync.desk import DeskMaker
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, focused, press, session_for
from tests.ui.phone.walk_helpers import callbacks, choose, connected, shown
from tests.ui.test_desk_sync import run_on_qt_loop
from tests.waiting import eventually
from ui.composition import Desk, build_desk
from ui.phone.phone_screen import PhoneScreen

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CPR = "0101901235"


def ticket_in(store: LocalStore, ticket_id: str) -> Ticket | None:
    with store.unit_of_work() as uow:
        return uow.tickets.get(ticket_id)


@arranges_data_on_the_gui_thread
def test_a_citizens_call_becomes_a_callback_finished_at_another_site(
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    tmp_path: Path,
    sqlite_server: ServerProcess,  # noqa: F811
    desks: DeskMaker,  # noqa: F811
) -> None:
    phone_desk = build_desk(
        store, workstation, tmp_path / "mus", "da", session=session_for(store, "mus-bbj")
    )
    phone_desk.services.registration.register_citizen(
        NewCitizen(CPR, "Ida", "Bøgh", SupportBasis.CASH_BENEFIT, phone="22334455")
    )
    shown(qtbot, phone_desk)
    nyr, nyr_other = desks("NYR", 2, "nyr-ajm"), desks("NYR", 1)
    for desk in (nyr, nyr_other):
        desk.enrol(sqlite_server)
    counter_desk: list[Desk] = []

    async def scenario() -> None:
        connection = await connected(phone_desk, store, workstation, sqlite_server)
        engine = connection.engine
        try:
            await take_the_call(phone_desk.window)
            [placed] = callbacks(store)
            assert (placed.site_code, placed.channel, placed.status) == (
                "NYR",
                PHONE,
                TicketStatus.WAITING,
            )
            await engine.sync_once()
            await asyncio.to_thread(nyr.sync)

            phone_desk.window.hide()  # the counsellor's desk at Nyropsgade takes the keys
            counter = build_desk(
                nyr.store,
                nyr.config,
                tmp_path / "nyr",
                "da",
                session=session_for(nyr.store, "nyr-ajm", site_code="NYR"),
            )
            counter_desk.append(counter)
            shown(qtbot, counter)
            await eventually(
                lambda: QApplication.activeWindow() is counter.window, what="NYR desk active"
            )
            await ring_and_finish(counter, placed.number)
            await asyncio.to_thread(nyr.sync)
            await asyncio.to_thread(nyr_other.sync)
            seen = await asyncio.to_thread(ticket_in, nyr_other.store, placed.id)
            assert seen is not None
            assert (seen.status, seen.phone, seen.no_answers) == (TicketStatus.DONE, "22334455", 0)
        finally:
            await connection.aclose()
            for built in counter_desk:
                built.runner.shutdown()
            phone_desk.runner.shutdown()

    run_on_qt_loop(scenario)


async def take_the_call(window: QWidget) -> None:
    press(Qt.Key.Key_8, CTRL)
    screen = next(iter(window.findChildren(PhoneScreen)))
    await eventually(lambda: focused() is screen.kind, what="phone screen ready")
    await eventually(
        lambda: screen.site.count() == 3 and screen.service.count() > 0, what="choices loaded"
    )
    assert screen.kind.currentText() == "Borger (CPR)"
    press(Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), "010190-1235")
    press(Qt.Key.Key_Tab)
    choose(screen.topic, "Jobsøgning")
    press(Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), "Ring efter kl. 12")
    press(Qt.Key.Key_Tab)
    choose(screen.outcome, "Tilbagekald")
    press(Qt.Key.Key_Tab)
    choose(screen.site, "Nyropsgade")
    press(Qt.Key.Key_Return, CTRL)
    await eventually(lambda: screen.saved == 1, what="call and callback saved")
    message = by_name(screen, "Besked", QLabel).text()
    assert message.startswith("Opkald gemt. Tilbagekald T") and "hos Nyropsgade" in message
    assert focused() is screen.kind  # ready for the next call


async def ring_and_finish(counter: Desk, number: str) -> None:
    press(Qt.Key.Key_Tab, CTRL)
    await eventually(
        lambda: counter.window.tabs.currentWidget() is counter.counter, what="the counter tab"
    )
    feedback = counter.counter.feedback_label
    current = by_name(counter.counter, "Nuværende billet", QLabel)
    press(Qt.Key.Key_F2, SHIFT)
    await eventually(
        lambda: f"Ring tilbage: {number}, telefon 22334455" in feedback.text(), what="rung"
    )
    press(Qt.Key.Key_F4)
    await eventually(lambda: current.text() == f"{number} – betjenes", what="being served")
    press(Qt.Key.Key_F8)
    await eventually(lambda: not current.text().startswith(number), what="finished")
