"""The supervisor sees each queue's figures, and a queue past its limit is flagged."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QTableView
from pytestqt.qtbot import QtBot

from app.commands.bus import CommandBus
from app.entities import SupportBasis
from app.queue.overview import Overview
from app.queue.service import QueueService
from app.registration import NewCitizen, RegistrationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import by_name
from ui.background import BackgroundRunner
from ui.queue.hourly_chart import HourlyChart
from ui.queue.overview_source import LocalOverviewSource
from ui.queue.supervisor_view import SupervisorView, updated_at


def test_figures_and_alert(
    qtbot: QtBot,
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    registration: RegistrationService,
    runner: BackgroundRunner,
) -> None:
    citizen = registration.register_citizen(
        NewCitizen("0101901235", "Ida", "Bøgh", SupportBasis.OTHER)
    )
    old = registration.issue_ticket(citizen.id, "jobbutik")
    registration.issue_ticket(citizen.id, "jobbutik")
    with store.unit_of_work() as uow:  # the first arrived 40 minutes ago
        ticket = uow.tickets.get(old.ticket_id)
        assert ticket is not None
        earlier = ticket.issued_at - dt.timedelta(minutes=40)
        uow.tickets.save(dataclasses.replace(ticket, queued_at=earlier))
        uow.commit()
    queue = QueueService(store.unit_of_work, bus, workstation, ["jobbutik"])
    names = {"jobbutik": "Jobbutik", "aftale": "Aftalt møde"}
    view = SupervisorView(LocalOverviewSource(queue, runner, list(names)), names)
    qtbot.addWidget(view)
    table = by_name(view, "Køoversigt", QTableView)
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    model = table.model()
    assert model.index(0, 0).data() == "Musvågevej"
    assert model.index(0, 1).data() == "Jobbutik" and model.index(0, 2).data() == "2"
    assert model.index(0, 3).data() == "40"
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is not None  # red
    assert model.index(1, 2).data() == "0"
    assert "Musvågevej: Jobbutik" in by_name(view, "Køalarm", QLabel).text()
    assert "Kun denne afdeling" in by_name(view, "Opdateringsstatus", QLabel).text()
    chart = by_name(view, "Ankomster og ventetid pr. time", HourlyChart)
    assert sum(chart.arrivals) == 2  # both arrivals of the day are in the hourly bars
    assert by_name(view, "Afdeling i diagrammet", QComboBox).currentText() == "Musvågevej"


def test_updated_is_copenhagen_time_whatever_the_pcs_zone() -> None:
    winter_noon_utc = dt.datetime(2026, 12, 4, 12, 0, 5, tzinfo=dt.UTC)
    assert updated_at(Overview(winter_noon_utc, ())) == "13:00:05"
    summer_noon_utc = dt.datetime(2026, 7, 1, 12, 0, 5, tzinfo=dt.UTC)
    assert updated_at(Overview(summer_noon_utc, ())) == "14:00:05"
    naive_from_the_server = dt.datetime(2026, 12, 4, 12, 0, 5)  # the server speaks UTC
    assert updated_at(Overview(naive_from_the_server, ())) == "13:00:05"
