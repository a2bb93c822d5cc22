"""The desk's runtime seam: one road for work off the GUI thread, one change event.

Every screen of a real desk is used while a guard counts any store access made on the
GUI thread; a change committed on the worker reaches the counter list and the
waiting-room display through the change event (no screen polls the store); failures
take one path; Python's collector runs on the GUI thread only.
"""

from __future__ import annotations

import gc
import logging
import threading

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.errors import ValidationError
from app.registration import NewCitizen
from local_cache.store import LocalStore
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay
from ui.composition import Desk, open_waiting_room_display
from ui.gui_gc import GuiThreadCollector

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def settle(qtbot: QtBot, desk: Desk) -> None:
    """Wait until the runner has answered everything asked of it so far."""
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=20_000)


def test_every_screen_is_used_without_touching_the_store_on_the_gui_thread(
    qtbot: QtBot, desk: Desk
) -> None:
    tabs = desk.window.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle(qtbot, desk)
    citizen_id: list[str] = []

    def register() -> None:
        citizen = desk.services.registration.register_citizen(
            NewCitizen("0707901234", "Nadia", "Søndergård", SupportBasis.CASH_BENEFIT)
        )
        citizen_id.append(citizen.id)

    desk.runner.run(register, lambda _none: None)
    qtbot.waitUntil(lambda: bool(citizen_id), timeout=20_000)
    tabs.setCurrentWidget(desk.visitation)
    desk.visitation.start(citizen_id[0])
    qtbot.waitUntil(lambda: desk.visitation.ready, timeout=20_000)
    tabs.setCurrentWidget(desk.counter)
    desk.counter.call_next()
    settle(qtbot, desk)
    display = open_waiting_room_display(
        desk.services.queue, desk.runner, {"jobbutik": "Jobbutik"}, desk.changes
    )
    settle(qtbot, desk)
    display.close()
    desk.window.refresh_outbox_count()
    settle(qtbot, desk)
    assert desk.guard.violations == 0


@pytest.mark.expect_error_log(logger="ui.background", match="used on the GUI thread")
def test_the_guard_reports_a_store_access_on_the_gui_thread(
    qtbot: QtBot, desk: Desk, store: LocalStore, caplog: pytest.LogCaptureFixture
) -> None:
    before = desk.guard.violations
    with caplog.at_level(logging.ERROR, logger="ui.background"):
        with store.unit_of_work() as uow:
            uow.reference.site("MUS")
    assert desk.guard.violations == before + 1
    assert "the store was used on the GUI thread" in caplog.text
    assert "test_one_road.py" in caplog.text  # the report names the caller, not SQLAlchemy
    done: list[bool] = []
    desk.runner.run(lambda: store.settings.get_setting("x"), lambda _v: done.append(True))
    qtbot.waitUntil(lambda: bool(done))
    assert desk.guard.violations == before + 1  # the worker thread is where it belongs


def test_a_commit_reaches_the_counter_list_and_the_display_through_the_change_event(
    qtbot: QtBot, desk: Desk
) -> None:
    names = {"jobbutik": "Jobbutik"}
    display = open_waiting_room_display(desk.services.queue, desk.runner, names, desk.changes)
    desk.window.tabs.setCurrentWidget(desk.counter)
    settle(qtbot, desk)
    heard: list[frozenset[str]] = []
    desk.changes.changed.connect(heard.append)
    services = desk.services

    def walk_in() -> str:
        citizen = services.registration.register_citizen(
            NewCitizen("0707901234", "Nadia", "Søndergård", SupportBasis.CASH_BENEFIT)
        )
        return services.registration.issue_ticket(citizen.id, "jobbutik").number

    numbers: list[str] = []
    desk.runner.run(walk_in, numbers.append)
    qtbot.waitUntil(lambda: bool(numbers))
    qtbot.waitUntil(lambda: any("ticket" in tables for tables in heard))
    model = desk.counter.model
    qtbot.waitUntil(
        lambda: any(model.ticket_at(row).number == numbers[0] for row in range(model.rowCount()))
    )
    desk.counter.call_next()
    qtbot.waitUntil(lambda: numbers[0] in display.call_labels[0].text())
    assert display.isVisible()
    display.close()


def test_announcements_from_threads_arrive_once_on_the_gui_thread(qtbot: QtBot) -> None:
    relay = ChangeRelay()
    heard: list[tuple[frozenset[str], bool]] = []
    pokes: list[bool] = []
    relay.changed.connect(
        lambda tables: heard.append((tables, threading.current_thread() is threading.main_thread()))
    )
    relay.committed_here.connect(lambda: pokes.append(True))
    workers = [
        threading.Thread(target=relay.committed, args=(frozenset({"ticket", "outbox"}),)),
        threading.Thread(target=relay.pulled, args=(frozenset({"citizen"}),)),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    qtbot.waitUntil(lambda: bool(heard))
    assert heard == [(frozenset({"ticket", "outbox", "citizen"}), True)]
    assert pokes == [True]  # a local commit wakes the sync engine once


@pytest.mark.expect_error_log(logger="ui.background", match="broken failed")
def test_a_failure_nobody_handles_is_logged_and_shown_as_one_line(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    runner = BackgroundRunner()
    shown: list[str] = []
    runner.failed.connect(shown.append)
    try:

        def refused() -> None:
            raise ValidationError("CPR-nummeret har 10 cifre.")

        def broken() -> None:
            raise ZeroDivisionError("a defect")

        with caplog.at_level(logging.INFO, logger="ui.background"):
            runner.run(refused, lambda _v: None)
            qtbot.waitUntil(lambda: len(shown) == 1)
            runner.run(broken, lambda _v: None)
            qtbot.waitUntil(lambda: len(shown) == 2)
        assert shown[0] == "CPR-nummeret har 10 cifre."
        assert shown[1].startswith("Der skete en uventet fejl.")
        errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
        assert len(errors) == 1 and errors[0].exc_info is not None  # the defect's traceback
        assert errors[0].exc_info[0] is ZeroDivisionError
        assert not runner.busy
    finally:
        runner.shutdown()


def test_cyclic_garbage_is_collected_on_the_gui_thread(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert app is not None
    collector = GuiThreadCollector(app, interval_ms=10)
    try:
        assert not gc.isenabled()

        class Cycle:
            def __init__(self) -> None:
                self.me = self

        for _ in range(gc.get_threshold()[0] * 2):
            Cycle()
        qtbot.waitUntil(lambda: collector.collections > 0)
    finally:
        collector.stop()
    assert gc.isenabled()
