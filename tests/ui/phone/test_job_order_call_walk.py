"""A company's call that becomes a job order, by keys, through a real server: the phone
desk at Musvågevej takes a call from a company whose CVR is not registered yet, chooses
«Jobordre …», writes the order in the job shop's form (SOSU) and saves call and order in
one go. The order lands at Nyropsgade (SOSU's site), is seen there and at Skelbækgade
after sync, is taken by a Nyropsgade counsellor, and the phone desk sees it taken."""

from __future__ import annotations

import asyncio
import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.jobshop.records import Vacancy, VacancyChannel
from app.jobshop.vacancy_service import VacancyService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.server.conftest import desks, sqlite_server  # noqa: F401 - real server fixtures
from tests.server.harness import ServerProcess
from tests.sync.desk import DeskMaker, SyncedDesk
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, focused, press, session_for
from tests.ui.phone.walk_helpers import choose, connected, shown
from tests.ui.test_desk_sync import run_on_qt_loop
from tests.waiting import eventually
from ui.composition import build_desk
from ui.jobshop.vacancy_form_dialog import VacancyFormDialog
from ui.phone.phone_screen import PhoneScreen

CTRL = Qt.KeyboardModifier.ControlModifier
CVR = "10150817"  # valid, not registered


def orders(store: LocalStore) -> list[Vacancy]:
    """The job orders of the calls logged at this desk (read off the GUI thread)."""

    def read() -> list[Vacancy]:
        now = dt.datetime.now(dt.UTC)
        with store.unit_of_work() as uow:
            calls = uow.phone.calls_between(now - dt.timedelta(days=1), now)
            return [v for c in calls if c.vacancy_id and (v := uow.jobshop.vacancy(c.vacancy_id))]

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(read).result()


def vacancy_at(desk: SyncedDesk, vacancy_id: str) -> Vacancy | None:
    service = VacancyService(desk.store.unit_of_work, desk.bus, desk.config)
    detail = service.detail(vacancy_id)
    return detail.line.vacancy if detail else None


@arranges_data_on_the_gui_thread
def test_a_company_call_becomes_a_job_order_at_the_responsible_site(
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    tmp_path: Path,
    sqlite_server: ServerProcess,  # noqa: F811
    desks: DeskMaker,  # noqa: F811
) -> None:
    desk = build_desk(store, workstation, tmp_path, "da", session=session_for(store, "mus-bbj"))
    shown(qtbot, desk)
    nyr, skb = desks("NYR", 2, "nyr-kræ"), desks("SKB", 2)
    for other in (nyr, skb):
        other.enrol(sqlite_server)

    async def scenario() -> None:
        connection = await connected(desk, store, workstation, sqlite_server)
        engine = connection.engine
        try:
            await take_the_call(qtbot, desk.window)
            [order] = orders(store)
            assert (order.channel, order.lands_at, order.site_code) == (
                VacancyChannel.PHONE,
                "NYR",
                "MUS",
            )
            await engine.sync_once()
            await asyncio.to_thread(nyr.sync)
            await asyncio.to_thread(skb.sync)
            for other in (nyr, skb):  # every site sees it, landed at Nyropsgade
                seen = await asyncio.to_thread(vacancy_at, other, order.id)
                assert seen is not None and seen.lands_at == "NYR" and seen.picked_up_at is None
            await asyncio.to_thread(
                lambda: VacancyService(nyr.store.unit_of_work, nyr.bus, nyr.config).pick_up(
                    order.id
                )
            )
            await asyncio.to_thread(nyr.sync)
            await engine.sync_once()
            await eventually(
                lambda: orders(store)[0].picked_up_by == "nyr-kræ", what="taken, seen at MUS"
            )
        finally:
            await connection.aclose()

    run_on_qt_loop(scenario)


async def take_the_call(qtbot: QtBot, window: QWidget) -> None:
    press(Qt.Key.Key_8, CTRL)
    screen = next(iter(window.findChildren(PhoneScreen)))
    await eventually(lambda: focused() is screen.kind, what="phone screen ready")
    await eventually(lambda: screen.site.count() == 3, what="sites loaded")
    choose(screen.kind, "Virksomhed (CVR)")
    press(Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), CVR)
    press(Qt.Key.Key_Tab)
    assert focused() is screen.topic
    choose(screen.topic, "Jobordre")
    press(Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), "To SOSU-hjælpere fra januar")
    press(Qt.Key.Key_Tab)
    assert focused() is screen.outcome
    choose(screen.outcome, "Jobordre …")
    press(Qt.Key.Key_Return, CTRL)

    await eventually(
        lambda: (
            isinstance(QApplication.activeModalWidget(), VacancyFormDialog)
            and focused() is screen.order_dialog.picker.new_name_edit
        ),  # type: ignore[union-attr]
        what="the job order form, on the new company's name",
    )
    dialog = screen.order_dialog
    assert dialog is not None and dialog.picker is not None
    assert dialog.picker.new_cvr_edit.text() == CVR
    QTest.keyClicks(focused(), "Plejehjemmet Solgården")
    press(Qt.Key.Key_Tab)  # the CVR, filled in
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.title_edit
    QTest.keyClicks(focused(), "Social- og sundhedshjælper")
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.trade_combo
    choose(dialog.trade_combo, "Social og sundhed (SOSU)")
    press(Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), "Nørrebro")
    press(Qt.Key.Key_Return)
    await eventually(lambda: screen.saved == 1, what="call and order saved")
    message = by_name(screen, "Besked", QLabel)
    assert "jobbutikken i Nyropsgade" in message.text()
    assert focused() is screen.kind
    await eventually(lambda: screen.calls_model.rowCount() == 1, what="the call listed")
    assert screen.calls_model.index(0, 3).data() == "Jobordre"
