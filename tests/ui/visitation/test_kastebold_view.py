"""The supervisors' kastebold list shows each case's path with the days of its moves and why
it is held; the keyboard moves between the cases."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView
from pytestqt.qtbot import QtBot

from app.security.demo_credentials import demo_key
from app.security.sign_in import Approver
from app.visitation.kastebold import HoldReason
from app.visitation.referral_service import KasteboldCase
from tests.app.visitation.conftest import VisitationDesk, make_desk
from tests.ui.helpers import focused, press
from tests.ui.visitation.conftest import find
from ui.background import BackgroundRunner
from ui.visitation.kastebold_view import KasteboldView
from ui.visitation.table_models import path_text, reasons_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LJP = Approver("mus-ljp", "Lars Juul Pedersen", demo_key("mus-ljp"))
PATH, WHY = 7, 6  # the columns of the path and of why the case is held


def cell(table: QTableView, row: int, column: int) -> str:
    return str(table.model().index(row, column).data())


def test_the_list_shows_each_cases_path_and_why_it_is_held(
    qtbot: QtBot, desk: VisitationDesk, runner: BackgroundRunner
) -> None:
    desk.clock.set(2026, 11, 24)
    bent = desk.citizen(name="Bent")  # A → B → A, let through by a supervisor
    desk.referrals.refer(bent.id, "unge_uddannelse", move_anchor=True)
    desk.clock.set(2026, 12, 2)
    desk.referrals.refer(
        bent.id, "jobcenter_team", move_anchor=True, approver=LJP, approval_reason="Fyldt 30"
    )
    cecilie = desk.citizen(name="Cecilie")  # two moves, the third waiting for a supervisor
    desk.referrals.refer(cecilie.id, "sprog_integration", move_anchor=True)
    desk.clock.set(2026, 12, 3)
    desk.referrals.refer(cecilie.id, "mvu_lvu", move_anchor=True)
    desk.referrals.request_approval(cecilie.id, "sygedagpenge", reason="Sygemeldt")
    supervisor = make_desk(desk.store, desk.clock, staff="mus-ljp", counter=2)
    view = KasteboldView(supervisor.referrals, runner)
    qtbot.addWidget(view)
    view.show()
    table = find(view, QTableView, "Borgere ved grænsen for videre henvisninger")
    assert isinstance(table, QTableView)
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    detail = find(view, QLabel, "Sagens vej og hvorfor den holdes")
    assert isinstance(detail, QLabel)

    # the held referral first
    assert cell(table, 0, 0) == "Cecilie Østergård"
    assert cell(table, 0, PATH) == (
        "Jobcenterteamet (Musvågevej) → Sprog og Integration (Musvågevej) "
        "→ MVU/LVU (videregående uddannelse) (Nyropsgade) (02.12, 03.12)"
    )
    assert cell(table, 0, WHY) == "2 flytninger på 30 dage (grænsen er 2)"
    assert detail.text().startswith("Cecilie Østergård: Jobcenterteamet (Musvågevej) → ")

    table.setFocus()
    qtbot.waitUntil(lambda: focused() is table)
    press(Qt.Key.Key_Down)  # the next case
    bent_path = (
        "Jobcenterteamet (Musvågevej) → Unge og Uddannelse (Skelbækgade) "
        "→ Jobcenterteamet (Musvågevej) (24.11, 02.12)"
    )
    why = "Frem og tilbage; 2 flytninger på 30 dage (grænsen er 2)"
    qtbot.waitUntil(lambda: detail.text() == f"Bent Østergård: {bent_path}. {why}.")
    assert (cell(table, 1, PATH), cell(table, 1, WHY)) == (bent_path, why)


def test_a_path_across_new_year_writes_the_years() -> None:
    case = KasteboldCase(
        "c",
        "Dorte Østergård",
        "010190-****",
        1,
        "Fagområdeteam: SOSU (Nyropsgade)",
        None,
        moves_in_year=4,
        reasons=(HoldReason.YEAR,),
        path=("Jobcenterteamet (Musvågevej)", "MVU/LVU (Nyropsgade)", "Sygedagpengeafdelingen"),
        path_days=(dt.date(2026, 12, 31), dt.date(2027, 1, 2)),
    )
    assert path_text(case) == (
        "Jobcenterteamet (Musvågevej) → MVU/LVU (Nyropsgade) → Sygedagpengeafdelingen "
        "(31.12.2026, 02.01.2027)"
    )
    assert reasons_text(case) == "4 flytninger på 365 dage (årsloftet er 4)"
