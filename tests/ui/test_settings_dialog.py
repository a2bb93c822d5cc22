"""Indstillinger, worked by keys: the language remembered for the user, the idle lock
saved in the store by a supervisor, and what IT fixed or a receptionist may not change
shown as not changeable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from app.config import MachineConfig
from local_cache.store import LocalStore
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, focused, press
from ui.background import BackgroundRunner
from ui.settings.language_choice import remembered_language
from ui.settings.settings_dialog import DeskFacts, SettingsDialog

pytestmark = arranges_data_on_the_gui_thread
IDLE = "idle_lock_minutes"


def facts(data_dir: Path, config: MachineConfig | None = None) -> DeskFacts:
    return DeskFacts(
        language="da",
        idle_minutes=5,
        printer="PDF i en mappe",
        place="Musvågevej (MUS), skranke 1",
        server="kun denne pc",
        data_dir=data_dir,
        config=config or MachineConfig(),
    )


def dialog_for(
    qtbot: QtBot,
    store: LocalStore,
    runner: BackgroundRunner,
    tmp_path: Path,
    *,
    may_change: bool = True,
    config: MachineConfig | None = None,
) -> tuple[SettingsDialog, QSettings]:
    languages = QSettings(str(tmp_path / "bruger.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(
        facts(tmp_path, config),
        runner,
        lambda minutes: store.settings.set_setting(IDLE, str(minutes)),
        may_change=may_change,
        language_settings=languages,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: focused().accessibleName() == "Sprog")
    return dialog, languages


def test_a_supervisor_sets_language_and_idle_lock_by_keys(
    qtbot: QtBot, store: LocalStore, runner: BackgroundRunner, tmp_path: Path
) -> None:
    dialog, languages = dialog_for(qtbot, store, runner, tmp_path)
    press(Qt.Key.Key_Down)  # English
    press(Qt.Key.Key_Tab)
    assert focused().accessibleName() == "Lås skærmen efter minutter uden brug"
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused(), "12")
    with qtbot.waitSignal(dialog.idle_changed) as saved:
        press(Qt.Key.Key_Return)
    assert saved.args == [12.0]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert remembered_language(languages) == "en"
    assert store.settings.get_setting(IDLE) == "12.0"


def test_a_receptionist_changes_only_the_language(
    qtbot: QtBot, store: LocalStore, runner: BackgroundRunner, tmp_path: Path
) -> None:
    dialog, _ = dialog_for(qtbot, store, runner, tmp_path, may_change=False)
    idle = by_name(dialog, "Lås skærmen efter minutter uden brug", QSpinBox)
    assert not idle.isEnabled() and "leder" in idle.toolTip()
    press(Qt.Key.Key_Tab)
    assert focused().accessibleName() != idle.accessibleName()
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert store.settings.get_setting(IDLE) is None


def test_what_it_fixed_is_shown_with_its_file(
    qtbot: QtBot, store: LocalStore, runner: BackgroundRunner, tmp_path: Path
) -> None:
    ini = tmp_path / "skranke.ini"
    config = MachineConfig(path=ini, idle_minutes=3, printer="pdf")
    dialog, _ = dialog_for(qtbot, store, runner, tmp_path, config=config)
    idle = by_name(dialog, "Lås skærmen efter minutter uden brug", QSpinBox)
    printer = by_name(dialog, "Vælg billetprinter", QPushButton)
    assert not idle.isEnabled() and str(ini) in idle.toolTip()
    assert not printer.isEnabled() and str(ini) in printer.toolTip()
    assert by_name(dialog, "Konfigurationsfil fra IT", QLabel).text() == str(ini)
    assert by_name(dialog, "Logfiler", QLabel).text() == str(tmp_path / "logs")


def test_a_store_that_refuses_keeps_the_dialog_and_says_why(
    qtbot: QtBot, store: LocalStore, runner: BackgroundRunner, tmp_path: Path
) -> None:
    from app.errors import KnownError

    def refuse(_minutes: float) -> None:
        raise KnownError("Databasen på arbejdsstationen er optaget lige nu.")

    dialog = SettingsDialog(facts(tmp_path), runner, refuse, may_change=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: focused().accessibleName() == "Sprog")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Up)  # 6 minutes
    press(Qt.Key.Key_Return)
    problem = by_name(dialog, "Fejl", QLabel)
    qtbot.waitUntil(lambda: "optaget" in problem.text())
    assert dialog.isVisible() and dialog.idle.value() == 6
    assert focused() is dialog.idle
