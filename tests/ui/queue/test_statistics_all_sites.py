"""A supervisor's desk exports every site's queue statistics through the server; when the
network is gone the dialog says so in Danish and this site's own export still works.
Real server process on loopback, reached through a real TCP proxy that we cut."""

from __future__ import annotations

import asyncio
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.registration import NewCitizen
from app.sync.connection import SyncConnection
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from local_cache.sync_store import SqlSyncStore
from tests.server.conftest import sqlite_server  # noqa: F401 - the real server fixture
from tests.server.harness import ServerProcess
from tests.sync.desk import SyncedDesk
from tests.sync.faulty_proxy import FaultyProxy
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, session_for
from tests.ui.test_desk_sync import SETTINGS, run_on_qt_loop
from tests.waiting import eventually
from ui.composition import attach_sync, build_desk
from ui.queue.statistics_dialog import StatisticsDialog


def sites_in(path: Path) -> set[str]:
    sheet = load_workbook(path)["Pr. kø"]
    return {str(row[1]) for row in sheet.iter_rows(min_row=2, values_only=True)}


@arranges_data_on_the_gui_thread
def test_all_sites_from_the_server_then_this_site_when_the_network_is_gone(
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    tmp_path: Path,
    sqlite_server: ServerProcess,  # noqa: F811
) -> None:
    desk = build_desk(store, workstation, tmp_path, "da", session=session_for(store, "mus-ljp"))
    qtbot.addWidget(desk.window)
    service = desk.registration._service  # noqa: SLF001
    citizen = service.register_citizen(
        NewCitizen("2110625629", "Søren", "Ågård", SupportBasis.CASH_BENEFIT)
    )
    service.issue_ticket(citizen.id, "jobbutik")
    nyr = SyncedDesk(tmp_path / "nyr", "NYR", 1, "nyr-ajm")  # another site's desk
    nyr.enrol(sqlite_server)
    nyr.ticket(nyr.register(1).id)
    nyr.sync()
    nyr.close()
    [export] = [
        a for a in desk.window.findChildren(QAction) if a.shortcut() == QKeySequence("Ctrl+E")
    ]
    proxy = FaultyProxy(sqlite_server.port, faulty=False).start()

    async def scenario() -> None:
        connection = SyncConnection(SqlSyncStore(store), SETTINGS)
        engine = connection.engine
        attach_sync(desk, engine, asyncio.ensure_future)
        code = sqlite_server.enrolment_code("MUS", 1)
        await engine.enrol(proxy.url, code, workstation.workstation_id)
        try:
            await engine.sync_once()
            export.trigger()
            [dialog] = desk.window.findChildren(StatisticsDialog)
            every = by_name(dialog, "Alle afdelinger", QCheckBox)
            status = by_name(dialog, "Eksportstatus", QLabel)
            assert every.isEnabled()  # a supervisor, with a server
            every.setChecked(True)
            dialog.export_to(tmp_path / "alle.xlsx")
            await eventually(lambda: status.text().startswith("Gemt"), what="all sites saved")
            assert sites_in(tmp_path / "alle.xlsx") == {"MUS", "NYR"}

            proxy.set_offline(True)  # the network is gone
            dialog.export_to(tmp_path / "igen.xlsx")
            await eventually(
                lambda: "Serveren kan ikke nås" in status.text(), what="failure explained"
            )
            assert "fjern fluebenet «Alle afdelinger»" in status.text()
            assert not (tmp_path / "igen.xlsx").exists()
            every.setChecked(False)
            dialog.export_to(tmp_path / "her.xlsx")
            await eventually(lambda: status.text().startswith("Gemt"), what="this site saved")
            assert sites_in(tmp_path / "her.xlsx") == {"MUS"}
        finally:
            await connection.aclose()

    try:
        run_on_qt_loop(scenario)
    finally:
        proxy.stop()


def test_the_all_sites_box_is_off_without_a_server(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> None:
    desk = build_desk(store, workstation, tmp_path, "da", session=session_for(store, "mus-ljp"))
    qtbot.addWidget(desk.window)
    [export] = [
        a for a in desk.window.findChildren(QAction) if a.shortcut() == QKeySequence("Ctrl+E")
    ]
    export.trigger()  # no server attached
    [dialog] = desk.window.findChildren(StatisticsDialog)
    assert not by_name(dialog, "Alle afdelinger", QCheckBox).isEnabled()
