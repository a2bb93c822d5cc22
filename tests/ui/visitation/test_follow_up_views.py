"""The worklist, the supervisors' kastebold list, the absence panel and the case panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from app.visitation.records import FollowUpKind
from tests.app.visitation.conftest import VisitationDesk, make_desk, plan_for
from tests.ui.visitation.conftest import find
from ui.background import BackgroundRunner
from ui.changes import LiveData
from ui.visitation.absence_panel import AbsencePanel
from ui.visitation.case_panel import CasePanel
from ui.visitation.kastebold_view import KasteboldView
from ui.visitation.worklist_view import WorklistView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def cell(table: QTableView, row: int, column: int) -> str:
    return str(table.model().index(row, column).data())


def loaded(qtbot: QtBot, data: LiveData[object]) -> None:
    """Refresh, and wait until that load is on screen."""
    before = data.loads
    data.refresh()
    qtbot.waitUntil(lambda: data.loads > before)


def test_the_worklist_shows_overdue_first_and_enter_does_the_action(
    qtbot: QtBot, desk: VisitationDesk, runner: BackgroundRunner
) -> None:
    desk.clock.set(2026, 8, 31)
    citizen = desk.citizen(name="Karin")
    desk.visitation.complete(plan_for(desk, citizen, answers={"kan_tage_job": "ja"}))  # due 30.11
    desk.clock.set(2026, 12, 2)
    view = WorklistView(desk.follow_ups, runner)
    qtbot.addWidget(view)
    view.show()
    loaded(qtbot, view.items)
    table = find(view, QTableView, "Opfølgninger der er forfaldne eller snart forfalder")
    assert isinstance(table, QTableView)
    assert [cell(table, 0, c) for c in range(4)] == [
        "30.11.2026",
        "Overskredet",
        "Karin Østergård",
        citizen.cpr[:6] + "-xxxx",
    ]
    assert table.model().index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    table.setFocus()
    with qtbot.waitSignal(view.worklist_changed):
        find(view, QPushButton, "Udfør handlingen for den valgte opfølgning").click()
    # Held: the next interview is months on; the re-assessment it asks for is due today.
    qtbot.waitUntil(lambda: cell(table, 0, 4) == "Revurdering af kategori")
    assert table.model().rowCount() == 1
    with desk.store.unit_of_work() as uow:
        following = uow.visitation.open_follow_ups(citizen.id)
    assert {f.kind for f in following} == {
        FollowUpKind.CONTACT_INTERVIEW,
        FollowUpKind.REASSESSMENT,
    }


def test_a_missed_meeting_from_the_panel_lands_on_the_worklist(
    qtbot: QtBot, desk: VisitationDesk, runner: BackgroundRunner
) -> None:
    citizen = desk.citizen()
    panel = AbsencePanel(desk.follow_ups, runner)
    qtbot.addWidget(panel)
    panel.set_citizen(citizen.id, desk.visitation.today())
    find(panel, QLineEdit, "Hvilket møde borgeren udeblev fra").setText("Jobmøde")  # type: ignore[attr-defined]
    with qtbot.waitSignal(panel.absence_registered) as registered:
        find(panel, QPushButton, "Registrér udeblivelse").click()  # type: ignore[attr-defined]
    assert registered.args == [citizen.id, "2026-12-01"]
    assert "frist til 01.12.2026" in find(panel, QLabel, "Besked").text()  # type: ignore[attr-defined]
    view = WorklistView(desk.follow_ups, runner)
    qtbot.addWidget(view)
    loaded(qtbot, view.items)
    table = find(view, QTableView, "Opfølgninger der er forfaldne eller snart forfalder")
    assert cell(table, 0, 5).startswith("Afvent borgerens svar")  # type: ignore[arg-type]
    message = find(view, QLabel, "Besked")
    find(view, QPushButton, "Udfør handlingen for den valgte opfølgning").click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "løber til og med 01.12.2026" in message.text())  # type: ignore[attr-defined]
    find(view, QLineEdit, "Rimelig grund til udeblivelsen").setText("Indlagt")  # type: ignore[attr-defined]
    with qtbot.waitSignal(view.worklist_changed):
        find(view, QPushButton, "Luk partshøringen med rimelig grund").click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)  # type: ignore[attr-defined]


def test_a_supervisor_approves_a_held_referral_from_the_list(
    qtbot: QtBot, desk: VisitationDesk, runner: BackgroundRunner
) -> None:
    citizen = desk.citizen(name="Bent")
    desk.referrals.refer(citizen.id, "sprog_integration", move_anchor=True)
    desk.clock.advance(days=1)
    desk.referrals.refer(citizen.id, "mvu_lvu", move_anchor=True)
    request_id = desk.referrals.request_approval(citizen.id, "sygedagpenge", reason="Sygemeldt")
    desk.clock.advance(hours=2)
    supervisor = make_desk(desk.store, desk.clock, staff="mus-ljp", counter=2)
    view = KasteboldView(supervisor.referrals, runner)
    qtbot.addWidget(view)
    loaded(qtbot, view.cases)
    table = find(view, QTableView, "Borgere ved grænsen for videre henvisninger")
    assert [cell(table, 0, c) for c in (0, 2, 4, 5)] == [  # type: ignore[arg-type]
        "Bent Østergård",
        "2",
        "Sygedagpengeafdelingen",
        "Sygemeldt",
    ]
    find(view, QLineEdit, "Lederens begrundelse").setText("Korrekt: sygedagpenge")  # type: ignore[attr-defined]
    with qtbot.waitSignal(view.request_decided) as decided:
        find(view, QPushButton, "Godkend den ventende henvisning").click()  # type: ignore[attr-defined]
    assert decided.args == [request_id, True]
    qtbot.waitUntil(lambda: cell(table, 0, 2) == "3" and cell(table, 0, 4) == "")  # type: ignore[arg-type]

    panel = CasePanel(desk.referrals, runner)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.shown):
        panel.set_citizen(citizen.id)
    assert (
        find(panel, QLabel, "Sagen er forankret hos").text()
        == "Forankret hos: Sygedagpengeafdelingen"
    )  # type: ignore[attr-defined]
    history = find(panel, QTableView, "Henvisningshistorik")
    assert cell(history, 0, 2) == "Sygedagpengeafdelingen"  # type: ignore[arg-type]
    assert cell(history, 0, 5) == "mus-ljp: Korrekt: sygedagpenge"  # type: ignore[arg-type]
    assert history.model().rowCount() == 3  # type: ignore[attr-defined]
    assert QApplication.instance() is not None
