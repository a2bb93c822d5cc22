"""Fixtures shared by every test: a real SQLite store in a temporary folder."""

from __future__ import annotations

import gc
import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# GUI tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No machine-wide configuration from the machine running the tests (a test that wants
# one writes its own file and names it); desks started in subprocesses inherit this.
os.environ["SKRANKE_CONFIG"] = str(Path(tempfile.gettempdir()) / "skranke-tests" / "none.ini")
# Queues wait on the real clock in these tests, at any hour of any day: every minute is
# open unless a test hands a service the opening hours itself (desks and servers started
# in subprocesses inherit this).
os.environ["SKRANKE_OPENING_HOURS"] = "off"
# Qt's own settings (the file dialog's history and last folder) go to a folder of the
# tests' own, so one run's dialogs never start where another left them.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="skranke-tests-qt-config-")

from pytestqt.qtbot import QtBot  # noqa: E402

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus  # noqa: E402
from app.registration import RegistrationService  # noqa: E402
from app.workstation import WorkstationConfig, configure_workstation  # noqa: E402
from local_cache.store import LocalStore, open_store  # noqa: E402
from tests.error_logs import MARKER_HELP, ErrorRecords, expected_errors, report  # noqa: E402

# How long a GUI test waits for a condition or a signal when it names no time itself. A
# passing test never waits this long; a busy CI machine (two cores, servers and a
# database beside the tests) can take well over pytest-qt's five seconds for a background
# load and its repaint.
GENEROUS_WAIT_MS = 20_000


class GenerousQtBot(QtBot):
    """pytest-qt's bot with generous default waits (tests still poll, never sleep)."""

    def waitUntil(
        self, callback: Callable[[], bool | None], *, timeout: int = GENEROUS_WAIT_MS
    ) -> None:
        super().waitUntil(callback, timeout=timeout)

    def waitSignal(  # type: ignore[override]
        self, signal: Any, *, timeout: int = GENEROUS_WAIT_MS, **options: Any
    ) -> Any:
        return super().waitSignal(signal, timeout=timeout, **options)


@pytest.fixture
def qtbot(qapp: Any, request: pytest.FixtureRequest) -> QtBot:
    """Every GUI test's bot (this replaces pytest-qt's own fixture of the same name)."""
    return GenerousQtBot(request)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", MARKER_HELP)


@pytest.fixture(autouse=True)
def _unexpected_error_logs_fail_the_test(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail the test when an ERROR (or worse) was logged during it, on any thread, and the
    test did not declare it with @pytest.mark.expect_error_log (tests/error_logs.py)."""
    expected = expected_errors(request.node)
    handler = ErrorRecords()
    root = logging.getLogger()
    level = root.level
    if root.getEffectiveLevel() > logging.ERROR:
        root.setLevel(logging.ERROR)  # let ERROR through to the handler
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    if unexpected := handler.unexpected(expected):
        pytest.fail(report(unexpected), pytrace=False)


@pytest.fixture(autouse=True)
def _qt_objects_die_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a GUI test, collect its garbage here, on the GUI thread.

    A window or dialog left in a reference cycle is otherwise destroyed by whichever
    thread's allocation next triggers Python's collector — possibly a store worker
    thread during a later test, where Qt warns "Timers cannot be stopped from another
    thread" (and the later test fails on the warning).
    """
    yield
    if "qtbot" in request.fixturenames:
        gc.collect()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[LocalStore]:
    opened = open_store(data_dir)
    yield opened
    opened.close()


def configure(
    store: LocalStore, site: str = "MUS", counter: int = 1, staff: str = "mus-bbj"
) -> WorkstationConfig:
    with store.unit_of_work() as uow:
        return configure_workstation(
            store.settings, uow.reference, site_code=site, counter_number=counter, staff_id=staff
        )


@pytest.fixture
def workstation(store: LocalStore) -> WorkstationConfig:
    return configure(store)


@pytest.fixture
def bus(store: LocalStore) -> CommandBus:
    return CommandBus(store.unit_of_work, CATALOGUE)


@pytest.fixture
def registration(
    store: LocalStore, bus: CommandBus, workstation: WorkstationConfig
) -> RegistrationService:
    return RegistrationService(store.unit_of_work, bus, workstation)
