"""The citizen card's «Kontaktforløb»: the target group, interviews held of due, the next due
date; Alt+I registers a held interview and the card counts it. The worklist shows the site's
share of citizens on track against the target. On a clock in 2027."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.visitation.contact_course_service import ContactCourseService
from local_cache.store import LocalStore
from tests.app.visitation.conftest import VisitationDesk, make_desk, plan_for
from tests.ui.helpers import by_name, press
from ui.background import BackgroundRunner
from ui.visitation.contact_course_section import ContactCourseSection
from ui.visitation.worklist_view import WorklistView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def shown_section(
    qtbot: QtBot, desk: VisitationDesk, runner: BackgroundRunner
) -> tuple[QWidget, ContactCourseSection]:
    window = QWidget()
    section = ContactCourseSection(ContactCourseService.beside(desk.visitation), runner, window)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window, section


def test_the_card_shows_the_course_and_alt_i_counts_a_held_interview(
    qtbot: QtBot, desk: VisitationDesk, store: LocalStore, runner: BackgroundRunner
) -> None:
    counsellor = make_desk(store, desk.clock, staff="mus-aan", counter=2)
    counsellor.clock.set(2027, 1, 4)
    citizen = counsellor.citizen()
    counsellor.visitation.complete(plan_for(counsellor, citizen))  # jobparat by default
    _window, section = shown_section(qtbot, counsellor, runner)
    _cpr, card = counsellor.registration.find_by_cpr(citizen.cpr)
    assert card is not None
    section.show_card(card)
    text = by_name(section, "Målgruppe og kontaktforløb", QLabel)
    qtbot.waitUntil(lambda: section.isVisible() and "Jobsøgningsindsats" in text.text())
    assert "Jobsamtaler: 0 af 4 holdt siden 04.01.2027" in text.text()
    assert "Næste jobsamtale senest 18.02.2027" in text.text()

    button = by_name(section, "Registrér afholdt jobsamtale", QPushButton)
    qtbot.waitUntil(button.isVisible)
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
    press(Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "1 af 4 holdt" in text.text())
    assert "Næste jobsamtale senest 03.04.2027" in text.text()
    status = by_name(section, "Status for jobsamtalen", QLabel)
    assert status.text() == "Jobsamtalen er registreret."


def test_an_insured_citizen_shows_the_target_group_without_a_course(
    qtbot: QtBot, desk: VisitationDesk, store: LocalStore, runner: BackgroundRunner
) -> None:
    desk.clock.set(2027, 1, 2)
    citizen = desk.citizen(SupportBasis.INSURED)
    _window, section = shown_section(qtbot, desk, runner)
    _cpr, card = desk.registration.find_by_cpr(citizen.cpr)
    assert card is not None
    section.show_card(card)
    text = by_name(section, "Målgruppe og kontaktforløb", QLabel)
    qtbot.waitUntil(lambda: section.isVisible() and text.text() == "Målgruppe: Dagpengeindsats")
    assert not by_name(section, "Registrér afholdt jobsamtale", QPushButton).isVisible()


def test_before_2027_the_card_shows_no_course_section(
    qtbot: QtBot, desk: VisitationDesk, runner: BackgroundRunner
) -> None:
    desk.clock.set(2026, 12, 31)
    citizen = desk.citizen()
    desk.visitation.complete(plan_for(desk, citizen, answers={"kan_tage_job": "ja"}))
    _window, section = shown_section(qtbot, desk, runner)
    _cpr, card = desk.registration.find_by_cpr(citizen.cpr)
    assert card is not None
    section.show_card(card)
    qtbot.waitUntil(lambda: not runner.busy)
    assert section.isHidden()  # no target group before the reform, no course in 2014's scheme


def test_the_worklist_shows_the_sites_share_on_track_and_f5_reads_it_again(
    qtbot: QtBot, desk: VisitationDesk, store: LocalStore, runner: BackgroundRunner
) -> None:
    counsellor = make_desk(store, desk.clock, staff="mus-aan", counter=2)
    counsellor.clock.set(2027, 1, 4)
    citizens = [counsellor.citizen() for _ in range(4)]
    for citizen in citizens:
        counsellor.visitation.complete(plan_for(counsellor, citizen))
    course = ContactCourseService.beside(counsellor.visitation)
    course.grant_exemption(citizens[0].id, "sygdom")
    view = WorklistView(counsellor.follow_ups, runner)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitExposed(view)
    share = by_name(view, "Kontaktforløb i afdelingen", QLabel)
    qtbot.waitUntil(lambda: share.isVisible() and "3 af 4" in share.text())
    assert share.text() == (
        "Kontaktforløb: 3 af 4 borgere på sporet (75 %), mål 75 %; 1 fritaget (højst 1)."
    )
    counsellor.clock.set(2027, 2, 19)  # the first due date (18.02) has passed, none held
    course.register_interview(citizens[1].id)
    table = by_name(view, "Opfølgninger der er forfaldne eller snart forfalder", QTableView)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    press(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "1 af 4" in share.text())
    assert "(25 %)" in share.text()


def test_an_exemption_is_chosen_and_given_by_keys_and_the_second_of_four_is_refused(
    qtbot: QtBot, desk: VisitationDesk, store: LocalStore, runner: BackgroundRunner
) -> None:
    counsellor = make_desk(store, desk.clock, staff="mus-aan", counter=2)
    counsellor.clock.set(2027, 1, 4)
    citizens = [counsellor.citizen() for _ in range(4)]
    for citizen in citizens:
        counsellor.visitation.complete(plan_for(counsellor, citizen))
    _window, section = shown_section(qtbot, counsellor, runner)
    text = by_name(section, "Målgruppe og kontaktforløb", QLabel)
    status = by_name(section, "Status for jobsamtalen", QLabel)
    reasons = by_name(section, "Grund til fritagelse", QComboBox)
    exempt = by_name(section, "Fritag borgeren fra jobsamtalerne", QPushButton)

    def open_card(index: int) -> None:
        _cpr, card = counsellor.registration.find_by_cpr(citizens[index].cpr)
        assert card is not None
        section.show_card(card)
        qtbot.waitUntil(lambda: exempt.isVisible() and reasons.count() == 4)
        button = by_name(section, "Registrér afholdt jobsamtale", QPushButton)
        button.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
        press(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is reasons
        press(Qt.Key.Key_Down)  # the second reason
        press(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is exempt
        press(Qt.Key.Key_Space)

    open_card(0)
    qtbot.waitUntil(lambda: "Fritaget: Ansættelse eller uddannelse er aftalt" in text.text())
    assert status.text() == "Borgeren er fritaget fra jobsamtalerne."
    assert not exempt.isVisible()  # one exemption per course

    open_card(1)
    qtbot.waitUntil(lambda: "Højst 1 ud af 4" in status.text())
    assert "Afdelingen har 1 fritaget af 4." in status.text()
    assert "Fritaget" not in text.text()
