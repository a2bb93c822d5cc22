"""IT's configuration file and the settings dialog in the real desk: a wrong file stops
start-up with the key named, a good one sets the data folder, site, counter, idle lock
and language, and Ctrl+, opens Indstillinger — changeable for a supervisor only."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from app.workstation import WorkstationConfig, load_workstation
from local_cache.store import LocalStore, open_store
from local_cache.store_key import workstation_store_key
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, focused, press, shown_desk
from ui.composition import Desk
from ui.main import apply_machine_config, parse_args
from ui.settings.language_choice import remember_language
from ui.settings.settings_action import SettingsAction

ROOT = Path(__file__).resolve().parents[2]


def start_desk(config: Path, *flags: str, keys: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "import sys; from ui.main import main; sys.exit(main())"]
        + ["--benchmark-startup", *flags],
        cwd=ROOT,
        env=os.environ
        | {
            "SKRANKE_CONFIG": str(config),
            "SKRANKE_KEY_DIR": str(keys),
            "QT_QPA_PLATFORM": "offscreen",
        },
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_a_wrong_value_stops_the_desk_naming_file_and_key(tmp_path: Path) -> None:
    config = tmp_path / "skranke.ini"
    data = tmp_path / "data"
    config.write_text(f"[skranke]\ndata_dir = {data}\ncounter = tre\n", encoding="utf-8")
    done = start_desk(config, keys=tmp_path / "keys")
    assert done.returncode == 2, done.stderr[-2000:]
    assert str(config) in done.stderr and "counter = tre" in done.stderr
    assert "skranke-nummeret skal være et helt tal" in done.stderr
    assert not data.exists()  # nothing made before IT mends the file


def test_the_file_sets_folder_place_and_idle_lock(tmp_path: Path) -> None:
    config = tmp_path / "skranke.ini"
    data = tmp_path / "fælles data"
    config.write_text(
        f"[skranke]\ndata_dir = {data}\nsite = NYR\ncounter = 2\nidle_minutes = 7\n"
        "printer = pdf\nlanguage = en\n",
        encoding="utf-8",
    )
    keys = tmp_path / "keys"
    done = start_desk(config, keys=keys)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "interactive_ms=" in done.stdout
    assert (data / "logs" / "skranke.log").exists()
    store = open_store(data, key=workstation_store_key(data, key_dir=keys))
    try:
        workstation = load_workstation(store.settings)
        assert workstation is not None
        assert (workstation.site_code, workstation.counter_number) == ("NYR", 2)
        assert store.settings.get_setting("idle_lock_minutes") == "7.0"
    finally:
        store.close()


def test_language_flag_then_remembered_then_it_then_system(tmp_path: Path) -> None:
    config = tmp_path / "skranke.ini"
    config.write_text("[skranke]\nlanguage = en\n", encoding="utf-8")

    def language(*flags: str) -> str:
        args = parse_args(["--config", str(config), "--data-dir", str(tmp_path), *flags])
        apply_machine_config(args)
        return str(args.lang)

    assert language() == "en"  # IT's default
    assert language("--lang", "da") == "da"
    remember_language(
        "da",
        QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Jobcenter Koebenhavn", "Skranke"
        ),
    )
    assert language() == "da"  # the user's own choice beats IT's default
    assert language("--lang", "en") == "en"


@pytest.fixture
def supervisor_desk(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> Iterator[Desk]:
    yield from shown_desk(qtbot, store, workstation, tmp_path, "mus-ljp")


def open_settings(qtbot: QtBot, desk: Desk) -> SettingsAction:
    action = desk.window.findChild(SettingsAction)
    assert action is not None
    press(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: action.dialog is not None and action.dialog.isVisible())
    qtbot.waitUntil(lambda: focused().accessibleName() == "Sprog")
    return action


@arranges_data_on_the_gui_thread
def test_ctrl_comma_lets_a_supervisor_change_the_idle_lock(
    qtbot: QtBot, supervisor_desk: Desk, store: LocalStore
) -> None:
    action = open_settings(qtbot, supervisor_desk)
    assert action.dialog is not None
    idle = by_name(action.dialog, "Lås skærmen efter minutter uden brug", QSpinBox)
    assert idle.isEnabled()
    press(Qt.Key.Key_Tab)
    assert focused() is idle
    press(Qt.Key.Key_Up)  # 5 → 6 minutes
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not action.dialog.isVisible())
    qtbot.waitUntil(lambda: supervisor_desk.idle.timeout_ms == 6 * 60_000)
    assert store.settings.get_setting("idle_lock_minutes") == "6.0"


def test_a_receptionist_sees_the_settings_but_not_the_idle_lock(qtbot: QtBot, desk: Desk) -> None:
    action = open_settings(qtbot, desk)
    assert action.dialog is not None
    idle = by_name(action.dialog, "Lås skærmen efter minutter uden brug", QSpinBox)
    assert not idle.isEnabled()
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not action.dialog.isVisible())
