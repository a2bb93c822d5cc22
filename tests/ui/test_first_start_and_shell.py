"""The shell shows where we are; English loads; Qt's own buttons speak Danish."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from app.commands.bus import CommandBus
from app.registration import RegistrationService
from local_cache.store import LocalStore
from tests.ui.helpers import by_name
from ui.background import BackgroundRunner
from ui.i18n import install_qt_translation, install_translation
from ui.main_window import MainWindow
from ui.registration.screen import RegistrationScreen


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


def test_qts_own_buttons_and_file_dialog_speak_danish(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    translators = install_qt_translation(app, "da")
    assert len(translators) == 2, "Qt's Danish translation (qtbase_da.qm) or ours was not found"
    try:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        qtbot.addWidget(buttons)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text().replace("&", "") == "Annuller"
        # Qt's file dialog: the labels Qt's Danish leaves in English come from ours.
        dialog = QFileDialog(None, "Gem", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
        assert {"Kig i:", "Filtype:", "Filnavn:"} <= labels
        assert not {"Look in:", "Files of type:", "File name:"} & labels
    finally:
        for translator in translators:
            app.removeTranslator(translator)
