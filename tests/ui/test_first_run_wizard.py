"""The first-run wizard, worked by keys: enrolling with a real server on loopback (its
answer shown, site and counter taken from it), a refused code kept for correction, and
the stand-alone choice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from app.catalogue import CATALOGUE
from app.workstation import load_workstation
from local_cache.store import LocalStore
from local_cache.sync_store import SqlSyncStore
from shared_store.uow_port import as_port
from tests.server.conftest import sqlite_server  # noqa: F401 - the real server fixture
from tests.server.harness import ServerProcess
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, focused, press
from ui.background import BackgroundRunner
from ui.first_run import Place, Storage, first_run_wizard, save_choice, workstation_for
from ui.first_run_wizard import FirstRunWizard

pytestmark = arranges_data_on_the_gui_thread


@pytest.fixture
def storage(store: LocalStore) -> Storage:
    return Storage(
        settings=store.settings,
        units=lambda: as_port(store.unit_of_work()),
        sync=SqlSyncStore(store, catalogue=CATALOGUE),
    )


@pytest.fixture
def wizard(qtbot: QtBot, storage: Storage, runner: BackgroundRunner) -> Iterator[FirstRunWizard]:
    shown = first_run_wizard(storage, Place(), runner)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def test_enrolling_shows_the_servers_answer_and_takes_its_site_and_counter(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    storage: Storage,
    sqlite_server: ServerProcess,  # noqa: F811
) -> None:
    code = sqlite_server.enrolment_code("SKB", 2)
    qtbot.waitUntil(lambda: focused().accessibleName() == "Serverens adresse")
    type_text(sqlite_server.url)
    press(Qt.Key.Key_Tab)
    assert focused().accessibleName() == "Tilmeldingskode"
    type_text(code)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.place, timeout=20_000)
    assert "tilmeldt i SKB, skranke 2" in wizard.place.heard.text()
    site = by_name(wizard, "Afdeling", QComboBox)
    counter = by_name(wizard, "Skranke", QComboBox)
    assert (site.currentData(), counter.currentData()) == ("SKB", 2)
    assert not site.isEnabled() and not counter.isEnabled()
    # The page puts the keys on its first open box once QWizard is done switching.
    qtbot.waitUntil(lambda: focused().accessibleName() == "Medarbejder")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.result() == FirstRunWizard.DialogCode.Accepted
    chosen = save_choice(storage, wizard)
    assert (chosen.site_code, chosen.counter_number) == ("SKB", 2)
    enrolment = storage.sync.enrolment()
    assert enrolment is not None and enrolment.server_url == sqlite_server.url
    assert enrolment.workstation_id == chosen.workstation_id


def test_a_refused_code_is_said_and_what_was_typed_stays(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    storage: Storage,
    sqlite_server: ServerProcess,  # noqa: F811
) -> None:
    qtbot.waitUntil(lambda: focused().accessibleName() == "Serverens adresse")
    type_text(sqlite_server.url)
    press(Qt.Key.Key_Tab)
    type_text("FORKERT-KODE")
    press(Qt.Key.Key_Return)
    answer = by_name(wizard, "Serverens svar", QLabel)
    qtbot.waitUntil(
        lambda: answer.text().startswith("Serveren svarede:") and answer.property("problem")
    )
    assert wizard.currentPage() is wizard.connection
    assert wizard.connection.server.text() == sqlite_server.url
    assert wizard.connection.code.text() == "FORKERT-KODE"
    assert focused().accessibleName() == "Tilmeldingskode"
    assert storage.sync.enrolment() is None


def test_a_dead_server_address_is_said_without_freezing_the_wizard(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    qtbot.waitUntil(lambda: focused().accessibleName() == "Serverens adresse")
    type_text("http://127.0.0.1:9")  # the discard port: nothing listens
    press(Qt.Key.Key_Tab)
    type_text("ABC")
    press(Qt.Key.Key_Return)
    answer = by_name(wizard, "Serverens svar", QLabel)
    qtbot.waitUntil(lambda: bool(answer.property("problem")), timeout=20_000)
    assert wizard.currentPage() is wizard.connection


def test_an_address_without_scheme_is_refused_before_asking(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    qtbot.waitUntil(lambda: focused().accessibleName() == "Serverens adresse")
    type_text("skranke.example")
    press(Qt.Key.Key_Return)
    answer = by_name(wizard, "Serverens svar", QLabel)
    assert "https://" in answer.text()
    assert focused().accessibleName() == "Serverens adresse"


def test_stand_alone_asks_only_for_the_place(
    qtbot: QtBot, wizard: FirstRunWizard, storage: Storage
) -> None:
    qtbot.waitUntil(lambda: focused().accessibleName() == "Serverens adresse")
    press(Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # «Kun &denne pc»
    qtbot.waitUntil(lambda: wizard.standalone)  # a mnemonic clicks the button animated
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.place)
    qtbot.waitUntil(lambda: focused().accessibleName() == "Afdeling")
    press(Qt.Key.Key_End)  # the last site in the list
    site = wizard.site_code
    with storage.units() as uow:
        its_counters = [c.number for c in uow.reference.counters(site)]
    counters = by_name(wizard, "Skranke", QComboBox)
    staff = by_name(wizard, "Medarbejder", QComboBox)
    assert [counters.itemData(i) for i in range(counters.count())] == its_counters
    prefix = site.lower() + "-"
    assert staff.count() and all(staff.itemData(i).startswith(prefix) for i in range(staff.count()))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    chosen = save_choice(storage, wizard)
    assert chosen.site_code == wizard.site_code and load_workstation(storage.settings) == chosen
    assert storage.sync.enrolment() is None


def test_flags_set_the_place_and_a_remembered_one_is_kept(storage: Storage) -> None:
    first = workstation_for(storage, Place(site="NYR", counter=2, from_flags=True))
    assert first is not None and (first.site_code, first.counter_number) == ("NYR", 2)
    again = workstation_for(storage, Place(site="MUS"), ask=True)  # IT's preset: not forced
    assert again == first
    moved = workstation_for(storage, Place(site="MUS", from_flags=True))
    assert moved is not None and moved.site_code == "MUS"
    assert moved.workstation_id == first.workstation_id
