"""A job order not taken within its trade area's hours shows on the supervisor's
«Jobordrer» page; a counsellor at the site it landed at takes it from the job's actions
with Ctrl+T, and the page empties."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.commands.envelope import utc_now
from app.jobshop.company_service import CompanyService
from app.jobshop.vacancy_service import VacancyService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name
from tests.ui.jobshop.keys import press
from tests.ui.jobshop.test_jobs_page import choose_first_job, open_jobs
from ui.composition import Desk
from ui.jobshop.untaken_orders import UntakenOrdersPanel

CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class Order:
    vacancy_id: str


@pytest.fixture
def order(store: LocalStore, workstation: WorkstationConfig) -> Order:
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    five_hours_ago = utc_now() - dt.timedelta(hours=5)
    vacancies = VacancyService(store.unit_of_work, bus, workstation, clock=lambda: five_hours_ago)
    company = CompanyService(store.unit_of_work, bus, workstation).register("DSV Road A/S")
    return Order(
        vacancies.create_vacancy(
            company_id=company,
            title="Lagermedarbejder",
            trade_area="industri_lager_transport_service",  # Musvågevej's trade area
            place="Hedehusene",
            deadline=vacancies.today() + dt.timedelta(days=10),
        )
    )


@pytest.fixture
def desk_data(order: Order) -> object:
    return order


@arranges_data_on_the_gui_thread
def test_an_order_not_taken_in_time_is_shown_and_taken_by_keys(
    qtbot: QtBot, desk: Desk, order: Order
) -> None:
    panel = desk.window.findChild(UntakenOrdersPanel)
    assert panel is not None
    desk.window.tabs.setCurrentWidget(desk.supervisor)
    desk.supervisor.details.setCurrentWidget(panel)
    table = by_name(panel, "Jobordrer ikke taget i tide", QTableView)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    row = [table.model().index(0, c).data() for c in range(table.model().columnCount())]
    assert row[:3] == ["Musvågevej", "Lagermedarbejder", "DSV Road A/S"]
    assert row[5].startswith("5:") and row[6] == "4"  # waited 5 h of its 4
    summary = by_name(panel, "Jobordrer der ikke er taget", QLabel)
    assert summary.text().startswith("1 jobordre er ikke taget")

    page = open_jobs(qtbot, desk)
    choose_first_job(qtbot, page, "Lagermedarbejder")
    distribution = by_name(page, "Jobordrens afdeling", QLabel)
    assert "ikke taget endnu" in distribution.text() and "Musvågevej" in distribution.text()
    assert by_name(page, "Tag ordren", QPushButton).isEnabled()
    press(Qt.Key.Key_T, CTRL)
    qtbot.waitUntil(lambda: "taget af Åse Andersen" in distribution.text())
    assert not by_name(page, "Tag ordren", QPushButton).isEnabled()
    desk.window.tabs.setCurrentWidget(desk.supervisor)
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    assert summary.text() == "Ingen jobordrer venter ud over deres frist."
