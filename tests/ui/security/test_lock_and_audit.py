"""Sign-in, the idle lock that hides everything but keeps the work, CPR reveal, the audit screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.registration import NewCitizen
from app.security.passwords import Passwords
from app.security.sign_in import set_secret
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.security.conftest import cheap_passwords
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, session_for
from ui.composition import Desk, build_desk


def make_desk(
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    tmp_path: Path,
    *,
    signed_in: str | None = None,
    idle_ms: int | None = None,
) -> tuple[Desk, Passwords]:
    passwords = cheap_passwords()
    for staff in ("mus-bbj", "mus-aan", "mus-ljp", "nyr-ihc"):
        set_secret(store.unit_of_work, passwords, staff, "4711")
    session = session_for(store, signed_in) if signed_in else None
    desk = build_desk(
        store, workstation, tmp_path, "da", session=session, passwords=passwords, idle_ms=idle_ms
    )
    qtbot.addWidget(desk.window)
    desk.window.show()
    return desk, passwords


def sign_in(qtbot: QtBot, desk: Desk, user: str, secret: str = "4711") -> None:
    lock = desk.lock_screen
    by_name(lock, "Brugernavn", QLineEdit).setText(user)
    secret_edit = by_name(lock, "Adgangskode eller PIN-kode", QLineEdit)
    secret_edit.setText(secret)
    qtbot.keyClick(secret_edit, Qt.Key.Key_Return)


def visible_texts(root: QWidget) -> list[str]:
    texts = [w.text() for w in root.findChildren(QLabel) if w.isVisible()]
    return texts + [w.text() for w in root.findChildren(QLineEdit) if w.isVisible()]


def test_the_desk_starts_locked_and_opens_for_the_right_pin_only(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> None:
    desk, _ = make_desk(qtbot, store, workstation, tmp_path)
    assert desk.window.locked and not desk.window.tabs.isVisible()
    assert desk.current.session is None
    assert not desk.display_action.isEnabled()  # screens' menu commands wait too
    sign_in(qtbot, desk, "BBJ", "0000")
    message = by_name(desk.lock_screen, "Besked ved log ind", QLabel)
    qtbot.waitUntil(lambda: message.text() == "Forkert brugernavn eller adgangskode.")
    assert desk.window.locked
    sign_in(qtbot, desk, "BBJ")
    qtbot.waitUntil(lambda: not desk.window.locked)
    assert desk.window.tabs.isVisible() and desk.display_action.isEnabled()
    assert desk.current.session is not None and desk.current.session.staff_id == "mus-bbj"
    assert "BBJ" in desk.window.place_label.text()


def test_idle_lock_hides_personal_data_and_keeps_the_unfinished_work(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> None:
    desk, _ = make_desk(qtbot, store, workstation, tmp_path, signed_in="mus-bbj", idle_ms=300)
    registration = desk.registration
    search = by_name(registration, "CPR-nummer eller navn", QLineEdit)
    search.setText("Søren Ågård")  # typed, not finished
    assert "Søren Ågård" in visible_texts(desk.window)
    qtbot.waitUntil(lambda: desk.window.locked, timeout=5000)
    assert "Søren Ågård" not in visible_texts(desk.window)
    assert not registration.isVisible() and desk.current.session is None
    sign_in(qtbot, desk, "AAN")  # another colleague takes over the counter
    qtbot.waitUntil(lambda: not desk.window.locked)
    assert search.text() == "Søren Ågård"
    assert desk.current.session is not None and desk.current.session.staff_id == "mus-aan"
    assert "AAN" in desk.window.place_label.text()


def test_ctrl_l_locks_at_once(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> None:
    desk, _ = make_desk(qtbot, store, workstation, tmp_path, signed_in="mus-bbj")
    desk.window.lock_action.trigger()
    assert desk.window.locked and desk.current.session is None
    assert by_name(desk.lock_screen, "Brugernavn", QLineEdit).text() == "BBJ"  # name kept
    assert by_name(desk.lock_screen, "Adgangskode eller PIN-kode", QLineEdit).text() == ""


@arranges_data_on_the_gui_thread
def test_revealing_a_cpr_asks_why_and_logs_it(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> None:
    desk, _ = make_desk(qtbot, store, workstation, tmp_path, signed_in="mus-bbj")
    service = desk.registration._service  # noqa: SLF001
    citizen = service.register_citizen(
        NewCitizen("211062-5629", "Søren", "Ågård", SupportBasis.CASH_BENEFIT)
    )
    search = by_name(desk.registration, "CPR-nummer eller navn", QLineEdit)
    search.setText("2110625629")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    cpr_label = by_name(desk.registration, "CPR-nummer", QLabel)
    qtbot.waitUntil(lambda: cpr_label.text() == "211062-xxxx")
    by_name(desk.registration, "Vis CPR", QPushButton).click()
    dialog = desk.registration.card.reveal_dialog
    assert dialog is not None
    dialog.purpose.setCurrentText("Kontrol af registrering (dobbeltregistrering)")
    by_name(dialog, "Vis CPR-nummeret", QPushButton).click()
    qtbot.waitUntil(lambda: cpr_label.text() == "211062-5629")
    with store.unit_of_work() as uow:
        entries = list(uow.audit.chain(workstation.workstation_id))
    actions = [(e.action, e.citizen_id, e.purpose) for e in entries]
    assert ("view_citizen", citizen.id, "Henvendelse ved skranken") in actions
    assert (
        "reveal_cpr",
        citizen.id,
        "Kontrol af registrering (dobbeltregistrering)",
    ) in actions
    assert all(e.staff_id == "mus-bbj" for e in entries)


@arranges_data_on_the_gui_thread
def test_the_audit_screen_is_for_supervisors_and_checks_and_exports_the_trail(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> None:
    desk, _ = make_desk(qtbot, store, workstation, tmp_path, signed_in="mus-bbj")
    audit_action = next(
        a for a in desk.window.file_menu.actions() if a.text().startswith("&Revisionslog")
    )
    assert not audit_action.isEnabled()  # a receptionist does not read the trail
    desk.registration._service.register_citizen(  # noqa: SLF001
        NewCitizen("211062-5629", "Søren", "Ågård", SupportBasis.CASH_BENEFIT)
    )
    desk.window.lock_action.trigger()
    sign_in(qtbot, desk, "LJP")
    qtbot.waitUntil(lambda: not desk.window.locked)
    assert audit_action.isEnabled()
    audit_action.trigger()
    from ui.security.audit_view import AuditDialog

    dialog = next(d for d in desk.window.findChildren(AuditDialog))
    table = by_name(dialog, "Revisionsposter", QTableView)
    status = by_name(dialog, "Status for revisionsloggen", QLabel)
    qtbot.waitUntil(lambda: table.model().rowCount() >= 1)
    assert table.model().index(0, 3).data() == "register_citizen"
    by_name(dialog, "Kontrollér kæden", QPushButton).click()
    qtbot.waitUntil(lambda: status.text().startswith("Kæden er hel"))
    target = tmp_path / "revisionslog.csv"
    dialog.export_to(target)
    qtbot.waitUntil(lambda: status.text().startswith("Gemt:"))
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Tid;Medarbejder") and "register_citizen" in lines[1]


@arranges_data_on_the_gui_thread
def test_an_administrator_sets_a_colleagues_pin_and_a_receptionist_cannot(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> None:
    from app.security.roles import PermissionDeniedError
    from app.security.staff_secrets import StaffSecrets
    from ui.security.staff_secrets_dialog import StaffSecretsDialog

    with pytest.raises(PermissionDeniedError, match="administrere medarbejdere"):
        StaffSecrets(store.unit_of_work, cheap_passwords(), role=lambda: "receptionist").set_secret(
            "mus-aan", "9999"
        )
    desk, passwords = make_desk(qtbot, store, workstation, tmp_path, signed_in="nyr-ihc")
    staff_action = next(
        a for a in desk.window.file_menu.actions() if a.text().startswith("&Medarbejdernes")
    )
    assert staff_action.isEnabled()
    staff_action.trigger()
    dialog = next(d for d in desk.window.findChildren(StaffSecretsDialog))
    box = by_name(dialog, "Medarbejder", QComboBox)
    qtbot.waitUntil(lambda: box.count() >= 10)
    box.setCurrentIndex(box.findData("mus-aan"))
    by_name(dialog, "Ny adgangskode eller PIN-kode", QLineEdit).setText("ny-kode-42")
    by_name(dialog, "Gentag adgangskoden", QLineEdit).setText("ny-kode-42")
    by_name(dialog, "Gem adgangskode", QPushButton).click()
    status = by_name(dialog, "Status for adgangskoden", QLabel)
    qtbot.waitUntil(lambda: status.text().startswith("Adgangskoden er gemt"))
    with store.unit_of_work() as uow:
        credential = uow.credentials.get("mus-aan")
    assert credential is not None and passwords.verify(credential.secret_hash, "ny-kode-42")
    dialog.close()
    desk.window.lock_action.trigger()
    sign_in(qtbot, desk, "BBJ")
    qtbot.waitUntil(lambda: not desk.window.locked)
    assert not staff_action.isEnabled()  # a receptionist does not manage staff


@arranges_data_on_the_gui_thread
def test_an_administrator_sets_the_retention_and_removes_what_is_older(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> None:
    import datetime as dt

    from app.security.audit_query import retention_days
    from app.security.audit_trail import AuditTrail
    from ui.security.audit_view import AuditDialog

    old = AuditTrail(
        store.unit_of_work,
        workstation_id=workstation.workstation_id,
        site_code="MUS",
        staff_id=lambda: "mus-bbj",
        clock=lambda: dt.datetime.now(dt.UTC) - dt.timedelta(days=400),
    )
    old.viewed_citizen("c-old", "Henvendelse")
    desk, _ = make_desk(qtbot, store, workstation, tmp_path, signed_in="mus-ljp")
    audit_action = next(
        a for a in desk.window.file_menu.actions() if a.text().startswith("&Revisionslog")
    )
    audit_action.trigger()
    supervisors = next(d for d in desk.window.findChildren(AuditDialog))
    assert not hasattr(supervisors, "purge_button")  # a supervisor reads, does not delete
    supervisors.close()
    supervisors.deleteLater()
    desk.window.lock_action.trigger()
    sign_in(qtbot, desk, "IHC")
    qtbot.waitUntil(lambda: not desk.window.locked)
    audit_action.trigger()
    dialog = next(d for d in desk.window.findChildren(AuditDialog) if d.isVisible())
    by_name(dialog, "Opbevaringstid i dage", QSpinBox).setValue(365)
    by_name(dialog, "Slet udløbne poster", QPushButton).click()
    status = by_name(dialog, "Status for revisionsloggen", QLabel)
    qtbot.waitUntil(lambda: "1 poster ældre end 365 dage er slettet" in status.text())
    assert retention_days(store.settings) == 365
    with store.unit_of_work() as uow:
        left = list(uow.audit.chain(workstation.workstation_id))
    assert "c-old" not in [e.citizen_id for e in left]
    assert verify_all(store)  # what is left still verifies from the anchor


def verify_all(store: LocalStore) -> bool:
    from app.security.audit_query import AuditQueryService

    return AuditQueryService(store.unit_of_work, role=lambda: "administrator").verify().intact


@pytest.mark.parametrize("text_px", [15, 26])
def test_the_sign_in_fields_are_tall_enough_for_their_text(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path, text_px: int
) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.theme import stylesheet

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(stylesheet(text_px))
    try:
        desk, _ = make_desk(qtbot, store, workstation, tmp_path)
        desk.window.resize(1024, 700)
        user = by_name(desk.lock_screen, "Brugernavn", QLineEdit)
        secret = by_name(desk.lock_screen, "Adgangskode eller PIN-kode", QLineEdit)
        for field in (user, secret):  # focused or not: no descender cut («BBJ»)
            field.setFocus()
            qtbot.waitUntil(field.hasFocus)
            qtbot.waitUntil(lambda f=field: f.height() >= f.sizeHint().height())
        desk.runner.shutdown()
    finally:
        app.setStyleSheet(before)


@arranges_data_on_the_gui_thread
def test_one_enter_in_the_purpose_shows_the_cpr(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    desk, _ = make_desk(qtbot, store, workstation, tmp_path, signed_in="mus-bbj")
    desk.registration._service.register_citizen(  # noqa: SLF001
        NewCitizen("211062-5629", "Søren", "Ågård", SupportBasis.CASH_BENEFIT)
    )
    search = by_name(desk.registration, "CPR-nummer eller navn", QLineEdit)
    qtbot.waitUntil(search.hasFocus)

    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    QTest.keyClicks(focused(), "2110625629")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    cpr_label = by_name(desk.registration, "CPR-nummer", QLabel)
    qtbot.waitUntil(lambda: cpr_label.text() == "211062-xxxx")
    QTest.keyClick(focused(), Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # «&Vis CPR»
    qtbot.waitUntil(lambda: desk.registration.card.reveal_dialog is not None)
    dialog = desk.registration.card.reveal_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    QTest.keyClick(focused(), Qt.Key.Key_Return)  # the first purpose, one Enter
    qtbot.waitUntil(lambda: cpr_label.text() == "211062-5629")
