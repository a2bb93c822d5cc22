"""By keys on the worklist: an absence from the queue (a no-show for a booked meeting) is
confirmed with Enter — the hearing takes its place — or dismissed with the reason typed
(«Mødte senere»); a re-assessment asks for the citizen's visitation. At the counter, a
no-show by keys (F9, Enter) for a booked meeting's ticket leaves the absence to confirm."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from app.queue.service import QueueService
from app.visitation.records import FollowUpKind, FollowUpStatus
from tests.app.visitation.conftest import VisitationDesk, make_desk, plan_for
from tests.app.visitation.test_follow_up_triggers import no_show_for, session_today
from tests.ui.helpers import by_name, focused, press
from tests.ui.visitation.conftest import Keyboard
from ui.background import BackgroundRunner
from ui.focus import land_focus
from ui.queue.counter_screen import CounterScreen
from ui.visitation.worklist_view import WorklistView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TABLE = "Opfølgninger der er forfaldne eller snart forfalder"


def counsellors_worklist(
    qtbot: QtBot, desk: VisitationDesk, runner: BackgroundRunner
) -> tuple[WorklistView, QTableView]:
    counsellor = make_desk(desk.store, desk.clock, staff="mus-aan", counter=2)
    view = WorklistView(counsellor.follow_ups, runner)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitExposed(view)
    table = by_name(view, TABLE, QTableView)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    table.setFocus()
    qtbot.waitUntil(lambda: focused() is table)
    return view, table


def pending_absence(desk: VisitationDesk) -> tuple[str, str]:
    citizen = desk.citizen(name="Sofie")
    desk.visitation.book(citizen.id, session_today(desk))
    pending = desk.follow_ups.pending_absence_for_no_show(no_show_for(desk, citizen.id))
    assert pending is not None
    return citizen.id, pending


def test_enter_confirms_an_absence_from_the_queue_and_the_hearing_follows(
    qtbot: QtBot, desk: VisitationDesk, runner: BackgroundRunner, keyboard: Keyboard
) -> None:
    citizen_id, pending = pending_absence(desk)
    view, table = counsellors_worklist(qtbot, desk, runner)
    assert str(table.model().index(0, 4).data()) == "Udeblivelse til bekræftelse"
    with qtbot.waitSignal(view.worklist_changed):
        keyboard.key(Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: str(table.model().index(0, 4).data()) == "Partshøring efter udeblivelse"
    )
    with desk.store.unit_of_work() as uow:
        confirmed = uow.visitation.follow_up(pending)
        [hearing] = uow.visitation.open_follow_ups(citizen_id)
    assert confirmed is not None and confirmed.status is FollowUpStatus.DONE
    assert hearing.kind is FollowUpKind.HEARING


def test_an_absence_from_the_queue_is_dismissed_with_the_reason_typed(
    qtbot: QtBot, desk: VisitationDesk, runner: BackgroundRunner, keyboard: Keyboard
) -> None:
    citizen_id, pending = pending_absence(desk)
    view, table = counsellors_worklist(qtbot, desk, runner)
    keyboard.key(Qt.Key.Key_Tab)  # «Udfør handling»
    keyboard.key(Qt.Key.Key_Tab)  # the reason
    assert focused() is by_name(view, "Rimelig grund til udeblivelsen", QLineEdit)
    keyboard.type("Mødte senere")
    keyboard.key(Qt.Key.Key_Tab)
    assert focused().accessibleName() == "Luk partshøringen med rimelig grund"
    with qtbot.waitSignal(view.worklist_changed):
        keyboard.key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    with desk.store.unit_of_work() as uow:
        dismissed = uow.visitation.follow_up(pending)
        assert uow.visitation.open_follow_ups(citizen_id) == []
    assert dismissed is not None
    assert (dismissed.status, dismissed.outcome_reason) == (
        FollowUpStatus.CANCELLED,
        "Mødte senere",
    )


def test_enter_on_a_reassessment_asks_for_the_citizens_visitation(
    qtbot: QtBot, desk: VisitationDesk, runner: BackgroundRunner, keyboard: Keyboard
) -> None:
    desk.clock.set(2026, 10, 1)
    citizen = desk.citizen(name="Tage")
    desk.visitation.complete(plan_for(desk, citizen, answers={"kan_tage_job": "ja"}))
    with desk.store.unit_of_work() as uow:
        [interview] = uow.visitation.open_follow_ups(citizen.id)
    desk.clock.set(2027, 1, 2)
    desk.follow_ups.complete(interview.id)  # held: the next interview is months on
    view, table = counsellors_worklist(qtbot, desk, runner)
    assert str(table.model().index(0, 4).data()) == "Revurdering af kategori"
    with qtbot.waitSignal(view.reassess_requested) as asked:
        keyboard.key(Qt.Key.Key_Return)
    assert asked.args == [citizen.id]
    assert table.model().rowCount() == 1  # a prompt: it stays until the new categorisation


def test_a_no_show_by_keys_at_the_counter_leaves_the_absence_for_the_counsellor(
    qtbot: QtBot, desk: VisitationDesk, runner: BackgroundRunner
) -> None:
    citizen = desk.citizen(name="Ulla")
    desk.visitation.book(citizen.id, session_today(desk))
    receipt = desk.registration.issue_ticket(citizen.id, "aftale")
    queue = QueueService(desk.store.unit_of_work, desk.bus, desk.workstation, ["aftale"])
    screen = CounterScreen(
        queue,
        runner,
        {"aftale": "Aftalt møde"},
        after_no_show=desk.follow_ups.pending_absence_for_no_show,
    )
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.waitUntil(lambda: screen.waiting.loads > 0)
    land_focus(screen)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    current = by_name(screen, "Nuværende billet", QLabel)
    press(Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: current.text() == f"{receipt.number} – kaldt")
    press(Qt.Key.Key_F9)
    yes = by_name(screen, "Ja", QPushButton)
    qtbot.waitUntil(lambda: focused() is yes)
    press(Qt.Key.Key_Return)  # yes: a no-show
    qtbot.waitUntil(lambda: current.text() == "Ingen borger ved skranken")
    with desk.store.unit_of_work() as uow:
        [pending] = uow.visitation.open_follow_ups(citizen.id)
    assert pending.kind is FollowUpKind.PENDING_ABSENCE
    assert pending.note.startswith(f"Billet {receipt.number} meldt udeblevet.")
