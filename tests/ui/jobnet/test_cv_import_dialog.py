"""The CV-status import by keys: the file's path typed, Enter checks it, each refused row
is listed with its line, Enter on «Indlæs» applies the good rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.entities import SupportBasis
from app.jobnet.cv_import import CvStatusImport
from app.registration import NewCitizen, RegistrationService
from local_cache.store import LocalStore
from tests.conftest import configure
from tests.ui.helpers import focused, press
from ui.background import BackgroundRunner
from ui.jobnet.import_dialog import CvImportDialog


def test_the_good_rows_are_loaded_and_the_bad_ones_named_by_line(
    qtbot: QtBot, store: LocalStore, runner: BackgroundRunner, tmp_path: Path
) -> None:
    workstation = configure(store, counter=2, staff="mus-aan")
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    RegistrationService(store.unit_of_work, bus, workstation).register_citizen(
        NewCitizen("0707901234", "Nadia", "Søndergård", SupportBasis.CASH_BENEFIT)
    )
    path = tmp_path / "jobnet.csv"
    path.write_text(
        "cpr;status;dato\n0707901234;på jobnet;01.11.2026\n0707901235;godkendt;2026-11-01\n",
        encoding="utf-8",
    )
    dialog = CvImportDialog(CvStatusImport(store.unit_of_work, bus, workstation), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setFocus()
    qtbot.waitUntil(dialog.path_edit.hasFocus)
    qtbot.keyClicks(focused(), str(path))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.import_button.hasFocus())
    assert dialog.summary.text() == "1 rækker kan indlæses; 1 rækker afvises."
    assert dialog.rejected_list.item(0).text().startswith("Linje 3: ")
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("1 CV-statusser er indlæst"))
    with store.unit_of_work() as uow:
        citizen = uow.citizens.by_cpr("0707901234")
        assert citizen is not None
        cv = uow.jobnet.cv_status(citizen.id)
    assert cv is not None and cv.status.value == "paa_jobnet"
