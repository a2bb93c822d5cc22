"""With a server the supervisor sees all three sites; when the network dies the view says
so, shows this site from the local store and greys the others as old — never as current.
Real server process on loopback, reached through a real TCP proxy that we cut."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtWidgets import QLabel, QTableView
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.registration import NewCitizen
from app.sync.connection import SyncConnection
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from local_cache.sync_store import SqlSyncStore
from tests.server.conftest import sqlite_server  # noqa: F401 - the real server fixture
from tests.server.harness import ServerProcess
from tests.sync.faulty_proxy import FaultyProxy
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, session_for
from tests.ui.test_desk_sync import SETTINGS, run_on_qt_loop
from tests.waiting import eventually
from ui.composition import attach_sync, build_desk


def column(table: QTableView, col: int) -> list[str]:
    model = table.model()
    return [str(model.index(r, col).data()) for r in range(model.rowCount())]


@arranges_data_on_the_gui_thread
def test_all_sites_live_then_this_site_alone_when_the_network_dies(
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    tmp_path: Path,
    sqlite_server: ServerProcess,  # noqa: F811
) -> None:
    desk = build_desk(
        store,
        workstation,
        tmp_path,
        "da",
        session=session_for(store, "mus-ljp"),  # supervisor
    )
    qtbot.addWidget(desk.window)
    view = desk.supervisor
    table = by_name(view, "Køoversigt", QTableView)
    status = by_name(view, "Opdateringsstatus", QLabel)
    service = desk.registration._service  # noqa: SLF001
    citizen = service.register_citizen(
        NewCitizen("2110625629", "Søren", "Ågård", SupportBasis.CASH_BENEFIT)
    )
    proxy = FaultyProxy(sqlite_server.port, faulty=False).start()

    async def scenario() -> None:
        connection = SyncConnection(SqlSyncStore(store), SETTINGS)
        engine = connection.engine
        attach_sync(desk, engine, asyncio.ensure_future)
        code = sqlite_server.enrolment_code("MUS", 1)
        await engine.enrol(proxy.url, code, workstation.workstation_id)
        try:
            await engine.sync_once()
            view.refresh()
            await eventually(
                lambda: "Alle afdelinger" in status.text(), what="server overview shown"
            )
            sites = set(column(table, 0))
            assert {"Musvågevej", "Skelbækgade (forældet)", "Nyropsgade (forældet)"} <= sites
            desk.current.sign_in(session_for(store, "mus-bbj"))  # a receptionist takes over
            view.refresh()
            await eventually(
                lambda: not any(s.startswith(("Skelbæk", "Nyrops")) for s in column(table, 0)),
                what="other sites hidden from a receptionist",
            )
            assert "Musvågevej" in column(table, 0)
            desk.current.sign_in(session_for(store, "mus-ljp"))
            view.refresh()
            await eventually(
                lambda: any(s.startswith("Skelbæk") for s in column(table, 0)),
                what="all sites again",
            )

            proxy.set_offline(True)  # the network is gone
            service.issue_ticket(citizen.id, "jobbutik")  # and the desk goes on working
            view.refresh()
            await eventually(lambda: "Serveren svarer ikke" in status.text(), what="failure shown")
            await eventually(
                lambda: "Musvågevej" in column(table, 0), what="own site from local data"
            )
            rows = list(zip(column(table, 0), column(table, 1), column(table, 2), strict=True))
            assert ("Musvågevej", "Jobbutik", "1") in rows  # the new ticket, counted locally
            others = {site for site, _, _ in rows if not site.startswith("Musvågevej")}
            assert others == {"Skelbækgade (forældet)", "Nyropsgade (forældet)"}
        finally:
            await connection.aclose()

    try:
        run_on_qt_loop(scenario)
    finally:
        proxy.stop()
    # The app's loop has ended (shutting down): a late refresh falls back, it does not crash.
    status.clear()
    view.refresh()
    qtbot.waitUntil(lambda: "Serveren svarer ikke" in status.text())
