"""Fixtures shared by the UI tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.registration import RegistrationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import shown_desk
from ui.background import BackgroundRunner
from ui.composition import Desk
from ui.registration.screen import RegistrationScreen
from ui.theme import stylesheet


@pytest.fixture
def styled() -> Iterator[None]:
    """The desk's own stylesheet (padding, borders, 15 px text), as ui/main.py applies it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(stylesheet())
    yield
    app.setStyleSheet(before)


@pytest.fixture(autouse=True)
def _users_settings_in_a_temporary_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A language remembered in a test stays in the test run, not in the user's profile."""
    folder = tmp_path_factory.getbasetemp() / "user-settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture
def runner() -> Iterator[BackgroundRunner]:
    """The desk's one road for background work, shut down after the test."""
    background = BackgroundRunner()
    yield background
    background.shutdown()


@pytest.fixture
def registration_screen(
    qtbot: QtBot, registration: RegistrationService, runner: BackgroundRunner, tmp_path: Path
) -> RegistrationScreen:
    """The registration screen on its own, shown, on the test's store."""
    widget = RegistrationScreen(registration, runner, tmp_path / "billetter")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(widget.isVisible)
    return widget


@pytest.fixture
def desk(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> Iterator[Desk]:
    """The whole desk, signed in as the workstation's staff member and shown."""
    yield from shown_desk(qtbot, store, workstation, tmp_path, workstation.staff_id)
