"""On the whole desk: a citizen who has been referred shows «Tilbud og henvisninger» on the
card, and Alt+B opens «Afvist tilbud …» for the newest offer; registering it puts the
hearing on the worklist."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.entities import SupportBasis
from app.registration import NewCitizen, RegistrationService
from app.visitation.follow_up_service import FollowUpService
from app.visitation.records import FollowUpKind
from app.visitation.referral_service import ReferralService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, focused, press, shown_desk
from ui.composition import Desk
from ui.visitation.case_section import CaseSection


@pytest.fixture
def desk(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> Iterator[Desk]:
    yield from shown_desk(qtbot, store, workstation, tmp_path, workstation.staff_id)


@arranges_data_on_the_gui_thread
def test_alt_b_on_the_card_registers_a_refused_offer(
    qtbot: QtBot, desk: Desk, store: LocalStore, workstation: WorkstationConfig
) -> None:
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    citizen = RegistrationService(store.unit_of_work, bus, workstation).register_citizen(
        NewCitizen("0808901234", "Vera", "Holm", SupportBasis.CASH_BENEFIT)
    )
    ReferralService(store.unit_of_work, bus, workstation).refer(
        citizen.id, "tilbud_virksomhedspraktik", move_anchor=False
    )
    field = by_name(desk.registration, "CPR-nummer eller navn", QLineEdit)
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClicks(field, "0808901234")
    press(Qt.Key.Key_Return)
    section = desk.registration.findChild(CaseSection)
    assert section is not None
    qtbot.waitUntil(section.isVisible)
    press(Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # «Afvist tilbud …»
    qtbot.waitUntil(lambda: section.panel.dialog is not None and section.panel.dialog.isVisible())
    dialog = section.panel.dialog
    assert dialog is not None
    qtbot.waitUntil(
        lambda: focused() is by_name(dialog, "Borgerens begrundelse for afvisningen", QLineEdit)
    )
    QTest.keyClicks(focused(), "Vil ikke i praktik")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    follow_ups = FollowUpService(store.unit_of_work, bus, workstation)
    [hearing] = [i for i in follow_ups.worklist() if i.citizen_id == citizen.id]
    assert hearing.kind is FollowUpKind.HEARING
    assert "Tilbud: virksomhedspraktik" in hearing.note and "Vil ikke i praktik" in hearing.note
