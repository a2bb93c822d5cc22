"""«Afvist tilbud …» by keys: from the referral history on the citizen's case, the dialog
asks for the reason (required, in Danish), keeps what was typed when refused, and
registering it puts the hearing on the worklist."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.visitation.records import FollowUpKind
from tests.app.visitation.conftest import VisitationDesk
from tests.ui.helpers import by_name, focused
from tests.ui.visitation.conftest import Keyboard
from ui.background import BackgroundRunner
from ui.visitation.case_panel import CasePanel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ALT = Qt.KeyboardModifier.AltModifier


def open_dialog(
    qtbot: QtBot,
    desk: VisitationDesk,
    runner: BackgroundRunner,
    keyboard: Keyboard,
    basis: SupportBasis,
) -> tuple[CasePanel, QDialog, str]:
    citizen = desk.citizen(basis, name="Rikke")
    desk.referrals.refer(citizen.id, "unge_uddannelse", move_anchor=False)
    panel = CasePanel(desk.referrals, runner, follow_ups=desk.follow_ups)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitExposed(panel)
    with qtbot.waitSignal(panel.shown):
        panel.set_citizen(citizen.id)
    table = by_name(panel, "Henvisningshistorik", QTableView)
    table.setFocus()
    qtbot.waitUntil(lambda: focused() is table)
    keyboard.key(Qt.Key.Key_Tab)  # on to «Afvist tilbud …», enabled for the newest offer
    assert focused().accessibleName() == "Afvist tilbud …"
    keyboard.key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible())
    dialog = panel.dialog
    assert dialog is not None
    reason = by_name(dialog, "Borgerens begrundelse for afvisningen", QLineEdit)
    qtbot.waitUntil(lambda: focused() is reason)
    assert by_name(dialog, "Tilbuddet", QLabel).text().startswith("Unge og Uddannelse")
    return panel, dialog, citizen.id


def test_a_refused_offer_by_keys_needs_a_reason_and_opens_a_hearing(
    qtbot: QtBot, desk: VisitationDesk, runner: BackgroundRunner, keyboard: Keyboard
) -> None:
    panel, dialog, citizen_id = open_dialog(
        qtbot, desk, runner, keyboard, SupportBasis.CASH_BENEFIT
    )
    message = by_name(dialog, "Besked", QLabel)
    keyboard.key(Qt.Key.Key_Return)  # nothing typed yet
    assert message.text() == "Skriv borgerens begrundelse for afvisningen."
    assert dialog.isVisible()
    keyboard.type("Vil ikke på holdet")
    keyboard.key(Qt.Key.Key_Tab)  # «Borgeren angiver en rimelig grund»; the day stays today
    assert focused() is by_name(dialog, "Borgeren angiver en rimelig grund", QCheckBox)
    keyboard.key(Qt.Key.Key_Space)
    with qtbot.waitSignal(panel.offer_refused) as refused:
        keyboard.key(Qt.Key.Key_Return)
    assert refused.args == [citizen_id, "2026-12-01"]  # 24.11 + the scheme's 7 days
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [hearing] = desk.follow_ups.worklist()
    assert hearing.kind is FollowUpKind.HEARING and hearing.citizen_id == citizen_id
    assert "Vil ikke på holdet" in hearing.note
    assert hearing.note.endswith("Borgeren angiver en rimelig grund.")


def test_a_refusal_the_rules_refuse_keeps_what_was_typed(
    qtbot: QtBot, desk: VisitationDesk, runner: BackgroundRunner, keyboard: Keyboard
) -> None:
    _panel, dialog, _citizen_id = open_dialog(qtbot, desk, runner, keyboard, SupportBasis.STUDENT)
    message = by_name(dialog, "Besked", QLabel)
    keyboard.type("Skal til eksamen")
    keyboard.key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "kun op for ledige" in message.text())
    reason = by_name(dialog, "Borgerens begrundelse for afvisningen", QLineEdit)
    assert reason.text() == "Skal til eksamen"  # nothing typed is lost
    assert dialog.isVisible() and focused() is reason
    keyboard.key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert desk.follow_ups.worklist() == []
