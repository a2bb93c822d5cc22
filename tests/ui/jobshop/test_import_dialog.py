"""The import dialog: a file with good and bad rows → the report, then one import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.jobshop.vacancy_import import VacancyImportService
from app.jobshop.vacancy_service import VacancyService
from local_cache.store import LocalStore
from tests.conftest import configure
from tests.ui.helpers import by_name
from ui.background import BackgroundRunner
from ui.jobshop.import_dialog import VacancyImportDialog

CSV = """virksomhed;titel;branche;arbejdssted;frist
Netto Valby;Kassemedarbejder;butik_handel_kontor;Valby;2099-01-31
Netto Valby;Lagermedarbejder;fiskeri;Valby;2099-01-31
DSV;Chauffør;industri_lager_transport_service;Hedehusene;2099-02-28
"""


def test_the_report_names_the_bad_row_and_the_good_rows_are_imported_once(
    qtbot: QtBot, store: LocalStore, runner: BackgroundRunner, tmp_path: Path
) -> None:
    ws = configure(store, staff="mus-aan")
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    dialog = VacancyImportDialog(VacancyImportService(store.unit_of_work, bus, ws), runner)
    qtbot.addWidget(dialog)
    path = tmp_path / "jobordrer.csv"
    path.write_text(CSV, encoding="utf-8")

    dialog.check_file(path)
    summary = by_name(dialog, "Resultat af kontrollen", QLabel)
    qtbot.waitUntil(lambda: "afvises" in summary.text())
    assert summary.text() == "2 rækker kan importeres (2 nye virksomheder); 1 rækker afvises."
    table = by_name(dialog, "Afviste rækker", QTableView)
    model = table.model()
    assert (model.index(0, 0).data(), model.index(0, 1).data()) == (
        "3",
        "Branchen «fiskeri» kendes ikke.",
    )
    button = by_name(dialog, "Importér", QPushButton)
    assert button.isEnabled() and button.text() == "&Importér 2 job"

    with qtbot.waitSignal(dialog.imported) as imported:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert imported.args == [2]
    assert "2 job er importeret" in summary.text()
    assert not button.isEnabled()  # the same plan cannot be imported twice
    titles = [ln.vacancy.title for ln in VacancyService(store.unit_of_work, bus, ws).search()]
    assert sorted(titles) == ["Chauffør", "Kassemedarbejder"]


def test_an_unreadable_file_says_why_and_imports_nothing(
    qtbot: QtBot, store: LocalStore, runner: BackgroundRunner, tmp_path: Path
) -> None:
    ws = configure(store, staff="mus-aan")
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    dialog = VacancyImportDialog(VacancyImportService(store.unit_of_work, bus, ws), runner)
    qtbot.addWidget(dialog)
    path = tmp_path / "jobordrer.csv"
    path.write_bytes("virksomhed;titel\nKøbmand;x".encode("latin-1"))
    dialog.check_file(path)
    summary = by_name(dialog, "Resultat af kontrollen", QLabel)
    qtbot.waitUntil(lambda: "UTF-8" in summary.text())
    assert not by_name(dialog, "Importér", QPushButton).isEnabled()
    assert by_name(dialog, "Filen der skal importeres").property("text") == str(path)
