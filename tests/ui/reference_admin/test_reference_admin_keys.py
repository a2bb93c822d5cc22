"""By keys: an administrator opens Filer → Referencedata, edits the queue's limits in the
draft, previews and publishes them for today, and the queue overview turns a queue red by
the new limit."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QTableView
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.registration import NewCitizen, RegistrationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import by_name, focused, press, shown_desk
from ui.composition import Desk
from ui.reference_admin.admin_dialog import ReferenceAdminDialog

ALT = Qt.KeyboardModifier.AltModifier
ADMINISTRATOR = "nyr-ihc"  # works at every site, sees no citizens


@pytest.fixture
def desk(
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    registration: RegistrationService,
    tmp_path: Path,
) -> Iterator[Desk]:
    citizen = registration.register_citizen(
        NewCitizen("0101901235", "Ida", "Bøgh", SupportBasis.OTHER)
    )
    receipt = registration.issue_ticket(citizen.id, "jobbutik")
    with store.unit_of_work() as uow:  # arrived 7 minutes ago: under the seed's 10 and 15
        ticket = uow.tickets.get(receipt.ticket_id)
        assert ticket is not None
        earlier = ticket.issued_at - dt.timedelta(minutes=7)
        uow.tickets.save(dataclasses.replace(ticket, queued_at=earlier))
        uow.commit()
    yield from shown_desk(qtbot, store, workstation, tmp_path, ADMINISTRATOR)


def dialog_of(desk: Desk) -> ReferenceAdminDialog | None:
    found = desk.window.findChildren(ReferenceAdminDialog)
    return found[0] if found and found[0].isVisible() else None


def type_into_cell(qtbot: QtBot, draft: QTableView, text: str) -> None:
    """Typing in a cell of the draft opens its editor with the keys; Enter keeps it and gives
    the keys back to the table."""
    QTest.keyClicks(focused(), text[0])  # the first key opens the cell's editor ...
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not draft)
    QTest.keyClicks(focused(), text[1:])  # ... which takes the rest
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is draft)


def test_an_administrator_publishes_new_queue_limits_and_the_overview_uses_them(
    qtbot: QtBot, desk: Desk
) -> None:
    overview = desk.supervisor
    qtbot.waitUntil(lambda: overview.model.rowCount() > 0)
    assert overview.model.limits("MUS") == (10, 15)
    jobbutik = next(
        row
        for row in range(overview.model.rowCount())
        if overview.model.index(row, 1).data() == "Jobbutik"
    )
    assert overview.model.index(jobbutik, 0).data(Qt.ItemDataRole.BackgroundRole) is None

    press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: dialog_of(desk) is not None)
    dialog = dialog_of(desk)
    assert dialog is not None
    kinds = by_name(dialog, "Slags referencedata", QListWidget)
    draft = by_name(dialog, "Kladde til ny version", QTableView)
    qtbot.waitUntil(lambda: draft.model().rowCount() == 1)
    assert focused() is kinds and kinds.currentItem().text() == "Køens grænser"
    press(Qt.Key.Key_Tab)  # the version in force
    press(Qt.Key.Key_Tab)  # the draft, on its first cell
    assert focused() is draft
    press(Qt.Key.Key_Right)
    type_into_cell(qtbot, draft, "6")  # warn at 6 ...
    press(Qt.Key.Key_Right)
    type_into_cell(
        qtbot, draft, "6"
    )  # ... and the limit at 6: refused, by name, and nothing is lost
    press(Qt.Key.Key_U, ALT)
    error = by_name(dialog, "Fejl i kladden", QLabel)
    qtbot.waitUntil(lambda: error.text() != "")
    assert error.text() == "Række 1: «Advarsel (min)» (6) skal være mindre end «Grænse (min)» (6)."
    assert focused() is draft and draft.currentIndex().column() == 1  # the field named
    assert draft.model().index(0, 2).data() == "6"
    type_into_cell(qtbot, draft, "05")  # two keys: the second goes to the open editor
    press(Qt.Key.Key_I, ALT)  # from today, not tomorrow
    press(Qt.Key.Key_F, ALT)
    changes = by_name(dialog, "Ændringer på datoen", QListWidget)
    qtbot.waitUntil(lambda: changes.count() == 3)
    lines = [changes.item(i).text() for i in range(changes.count())]
    assert lines[1:] == [
        "Ændret: alle afdelinger, Advarsel (min): 10 → 5",
        "Ændret: alle afdelinger, Grænse (min): 15 → 6",
    ]
    assert error.text() == ""
    press(Qt.Key.Key_U, ALT)
    message = by_name(dialog, "Besked", QLabel)
    qtbot.waitUntil(lambda: "er udgivet" in message.text())
    assert message.text().startswith("Version 1 er udgivet og gælder fra ")
    in_force = by_name(dialog, "Om den gældende version", QLabel)
    qtbot.waitUntil(lambda: "version 1" in in_force.text())
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog_of(desk) is None)

    # The queue overview (Ctrl+3) heard the change and draws by the new limit: 7 > 6 is red.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)  # the keys are back
    press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(overview.isVisible)
    qtbot.waitUntil(lambda: overview.model.limits("MUS") == (5, 6))
    qtbot.waitUntil(lambda: "Over grænsen (6 min)" in by_name(overview, "Køalarm", QLabel).text())
    assert overview.model.index(jobbutik, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
