"""A visitation ends in a summary to read out or save as PDF, and the card shows it later."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.registration import NewCitizen
from tests.app.visitation.conftest import VisitationDesk, plan_for
from tests.ui.visitation.conftest import Keyboard, find
from tests.ui.visitation.test_visitation_screen import approvals
from ui.background import BackgroundRunner
from ui.visitation.latest_visitation_section import LatestVisitationSection
from ui.visitation.summary_dialog import SummaryDialog
from ui.visitation.visitation_screen import VisitationScreen

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ENTER = Qt.Key.Key_Return


def test_the_summary_names_category_unit_meeting_referral_and_ticket_and_saves_a_pdf(
    qtbot: QtBot,
    desk: VisitationDesk,
    keyboard: Keyboard,
    runner: BackgroundRunner,
    tmp_path: Path,
) -> None:
    citizen = desk.registration.register_citizen(
        NewCitizen("0707901234", "Nadia", "Søndergård", SupportBasis.CASH_BENEFIT)
    )
    folder = tmp_path / "visitationer"
    screen = VisitationScreen(desk.visitation, runner, approvals(desk), summary_folder=folder)
    qtbot.addWidget(screen)
    screen.resize(900, 700)
    screen.show()
    screen.activateWindow()
    qtbot.waitExposed(screen)
    screen.start(citizen.id)
    qtbot.waitUntil(lambda: screen.ready and QApplication.focusWidget() is not None)
    keyboard.type("j")
    keyboard.key(ENTER)
    keyboard.key(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    keyboard.key(ENTER)
    keyboard.key(ENTER)  # finish: the summary opens with the cursor on «Luk»
    qtbot.waitUntil(lambda: screen.summary_dialog is not None and screen.summary_dialog.isVisible())
    dialog = screen.summary_dialog
    assert isinstance(dialog, SummaryDialog)
    assert QApplication.focusWidget() is dialog.close_button

    def shown(name: str) -> str:
        return find(dialog, QLabel, name).text()  # type: ignore[attr-defined, no-any-return]

    assert shown("Kategori") == "Jobparat"
    assert shown("Ansvarlig enhed") == "Jobcenterteamet (Musvågevej)"
    assert shown("Møde") == "Jobmøde tirs. 1. dec. kl. 09:00, Musvågevej, Mødelokale 1"
    assert shown("Henvist til") == "Gruppemøde (jobmøde/CV-møde) (Musvågevej)"
    assert shown("Næste billet") == "Aftalt møde – i dag"

    keyboard.key(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # «Gem som PDF»
    assert dialog.printed_path is not None and dialog.printed_path.parent == folder
    assert dialog.printed_path.read_bytes().startswith(b"%PDF")
    assert "Nadia" not in dialog.printed_path.name and "0707" not in dialog.printed_path.name
    assert "Gemt som PDF" in find(dialog, QLabel, "Udskriftsstatus").text()  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is dialog.close_button  # Enter still closes

    with qtbot.waitSignal(screen.visitation_completed) as completed:
        keyboard.key(ENTER)
    assert completed.args == [citizen.id, "aftale"]
    assert not dialog.isVisible()


def test_the_card_shows_the_latest_visitation_when_the_citizen_is_opened_again(
    qtbot: QtBot, desk: VisitationDesk, runner: BackgroundRunner
) -> None:
    citizen = desk.citizen()
    section = LatestVisitationSection(desk.visitation, runner)
    qtbot.addWidget(section)
    _cpr, card = desk.registration.find_by_cpr(citizen.cpr)
    assert card is not None
    section.show_card(card)
    qtbot.waitUntil(lambda: not runner.busy)
    assert section.isHidden()  # no visitation yet: nothing to show

    desk.visitation.complete(plan_for(desk, citizen, answers={"kan_tage_job": "nej"}))
    section.show_card(card)  # the citizen is opened again
    text = find(section, QLabel, "Seneste visitation")
    qtbot.waitUntil(lambda: "Aktivitetsparat" in text.text())  # type: ignore[attr-defined]
    assert "Ansvarlig enhed: Jobcenterteamet (Musvågevej)" in text.text()  # type: ignore[attr-defined]
    assert "Henvist til: Individuel samtale (Musvågevej)" in text.text()  # type: ignore[attr-defined]
