"""By keys: an administrator opens Referencedata → Visitationsskemaer (Alt+V), breaks the
draft and is told the line without losing what was typed, mends it, renames the scheme
and adds nothing else, checks it (the preview names the change and the date), publishes
it as the next version — a command — and the list shows the new version."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import by_name, focused, press, shown_desk
from ui.composition import Desk
from ui.reference_admin.admin_dialog import ReferenceAdminDialog
from ui.reference_admin.scheme_dialog import SchemeAdminDialog

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ADMINISTRATOR = "nyr-ihc"


@pytest.fixture
def desk(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> Iterator[Desk]:
    yield from shown_desk(qtbot, store, workstation, tmp_path, ADMINISTRATOR)


def visible(desk: Desk, kind: type) -> object | None:
    found = [d for d in desk.window.findChildren(kind) if d.isVisible()]
    return found[0] if found else None


def test_an_administrator_publishes_a_renamed_scheme_by_keys(
    qtbot: QtBot, desk: Desk, store: LocalStore
) -> None:
    press(Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: visible(desk, ReferenceAdminDialog) is not None)
    reference = visible(desk, ReferenceAdminDialog)
    assert isinstance(reference, ReferenceAdminDialog)
    qtbot.waitUntil(lambda: focused() is reference.kinds)
    press(Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: visible(desk, SchemeAdminDialog) is not None)
    dialog = visible(desk, SchemeAdminDialog)
    assert isinstance(dialog, SchemeAdminDialog)
    versions = by_name(dialog, "Skemaversioner", QListWidget)
    draft = by_name(dialog, "Kladde til skema", QPlainTextEdit)
    qtbot.waitUntil(lambda: versions.count() > 0 and bool(draft.toPlainText()))
    assert focused() is versions
    before = versions.count()
    press(Qt.Key.Key_Home)  # the oldest scheme: its next version is drafted
    qtbot.waitUntil(lambda: versions.currentRow() == 0)
    chosen = versions.currentItem().text()
    qtbot.waitUntil(lambda: json.loads(draft.toPlainText())["label_da"] in chosen)
    body = json.loads(draft.toPlainText())
    code, label, version = body["code"], body["label_da"], body["version"]

    press(Qt.Key.Key_Tab)
    assert focused() is draft
    # A broken draft: a stray character at the very start.
    press(Qt.Key.Key_Home, CTRL)
    QTest.keyClicks(focused(), "x")
    press(Qt.Key.Key_K, ALT)
    error = by_name(dialog, "Fejl i skemaet", QLabel)
    qtbot.waitUntil(lambda: "linje 1" in error.text())
    assert "JSON" in error.text()
    assert draft.toPlainText().startswith("x{")  # nothing typed was lost
    assert focused() is draft and draft.textCursor().blockNumber() == 0

    # Mend it and rename the scheme: to the end of the label's line, before `",`.
    press(Qt.Key.Key_Home, CTRL)
    press(Qt.Key.Key_Delete)
    lines = draft.toPlainText().splitlines()
    # The scheme's own name: a key of the outermost object (indented once).
    label_line = next(i for i, line in enumerate(lines) if line.startswith('  "label_da"'))
    for _ in range(label_line):
        press(Qt.Key.Key_Down)
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Left)
    press(Qt.Key.Key_Left)
    QTest.keyClicks(focused(), " (rettet)")
    press(Qt.Key.Key_K, ALT)
    preview = by_name(dialog, "Ændringer i skemaet", QListWidget)
    qtbot.waitUntil(lambda: preview.count() > 1)
    items = [preview.item(i).text() for i in range(preview.count())]
    assert any(f"Navn: {label} → {label} (rettet)" == t for t in items), items
    assert any(f"version {version} gælder fra" in t for t in items), items
    assert error.text() == ""

    press(Qt.Key.Key_U, ALT)
    qtbot.waitUntil(lambda: dialog.published == 1)
    message = by_name(dialog, "Besked", QLabel)
    assert f"version {version} er udgivet" in message.text()
    qtbot.waitUntil(lambda: versions.count() == before + 1)
    assert any(
        f"{label} (rettet) v{version}" in versions.item(i).text() for i in range(versions.count())
    )

    def stored() -> tuple[set[tuple[str, int]], list[str]]:  # read as the desk reads: off the GUI
        with store.unit_of_work() as uow:
            keys = {s.key for s in uow.visitation.schemes() if s.code == code}
            return keys, [e.name for _n, e in uow.outbox.pending()]

    with ThreadPoolExecutor(1) as pool:
        keys, pending = pool.submit(stored).result()
    assert (code, version) in keys
    assert "publish_categorisation_scheme" in pending
