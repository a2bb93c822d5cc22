"""The supervisor exports today's queue statistics from the dialog to a real file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.clock import service_day
from app.commands.bus import CommandBus
from app.entities import SupportBasis
from app.queue.service import QueueService
from app.registration import NewCitizen, RegistrationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import by_name
from ui.background import BackgroundRunner
from ui.queue.statistics_dialog import StatisticsDialog


@pytest.fixture
def dialog(
    qtbot: QtBot,
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    registration: RegistrationService,
) -> Iterator[StatisticsDialog]:
    citizen = registration.register_citizen(
        NewCitizen("0101901235", "Ida", "Bøgh", SupportBasis.OTHER)
    )
    for service in ("jobbutik", "jobbutik", "aftale"):
        registration.issue_ticket(citizen.id, service)
    runner = BackgroundRunner()
    queue = QueueService(store.unit_of_work, bus, workstation, ["jobbutik", "aftale"])
    shown = StatisticsDialog(queue, runner)
    qtbot.addWidget(shown)
    yield shown
    runner.shutdown()


def test_export_to_excel(qtbot: QtBot, dialog: StatisticsDialog, tmp_path: Path) -> None:
    # The days offered are the job centre's (Copenhagen), whatever the PC's time zone.
    today = service_day(dt.datetime.now(dt.UTC))
    for edit in (dialog.first, dialog.last):
        assert (edit.date().year(), edit.date().month(), edit.date().day()) == (
            today.year,
            today.month,
            today.day,
        )
    status = by_name(dialog, "Eksportstatus", QLabel)
    dialog.export_to(tmp_path / "i-dag.xlsx")
    qtbot.waitUntil(lambda: status.text().startswith("Gemt"))
    assert by_name(dialog, "Gem statistik", QPushButton).isEnabled()
    sheet = load_workbook(tmp_path / "i-dag.xlsx")["Pr. kø"]
    arrivals = {r[2]: r[5] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert arrivals == {"aftale": 1, "jobbutik": 2}


def test_csv_and_a_failed_save_is_explained(
    qtbot: QtBot, dialog: StatisticsDialog, tmp_path: Path
) -> None:
    by_name(dialog, "Filformat", QComboBox).setCurrentIndex(1)  # CSV
    status = by_name(dialog, "Eksportstatus", QLabel)
    dialog.export_to(tmp_path / "nope" / "x.csv")
    qtbot.waitUntil(lambda: status.text().startswith("Ikke gemt"))
    assert "kunne ikke gemmes" in status.text()
    dialog.export_to(tmp_path / "i-dag.csv")
    qtbot.waitUntil(lambda: status.text().startswith("Gemt"))
    assert (tmp_path / "i-dag.csv").read_bytes().count(b"\r\n") == 3  # header + 2 rows
