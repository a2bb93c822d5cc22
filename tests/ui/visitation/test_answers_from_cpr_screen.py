"""The CPR answers what it can; the rest is asked, never pre-set to a guess (keyboard only)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.registration import NewCitizen
from tests.app.visitation.conftest import VisitationDesk
from tests.ui.visitation.conftest import Keyboard, find, finish
from tests.ui.visitation.test_visitation_screen import error_text, open_screen
from ui.background import BackgroundRunner
from ui.visitation.categorisation_page import CategorisationPage
from ui.visitation.orientation_page import OrientationPage
from ui.visitation.referral_page import ReferralPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ENTER = Qt.Key.Key_Return
UNDER_30 = "Er borgeren under 30 år uden erhvervskompetencegivende uddannelse?"
JOB_READY = "Kan borgeren tage et ordinært job inden for 3 måneder?"


def test_a_23_year_old_without_education_is_uddannelsesparat_by_enter(
    qtbot: QtBot, desk: VisitationDesk, keyboard: Keyboard, runner: BackgroundRunner
) -> None:
    citizen = desk.registration.register_citizen(  # born 1 January 2003: 23 on the desk's day
        NewCitizen("0101034321", "Sami", "Østergård", SupportBasis.CASH_BENEFIT)
    )
    screen = open_screen(qtbot, desk, citizen.id, runner)
    question = find(screen, QComboBox, UNDER_30)
    assert keyboard.focus() is question  # asked, with nothing pre-set
    assert question.currentIndex() == -1  # type: ignore[attr-defined]

    keyboard.key(ENTER)  # Enter on an open question is refused, not answered "Nej"
    assert isinstance(screen.current_page(), CategorisationPage)
    assert UNDER_30 in error_text(screen)
    assert keyboard.focus() is question

    keyboard.type("j")  # no vocational education
    assert not find(screen, QComboBox, JOB_READY).isVisible()  # not asked of the young
    assert find(screen, QComboBox, "Kategori").currentData() == "uddannelsesparat"  # type: ignore[attr-defined]
    keyboard.key(ENTER)
    assert isinstance(screen.current_page(), OrientationPage)
    keyboard.key(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    keyboard.key(ENTER)
    assert isinstance(screen.current_page(), ReferralPage)
    finish(qtbot, screen, keyboard)
    with desk.store.unit_of_work() as uow:
        [decision] = uow.visitation.decisions_for(citizen.id)
    assert decision.category == "uddannelsesparat"
    assert decision.answers["ung_uden_uddannelse"] == "ja"
    assert "kan_tage_job" not in decision.answers


def test_from_30_the_cpr_answers_and_focus_passes_the_question_by(
    qtbot: QtBot, desk: VisitationDesk, keyboard: Keyboard, runner: BackgroundRunner
) -> None:
    screen = open_screen(qtbot, desk, desk.citizen().id, runner)  # born 1990: 36 years old
    question = find(screen, QComboBox, UNDER_30)
    assert question.currentData() == "nej" and not question.isEnabled()  # type: ignore[attr-defined]
    assert keyboard.focus() is find(screen, QComboBox, JOB_READY)
