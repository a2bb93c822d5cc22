"""Start-up shows the sign-in page before the store is open (ui/main.py, ui/shell.py): keys
typed while the rest loads are kept, and a sign-in pressed early completes once the desk
is ready. A store the workstation's key does not open stops start-up with exit code 2 and
is left as it was."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

import ui.main
from app.security.sign_in import set_secret
from local_cache.store import open_store
from local_cache.store_key import KEY_DIR_ENV, WRONG_KEY_MESSAGE, data_dir_id, workstation_store_key
from shared_store.uow_port import as_port
from tests.conftest import configure
from tests.security.conftest import cheap_passwords
from tests.ui.helpers import by_name, focused, press
from ui.main import StartUp, parse_args
from ui.shell import SignInShell, open_shell

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def key_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The store's key in a folder of the test's own, never the user's keyring."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv(KEY_DIR_ENV, str(tmp_path / "keys"))
    yield tmp_path / "keys"
    keyring.set_keyring(previous)


def keyed_store_with_a_pin(data_dir: Path) -> None:
    """An encrypted store, configured as MUS counter 1, where BBJ signs in with 4711."""
    store = open_store(data_dir, key=workstation_store_key(data_dir))
    try:
        configure(store)
        set_secret(lambda: as_port(store.unit_of_work()), cheap_passwords(), "mus-bbj", "4711")
    finally:
        store.close()


class HeldStart:
    """Start-up in this process, held after the store is open and before the desk is built
    until `release`: what a user types in that time is typed before the desk is ready."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
        self.opened = threading.Event()
        self._release = threading.Event()
        prepare = ui.main._prepare_sign_in  # noqa: SLF001 - the step the hold wraps

        def held(store: object, args: argparse.Namespace) -> None:
            self.opened.set()
            self._release.wait(60)
            prepare(store, args)

        monkeypatch.setattr(ui.main, "_prepare_sign_in", held)
        self.shell: SignInShell = open_shell(data_dir)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.start = StartUp(app, parse_args(["--data-dir", str(data_dir)]), None, self.shell)
        self.start.begin(None)

    def release(self) -> None:
        self._release.set()

    def close(self) -> None:
        self.release()
        self.start.close()


@pytest.fixture
def held_start(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[HeldStart]:
    data_dir = tmp_path / "data"
    keyed_store_with_a_pin(data_dir)
    held = HeldStart(monkeypatch, data_dir)
    qtbot.addWidget(held.shell.window)
    try:
        yield held
    finally:
        held.close()


def type_keys(text: str) -> None:
    for char in text:
        QTest.keyClicks(focused(), char)


def test_keys_typed_while_the_desk_loads_are_kept_and_sign_in_completes(
    qtbot: QtBot, held_start: HeldStart
) -> None:
    lock = held_start.shell.lock_screen
    qtbot.waitExposed(held_start.shell.window)
    assert focused() is by_name(lock, "Brugernavn", QLineEdit)  # the page takes keys at once
    qtbot.waitUntil(held_start.opened.is_set)

    type_keys("BBJ")
    press(Qt.Key.Key_Return)
    type_keys("4711")
    press(Qt.Key.Key_Return)  # before the desk can check it: the press waits, visibly
    message = by_name(lock, "Besked ved log ind", QLabel)
    assert message.isVisible() and message.text() == "Indlæser …"
    assert held_start.start.desk is None
    assert by_name(lock, "Adgangskode eller PIN-kode", QLineEdit).text() == "4711"

    held_start.release()
    qtbot.waitUntil(
        lambda: held_start.start.desk is not None and not held_start.shell.window.locked,
        timeout=30_000,
    )
    desk = held_start.start.desk
    assert desk is not None and desk.current.session is not None
    assert desk.current.session.staff_id == "mus-bbj"
    qtbot.waitUntil(by_name(desk.registration, "CPR-nummer eller navn", QLineEdit).hasFocus)
    assert desk.guard.violations == 0  # built behind the page, the store never on this thread


def test_an_untouched_sign_in_page_is_offered_the_last_user_when_the_desk_is_ready(
    qtbot: QtBot, held_start: HeldStart
) -> None:
    lock = held_start.shell.lock_screen
    user = by_name(lock, "Brugernavn", QLineEdit)
    held_start.release()
    qtbot.waitUntil(lambda: held_start.start.desk is not None, timeout=30_000)
    assert user.text() == "BBJ" and user.selectedText() == "BBJ"  # typing replaces it
    assert focused() is user
    type_keys("AAN")
    assert user.text() == "AAN"


def test_a_store_the_key_does_not_open_stops_start_up_with_exit_code_2(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    keyed_store_with_a_pin(data_dir)
    other_keys = tmp_path / "other-keys"
    other_keys.mkdir()
    (other_keys / f"{data_dir_id(data_dir)}.key").write_text(os.urandom(32).hex() + "\n")
    store_files = sorted(p for p in data_dir.iterdir() if p.name.startswith("skranke."))
    before = {p.name: p.read_bytes() for p in store_files}

    done = subprocess.run(
        [sys.executable, "-c", "import sys; from ui.main import main; sys.exit(main())"]
        + ["--data-dir", str(data_dir), "--benchmark-startup"],  # no box to click away
        cwd=ROOT,
        env=os.environ | {KEY_DIR_ENV: str(other_keys), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 2, done.stderr[-2000:]
    assert WRONG_KEY_MESSAGE in done.stderr
    assert {p.name: p.read_bytes() for p in store_files} == before


def test_the_sign_in_page_needs_no_store_sql_or_http() -> None:
    """What start-up imports before the page is on screen (ui/main.py up to open_shell)
    brings none of the store, SQLAlchemy, the sync client or the domain's ports."""
    heavy = ("sqlalchemy", "httpx", "local_cache", "shared_store", "app.ports", "ui.composition")
    script = (
        "import sys\n"
        "import ui.main, app.config, ui.log_files, ui.i18n, ui.theme, ui.gui_gc, ui.shell\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r} or m in {heavy!r}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
