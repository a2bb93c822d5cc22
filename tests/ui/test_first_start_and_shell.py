"""First start asks once and remembers; the shell shows where we are; English loads."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.commands.bus import CommandBus
from app.registration import RegistrationService
from app.workstation import configure_workstation, load_workstation
from local_cache.store import LocalStore
from tests.ui.helpers import by_name
from ui.background import BackgroundRunner
from ui.first_start_dialog import FirstStartDialog
from ui.i18n import install_qt_translation, install_translation
from ui.main_window import MainWindow
from ui.registration.screen import RegistrationScreen


def test_first_start_dialog_saves_the_workstation(qtbot: QtBot, store: LocalStore) -> None:
    assert load_workstation(store.settings) is None
    with store.unit_of_work() as uow:
        sites = list(uow.reference.sites())
        counters = {s.code: list(uow.reference.counters(s.code)) for s in sites}
        staff = list(uow.reference.staff())
    dialog = FirstStartDialog(sites, counters, staff)
    qtbot.addWidget(dialog)
    site_box = by_name(dialog, "Afdeling", QComboBox)
    site_box.setCurrentIndex(site_box.findData("NYR"))
    counter_box = by_name(dialog, "Skranke", QComboBox)
    assert counter_box.count() == 6  # Nyropsgade's counters only
    counter_box.setCurrentIndex(counter_box.findData(4))
    staff_box = by_name(dialog, "Medarbejder", QComboBox)
    assert all(staff_box.itemData(i).startswith("nyr-") for i in range(staff_box.count()))
    qtbot.mouseClick(by_name(dialog, "Gem og start", QPushButton), Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstStartDialog.DialogCode.Accepted
    with store.unit_of_work() as uow:
        saved = configure_workstation(
            store.settings,
            uow.reference,
            site_code=dialog.site_code,
            counter_number=dialog.counter_number,
            staff_id=dialog.staff_id,
        )
    again = load_workstation(store.settings)
    assert again == saved
    assert (again.site_code, again.counter_number) == ("NYR", 4)


def test_main_window_shows_place_and_waiting_changes(
    qtbot: QtBot,
    store: LocalStore,
    registration: RegistrationService,
    runner: BackgroundRunner,
    tmp_path: Path,
) -> None:
    from app.entities import SupportBasis
    from app.outbox_status import pending_changes
    from app.registration import NewCitizen

    registration.register_citizen(NewCitizen("2110625629", "Søren", "Ågård", SupportBasis.STUDENT))
    with store.unit_of_work() as uow:
        site = uow.reference.site("MUS")
        staff = uow.reference.staff_member("mus-bbj")
    assert site is not None
    window = MainWindow(
        registration._ws,
        site,
        staff,
        runner,  # noqa: SLF001
        lambda: pending_changes(store.unit_of_work),
    )
    qtbot.addWidget(window)
    window.add_screen(RegistrationScreen(registration, runner, tmp_path), "Registrering")
    assert by_name(window, "Arbejdsplads", QLabel).text() == "Musvågevej · skranke 1 · BBJ"
    waiting = by_name(window, "Ændringer der venter", QLabel)
    # A stand-alone desk sends nothing: the count says where the changes are.
    qtbot.waitUntil(
        lambda: waiting.text() == "Kun lokalt (ingen server): 1 ændring gemt på denne pc"
    )
    window.set_server_connected(True)  # as attach_sync does when a server is configured
    qtbot.waitUntil(lambda: waiting.text() == "1 ændring venter på at blive sendt")


def test_english_translation_loads(
    qtbot: QtBot,
    store: LocalStore,
    bus: CommandBus,
    registration: RegistrationService,
    runner: BackgroundRunner,
    tmp_path: Path,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    translator = install_translation(app, "en")
    assert translator is not None
    try:
        screen = RegistrationScreen(registration, runner, tmp_path, lang="en")
        qtbot.addWidget(screen)
        assert screen.title() == "&Registration"
        assert (
            by_name(screen, "CPR number or name").placeholderText().startswith("Scan health card")
        )
    finally:
        app.removeTranslator(translator)


def test_qts_own_buttons_speak_danish(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    translator = install_qt_translation(app, "da")
    assert translator is not None, "Qt's Danish translation (qtbase_da.qm) was not found"
    try:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        qtbot.addWidget(buttons)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text().replace("&", "") == "Annuller"
    finally:
        app.removeTranslator(translator)
