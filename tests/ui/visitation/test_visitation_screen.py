"""The visitation screen driven by keyboard, as a receptionist would, on a real store."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from argon2 import PasswordHasher, Type
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.entities import SupportBasis
from app.registration import NewCitizen
from app.security.demo_credentials import demo_key, seed_demo_credentials
from app.security.passwords import Passwords
from app.security.sign_in import Approver, LocalPasswordAuthenticator, SignInService
from app.security.staff_proof import approved_by
from app.visitation.records import MeetingKind
from tests.app.visitation.conftest import VisitationDesk
from tests.ui.visitation.conftest import Keyboard, find, finish
from ui.background import BackgroundRunner
from ui.visitation.categorisation_page import CategorisationPage
from ui.visitation.orientation_page import OrientationPage
from ui.visitation.referral_page import ReferralPage
from ui.visitation.visitation_screen import VisitationScreen

# The offscreen platform warns when a top-level window is shown; nothing else may warn.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ENTER = Qt.Key.Key_Return
ALT = Qt.KeyboardModifier.AltModifier


def approvals(desk: VisitationDesk) -> Callable[[str, str], Approver]:
    """Supervisors sign in at this desk with the demo PIN, as the composition wires it."""
    passwords = Passwords(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID))
    seed_demo_credentials(desk.store.unit_of_work, passwords)
    authenticator = LocalPasswordAuthenticator(desk.store.unit_of_work, passwords)
    service = SignInService(desk.store.unit_of_work, authenticator, site_code="MUS")
    return lambda user, secret: service.approver(
        user, secret, action="approve_kastebold_override", acting="mus-bbj"
    )


def open_screen(
    qtbot: QtBot, desk: VisitationDesk, citizen_id: str, runner: BackgroundRunner
) -> VisitationScreen:
    screen = VisitationScreen(desk.visitation, runner, approvals(desk))
    qtbot.addWidget(screen)
    screen.resize(900, 700)
    screen.show()
    screen.activateWindow()
    qtbot.waitExposed(screen)
    screen.start(citizen_id)
    qtbot.waitUntil(lambda: screen.ready and QApplication.focusWidget() is not None)
    return screen


def error_text(screen: VisitationScreen) -> str:
    return find(screen, QLabel, "Fejlbesked").text()  # type: ignore[attr-defined, no-any-return]


def test_a_new_uninsured_walk_in_is_visited_booked_and_ticketed_in_five_keystrokes(
    qtbot: QtBot, desk: VisitationDesk, keyboard: Keyboard, runner: BackgroundRunner
) -> None:
    # The registration screen's part: the CPR is scanned, unknown, and the citizen registered.
    _cpr, card = desk.registration.find_by_cpr("0707901234")
    assert card is None
    citizen = desk.registration.register_citizen(
        NewCitizen("0707901234", "Nadia", "Søndergård", SupportBasis.CASH_BENEFIT)
    )
    screen = open_screen(qtbot, desk, citizen.id, runner)
    assert isinstance(screen.current_page(), CategorisationPage)
    assert (
        keyboard.focus().accessibleName()
        == "Kan borgeren tage et ordinært job inden for 3 måneder?"
    )

    keyboard.type("j")  # «Ja»: the scheme suggests Jobparat
    assert find(screen, QComboBox, "Kategori").currentData() == "jobparat"  # type: ignore[attr-defined]
    keyboard.key(ENTER)
    assert isinstance(screen.current_page(), OrientationPage)
    keyboard.key(Qt.Key.Key_K, ALT)  # «Kryds alle af»: every point explicitly given
    keyboard.key(ENTER)
    assert isinstance(screen.current_page(), ReferralPage)
    assert (
        find(screen, QComboBox, "Henvis til").currentText()
        == "Gruppemøde (jobmøde/CV-møde) (Musvågevej)"
    )  # type: ignore[attr-defined]
    assert find(screen, QComboBox, "Billet til kø i dag").currentData() == "aftale"  # type: ignore[attr-defined]
    table = find(screen, QTableView, "Møder med ledige pladser")
    assert table.selectionModel().selectedRows()[0].row() == 0  # type: ignore[attr-defined]

    assert finish(qtbot, screen, keyboard) == [
        citizen.id,
        "aftale",
    ]  # Enter, and Enter on the summary
    assert (keyboard.presses, keyboard.keys_down) == (6, 7), keyboard.log

    # The registration flow issues the ticket for the interview queue.
    receipt = desk.registration.issue_ticket(citizen.id, "aftale")
    assert (receipt.number, receipt.service_name) == ("A1-001", "Aftalt møde")
    with desk.store.unit_of_work() as uow:
        [decision] = uow.visitation.decisions_for(citizen.id)
        [booking] = uow.visitation.bookings_for(citizen.id)
        session = uow.visitation.session(booking.session_id)
    assert (decision.category, decision.staff_id) == ("jobparat", "mus-bbj")
    assert session is not None and session.kind is MeetingKind.JOB_MEETING


def test_a_skipped_point_needs_a_reason_in_the_screen(
    qtbot: QtBot, desk: VisitationDesk, keyboard: Keyboard, runner: BackgroundRunner
) -> None:
    screen = open_screen(qtbot, desk, desk.citizen().id, runner)
    keyboard.type("j")
    keyboard.key(ENTER)
    keyboard.key(Qt.Key.Key_K, ALT)
    keyboard.key(Qt.Key.Key_Tab)
    keyboard.key(Qt.Key.Key_Tab)  # the ticks come first in the tab order: third is the CV
    assert keyboard.focus() is find(
        screen, QCheckBox, "CV på Jobnet skal oprettes og holdes opdateret"
    )
    keyboard.key(Qt.Key.Key_Space)  # untick: the CV was not discussed
    keyboard.key(ENTER)
    assert isinstance(screen.current_page(), OrientationPage)  # refused, not skipped silently
    assert "CV på Jobnet" in error_text(screen)
    assert keyboard.focus() is find(
        screen,
        QLineEdit,
        "Begrundelse for at springe over: CV på Jobnet skal oprettes og holdes opdateret",
    )
    keyboard.type("Ingen MitID")
    keyboard.key(ENTER)
    assert isinstance(screen.current_page(), ReferralPage)
    assert (keyboard.presses, keyboard.keys_down) == (19, 24), keyboard.log  # 11 are the reason


def test_an_override_needs_a_reason_before_moving_on(
    qtbot: QtBot, desk: VisitationDesk, keyboard: Keyboard, runner: BackgroundRunner
) -> None:
    screen = open_screen(qtbot, desk, desk.citizen().id, runner)
    keyboard.type("n")  # «Nej»: suggests Aktivitetsparat
    category = find(screen, QComboBox, "Kategori")
    category.setFocus()
    keyboard.type("j")  # the receptionist chooses Jobparat anyway
    keyboard.key(ENTER)
    assert isinstance(screen.current_page(), CategorisationPage)
    assert "begrundelse" in error_text(screen)
    assert keyboard.focus() is find(screen, QLineEdit, "Begrundelse for kategorien")
    keyboard.type("Har job fra 1/12")
    keyboard.key(ENTER)
    assert isinstance(screen.current_page(), OrientationPage)


def test_a_full_meeting_offers_the_next_one_and_enter_books_it(
    qtbot: QtBot, desk: VisitationDesk, keyboard: Keyboard, runner: BackgroundRunner
) -> None:
    citizen = desk.citizen()
    screen = open_screen(qtbot, desk, citizen.id, runner)
    keyboard.type("j")
    keyboard.key(ENTER)
    keyboard.key(Qt.Key.Key_K, ALT)
    keyboard.key(ENTER)
    first, second = desk.visitation.sessions_for_booking(MeetingKind.JOB_MEETING)[:2]
    with desk.store.unit_of_work() as uow:  # meanwhile another desk fills the first session
        uow.session.execute(
            text("UPDATE group_session SET capacity = 1 WHERE id = :s"), {"s": first.id}
        )
        uow.commit()
    desk.visitation.book(desk.citizen().id, first.id)
    keyboard.key(ENTER)
    qtbot.waitUntil(lambda: screen.ready)  # refused on the store's thread: the screen answers
    assert "fuldt booket. Næste ledige" in error_text(screen)
    table = find(screen, QTableView, "Møder med ledige pladser")
    assert table.selectionModel().selectedRows()[0].row() == 1  # type: ignore[attr-defined]
    finish(qtbot, screen, keyboard)
    with desk.store.unit_of_work() as uow:
        [booking] = uow.visitation.bookings_for(citizen.id)
    assert booking.session_id == second.id


def test_a_held_referral_asks_for_a_supervisor_and_a_reason(
    qtbot: QtBot, desk: VisitationDesk, keyboard: Keyboard, runner: BackgroundRunner
) -> None:
    citizen = desk.registration.register_citizen(  # born 1 January 2003: 23 years old
        NewCitizen("0101034321", "Sami", "Østergård", SupportBasis.CASH_BENEFIT)
    )
    desk.referrals.refer(citizen.id, "sprog_integration", move_anchor=True)
    desk.clock.advance(days=1)
    desk.referrals.refer(citizen.id, "mvu_lvu", move_anchor=True)
    desk.clock.advance(days=1)
    screen = open_screen(qtbot, desk, citizen.id, runner)
    assert (
        "forankret hos MVU/LVU (videregående uddannelse) (Nyropsgade)"
        in find(screen, QLabel, "Borger").text()
    )  # type: ignore[attr-defined]
    assert keyboard.focus() is find(  # under 30 by the CPR: the education part is asked
        screen, QComboBox, "Er borgeren under 30 år uden erhvervskompetencegivende uddannelse?"
    )
    keyboard.type("j")
    keyboard.key(Qt.Key.Key_Tab)
    keyboard.type("j")  # can start an education: uddannelsesparat → Unge og Uddannelse
    keyboard.key(ENTER)
    keyboard.key(Qt.Key.Key_K, ALT)
    keyboard.key(ENTER)
    assert find(screen, QCheckBox, "Flyt forankringen").isChecked()  # type: ignore[attr-defined]
    user = find(screen, QLineEdit, "Lederens brugernavn")
    assert user.isVisible()
    keyboard.key(ENTER)  # nobody signed in for the approval: held, nothing recorded
    qtbot.waitUntil(lambda: screen.ready)
    assert "kræver en leders godkendelse" in error_text(screen)
    assert keyboard.focus() is user
    keyboard.type("LJP")
    keyboard.key(Qt.Key.Key_Tab)
    keyboard.type("4321")  # a wrong PIN
    keyboard.key(ENTER)
    qtbot.waitUntil(lambda: screen.ready)
    assert "Forkert brugernavn eller adgangskode" in error_text(screen)
    assert keyboard.focus() is user
    keyboard.type("BBJ")  # the receptionist herself is no supervisor
    keyboard.key(Qt.Key.Key_Tab)
    keyboard.type("1234")
    keyboard.key(ENTER)
    qtbot.waitUntil(lambda: screen.ready)
    assert "kræver en leder" in error_text(screen)
    assert keyboard.focus() is user
    assert find(screen, QLineEdit, "Lederens adgangskode").text() == ""  # a secret is not kept
    keyboard.type("LJP")
    keyboard.key(Qt.Key.Key_Tab)
    keyboard.type("1234")
    keyboard.key(ENTER)
    qtbot.waitUntil(lambda: screen.ready)
    assert "Lederens begrundelse" in error_text(screen)
    assert keyboard.focus() is find(screen, QLineEdit, "Lederens begrundelse")
    keyboard.key(Qt.Key.Key_Backtab)  # the PIN again: it was used for that one attempt
    keyboard.type("1234")
    keyboard.key(Qt.Key.Key_Tab)
    keyboard.type("Ung, ikke S&I")
    assert finish(qtbot, screen, keyboard) == [citizen.id, ""]
    latest = desk.referrals.case_summary(citizen.id).referrals[0]
    assert (latest.to_label, latest.approved_by) == ("Unge og Uddannelse (Skelbækgade)", "mus-ljp")
    with desk.store.unit_of_work() as uow:
        refer = [e for _s, e in uow.outbox.pending() if e.name == "refer_citizen"][-1]
    # The change carries both people, with the supervisor's own proof for the server.
    assert refer.staff_id == "mus-bbj" and refer.args["supervisor_id"] == "mus-ljp"
    assert refer.approval_proof == approved_by(refer, demo_key("mus-ljp")).approval_proof


def test_an_insured_citizen_gets_the_categorisation_deadline(
    qtbot: QtBot, desk: VisitationDesk, keyboard: Keyboard, runner: BackgroundRunner
) -> None:
    citizen = desk.citizen(SupportBasis.INSURED)
    screen = open_screen(qtbot, desk, citizen.id, runner)
    assert find(screen, QLabel, "Frist for kategorisering").text() == "24.02.2027"  # type: ignore[attr-defined]
    with qtbot.waitSignal(screen.visitation_completed) as completed:
        keyboard.key(ENTER)
    assert completed.args == [citizen.id, ""]
    assert desk.visitation.start(citizen.id).open_deadline is not None


def test_every_input_button_and_table_has_a_danish_accessible_name(
    qtbot: QtBot, desk: VisitationDesk, keyboard: Keyboard, runner: BackgroundRunner
) -> None:
    screen = open_screen(qtbot, desk, desk.citizen().id, runner)
    keyboard.type("j")
    keyboard.key(ENTER)
    keyboard.key(ENTER)  # refused (nothing ticked), but the referral page is not built yet
    keyboard.key(Qt.Key.Key_K, ALT)
    keyboard.key(ENTER)
    kinds = (QPushButton, QCheckBox, QComboBox, QLineEdit, QDateEdit, QTableView)
    unnamed = [
        w
        for kind in kinds
        for w in screen.findChildren(kind)
        if not _inside_compound(w) and not w.accessibleName().strip()
    ]
    assert unnamed == []


def _inside_compound(widget: QWidget) -> bool:
    """The line edit inside a combobox or date edit is part of that input, not its own."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False
