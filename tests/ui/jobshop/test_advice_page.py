"""«Åben rådgivning» in the whole desk on a real store: an anonymous question logged and
listed, a citizen found by name, the citizen of the advice ticket served at this counter
coming into the form from the advice queue, and a citizen booked by phone on today's
open-advice hour chosen from the booked list by keys."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
)
from pytestqt.qtbot import QtBot

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.commands.envelope import new_id
from app.entities import SupportBasis
from app.jobshop.advice_service import AdviceService
from app.jobshop.records import AdviceTopic
from app.phone.records import CallerKind, CallOutcome, CallTopic
from app.phone.service import CallDraft, PhoneDeskService
from app.registration import NewCitizen, RegistrationService
from app.visitation.meetings import session_args
from app.visitation.records import GroupSession, MeetingKind
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name
from tests.ui.jobshop.keys import press, rows, show_page
from ui.composition import Desk
from ui.jobshop.advice_page import AdvicePage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
ENTER = Qt.Key.Key_Return
ADVICE = "aaben_raadgivning"


@dataclass
class Setup:
    advice: AdviceService
    registration: RegistrationService


@pytest.fixture
def setup(store: LocalStore, workstation: WorkstationConfig) -> Setup:
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    return Setup(
        AdviceService(store.unit_of_work, bus, workstation),
        RegistrationService(store.unit_of_work, bus, workstation),
    )


def open_advice(desk: Desk) -> AdvicePage:
    return show_page(desk, AdvicePage)


@arranges_data_on_the_gui_thread
def test_an_anonymous_question_is_logged_and_listed(qtbot: QtBot, desk: Desk, setup: Setup) -> None:
    page = open_advice(desk)
    sessions = by_name(page, "Dagens samtaler", QTableView)
    by_name(page, "Resultat af samtalen", QLineEdit).setFocus()
    press(Qt.Key.Key_S, CTRL)  # nobody chosen and not anonymous: refused in Danish
    message = by_name(page, "Rådgivningens besked", QLabel)
    qtbot.waitUntil(lambda: message.text() != "")
    assert message.text() == "Vælg borgeren, eller markér «Anonym henvendelse» (Alt+A)."
    assert by_name(page, "Søg borger til rådgivning", QLineEdit).hasFocus()
    assert setup.advice.sessions_today() == []

    press(Qt.Key.Key_A, ALT)
    anonymous = by_name(page, "Anonym henvendelse", QCheckBox)
    qtbot.waitUntil(anonymous.isChecked)
    assert not by_name(page, "Søg borger til rådgivning", QLineEdit).isEnabled()
    topic = by_name(page, "Emne for rådgivningen", QComboBox)
    assert topic.count() == 7
    topic.setCurrentIndex(topic.findData(AdviceTopic.EURES.value))
    assert by_name(page, "Varighed i minutter", QSpinBox).value() == 15
    outcome = by_name(page, "Resultat af samtalen", QLineEdit)
    outcome.setFocus()
    QTest.keyClicks(outcome, "Spurgte til arbejde i Sverige")
    QTest.keyClicks(by_name(page, "Henvist til", QLineEdit), "EURES-rådgiver")
    press(Qt.Key.Key_S, CTRL)

    qtbot.waitUntil(lambda: len(rows(sessions)) == 1)
    _at, who, subject, minutes, said, referred = rows(sessions)[0]
    assert (who, subject, minutes, said, referred) == (
        "Anonym", "EURES (arbejde i EU)", "15", "Spurgte til arbejde i Sverige", "EURES-rådgiver",
    )  # fmt: skip
    (line,) = setup.advice.sessions_today()
    assert line.session.citizen_id is None and line.session.staff_id == "mus-aan"
    assert message.text() == ""
    assert not anonymous.isChecked() and outcome.text() == ""  # ready for the next one


@arranges_data_on_the_gui_thread
def test_a_citizen_found_by_name_is_logged_with_the_session(
    qtbot: QtBot, desk: Desk, setup: Setup
) -> None:
    nadia = setup.registration.register_citizen(
        NewCitizen("0707901234", "Nadia", "Søndergård", SupportBasis.CASH_BENEFIT)
    )
    page = open_advice(desk)
    press(Qt.Key.Key_F, CTRL)
    search = by_name(page, "Søg borger til rådgivning", QLineEdit)
    qtbot.waitUntil(search.hasFocus)
    QTest.keyClicks(search, "nadia")
    press(ENTER)
    hits = by_name(page, "Fundne borgere til rådgivning", QTableView)
    qtbot.waitUntil(hits.hasFocus)
    chosen = by_name(page, "Borger i samtalen", QLabel)
    assert chosen.text() == "Borger: Nadia Søndergård (070790-xxxx)"
    by_name(page, "Varighed i minutter", QSpinBox).setValue(25)
    outcome = by_name(page, "Resultat af samtalen", QLineEdit)
    QTest.keyClicks(outcome, "CV gennemgået")
    QTest.keyClick(outcome, ENTER)  # Enter in the last fields saves
    sessions = by_name(page, "Dagens samtaler", QTableView)
    qtbot.waitUntil(lambda: len(rows(sessions)) == 1)
    assert rows(sessions)[0][1:4] == ["Nadia Søndergård", "Job og jobsøgning", "25"]
    (session,) = setup.advice.for_citizen(nadia.id)
    assert session.ticket_id is None and session.outcome == "CV gennemgået"


@arranges_data_on_the_gui_thread
def test_the_citizen_of_the_advice_ticket_served_here_comes_into_the_form(
    qtbot: QtBot, desk: Desk, setup: Setup
) -> None:
    nadia = setup.registration.register_citizen(
        NewCitizen("0707901234", "Nadia", "Søndergård", SupportBasis.CASH_BENEFIT)
    )
    omar = setup.registration.register_citizen(
        NewCitizen("0101801234", "Omar", "Hansen", SupportBasis.INSURED)
    )
    served = setup.registration.issue_ticket(nadia.id, ADVICE, serve_at_counter=1)
    waiting = setup.registration.issue_ticket(omar.id, ADVICE)
    setup.registration.issue_ticket(omar.id, "jobbutik")  # another queue: not listed

    page = open_advice(desk)
    queue = by_name(page, "Venter på åben rådgivning", QTableView)
    qtbot.waitUntil(lambda: len(rows(queue)) == 1)
    assert rows(queue)[0][0] == waiting.number
    here = by_name(page, "Rådgivningsbillet ved skranken", QLabel)
    assert here.text() == f"Betjenes ved skranke 1: {served.number} Nadia Søndergård (070790-xxxx)"
    chosen = by_name(page, "Borger i samtalen", QLabel)
    qtbot.waitUntil(lambda: chosen.text() == "Borger: Nadia Søndergård (070790-xxxx)")

    topic = by_name(page, "Emne for rådgivningen", QComboBox)
    topic.setCurrentIndex(topic.findData(AdviceTopic.EDUCATION.value))
    by_name(page, "Henvist til", QLineEdit).setFocus()
    QTest.keyClicks(by_name(page, "Henvist til", QLineEdit), "Studievalg København")
    press(Qt.Key.Key_S, CTRL)
    sessions = by_name(page, "Dagens samtaler", QTableView)
    qtbot.waitUntil(lambda: len(rows(sessions)) == 1)
    (session,) = setup.advice.for_citizen(nadia.id)
    assert session.ticket_id == served.ticket_id and session.topic is AdviceTopic.EDUCATION
    # Logged: the same ticket is not offered again when the queue is read anew.
    assert chosen.text().startswith("Ingen borger valgt")
    setup.registration.issue_ticket(nadia.id, ADVICE)  # something new to see the read land
    press(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: len(rows(queue)) == 2)
    assert chosen.text().startswith("Ingen borger valgt")


@arranges_data_on_the_gui_thread
def test_a_citizen_booked_on_todays_advice_hour_is_listed_and_chosen_by_keys(
    qtbot: QtBot, desk: Desk, setup: Setup, store: LocalStore, workstation: WorkstationConfig
) -> None:
    nadia = setup.registration.register_citizen(
        NewCitizen("0707901234", "Nadia", "Søndergård", SupportBasis.CASH_BENEFIT)
    )
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    starts = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(minutes=2)
    hour = GroupSession(new_id(), MeetingKind.OPEN_ADVICE, "MUS", "Jobbutikken", starts, capacity=6)
    bus.execute(workstation.envelope("schedule_group_meeting", 1, session_args(hour)))
    phone = PhoneDeskService(store.unit_of_work, bus, workstation)
    phone.log(
        CallDraft(
            CallerKind.CITIZEN, "070790-1234", CallTopic.APPOINTMENT, "", CallOutcome.BOOKED,
            to_site="MUS", session_id=hour.id,
        )
    )  # fmt: skip

    page = open_advice(desk)
    booked = by_name(page, "Booket til åben rådgivning i dag", QTableView)
    qtbot.waitUntil(lambda: len(rows(booked)) == 1)
    assert rows(booked)[0][1:] == ["Nadia Søndergård", "070790-xxxx"]
    by_name(page, "Resultat af samtalen", QLineEdit).setFocus()
    press(Qt.Key.Key_G, ALT)  # the list's label
    qtbot.waitUntil(booked.hasFocus)
    press(ENTER)
    chosen = by_name(page, "Borger i samtalen", QLabel)
    qtbot.waitUntil(lambda: chosen.text() == "Borger: Nadia Søndergård (070790-xxxx)")
    assert by_name(page, "Emne for rådgivningen", QComboBox).hasFocus()
    press(Qt.Key.Key_S, CTRL)
    sessions = by_name(page, "Dagens samtaler", QTableView)
    qtbot.waitUntil(lambda: len(rows(sessions)) == 1)
    (session,) = setup.advice.for_citizen(nadia.id)
    assert session.topic is AdviceTopic.JOB
