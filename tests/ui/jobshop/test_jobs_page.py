"""«Ledige job» in the whole desk, driven by keyboard as a counsellor would, on a real store:
find a vacancy by trade area, refer a walk-in registered at the desk, record the outcome."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.entities import SupportBasis
from app.jobshop.company_service import CompanyService
from app.jobshop.records import ReferralOutcome, VacancyStatus
from app.jobshop.vacancy_service import VacancyService
from app.registration import NewCitizen, RegistrationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name
from tests.ui.jobshop.keys import back_to, press, show_page
from ui.composition import Desk
from ui.jobshop.jobs_page import JobsPage
from ui.jobshop.jobshop_tab import JobshopTab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CTRL = Qt.KeyboardModifier.ControlModifier
ENTER = Qt.Key.Key_Return
SHOP = "butik_handel_kontor"


@dataclass
class Shop:
    """The job orders already in the store (placed at another desk)."""

    vacancies: VacancyService
    registration: RegistrationService
    cashier: str
    warehouse: str


@pytest.fixture
def shop(store: LocalStore, workstation: WorkstationConfig) -> Shop:
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    vacancies = VacancyService(store.unit_of_work, bus, workstation)
    company = CompanyService(store.unit_of_work, bus, workstation).register("Netto Valby")
    in_ten_days = vacancies.today() + dt.timedelta(days=10)

    def job(title: str, trade_area: str) -> str:
        return vacancies.create_vacancy(
            company_id=company, title=title, trade_area=trade_area, place="Valby",
            deadline=in_ten_days, hours="37 t/uge",
        )  # fmt: skip

    return Shop(
        vacancies,
        RegistrationService(store.unit_of_work, bus, workstation),
        job("Kassemedarbejder", SHOP),
        job("Lagermedarbejder", "industri_lager_transport_service"),
    )


@pytest.fixture
def desk_data(shop: object) -> object:
    return shop  # in the store before the desk opens


def open_jobs(qtbot: QtBot, desk: Desk) -> JobsPage:
    page = show_page(desk, JobsPage)
    qtbot.waitUntil(lambda: by_name(page, "Branche", QComboBox).count() > 1)
    return page


def titles(page: JobsPage) -> list[str]:
    model = by_name(page, "Ledige job", QTableView).model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def choose_first_job(qtbot: QtBot, page: JobsPage, title: str) -> None:
    """Ctrl+F, Enter: the list; Enter on the row: the job's actions."""
    press(Qt.Key.Key_F, CTRL)
    assert by_name(page, "Søg i ledige job", QLineEdit).hasFocus()
    press(ENTER)
    table = by_name(page, "Ledige job", QTableView)
    qtbot.waitUntil(table.hasFocus)
    press(ENTER)
    refer = by_name(page, "Henvis borger", QPushButton)
    qtbot.waitUntil(lambda: by_name(page, "Jobbets titel", QLabel).text() == title)
    qtbot.waitUntil(refer.hasFocus)


def visible(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window())


def register_walk_in_at_desk(qtbot: QtBot, desk: Desk) -> None:
    screen = desk.registration
    field = by_name(screen, "CPR-nummer eller navn", QLineEdit)
    qtbot.keyClicks(field, "0707901234")
    qtbot.keyClick(field, ENTER)
    given = by_name(screen, "Fornavn", QLineEdit)
    qtbot.waitUntil(given.hasFocus)
    qtbot.keyClicks(given, "Nadia")
    qtbot.keyClicks(by_name(screen, "Efternavn", QLineEdit), "Søndergård")
    basis = by_name(screen, "Forsørgelsesgrundlag", QComboBox)
    basis.setCurrentIndex(basis.findData(SupportBasis.CASH_BENEFIT.value))
    qtbot.keyClick(by_name(screen, "Efternavn", QLineEdit), ENTER)
    name = by_name(screen, "Borgerens navn", QLabel)
    qtbot.waitUntil(lambda: name.text() == "Nadia Søndergård" and visible(name))


@arranges_data_on_the_gui_thread
def test_counsellor_finds_by_trade_area_refers_a_walk_in_and_records_the_outcome(
    qtbot: QtBot, desk: Desk, shop: Shop
) -> None:
    register_walk_in_at_desk(qtbot, desk)

    page = open_jobs(qtbot, desk)
    qtbot.waitUntil(lambda: sorted(titles(page)) == ["Kassemedarbejder", "Lagermedarbejder"])
    trade = by_name(page, "Branche", QComboBox)
    assert trade.itemText(0) == "Alle brancher"
    trade.setFocus()
    trade.setCurrentIndex(trade.findData(SHOP))
    qtbot.waitUntil(lambda: titles(page) == ["Kassemedarbejder"])
    choose_first_job(qtbot, page, "Kassemedarbejder")

    press(Qt.Key.Key_H, CTRL)  # «Henvis borger …»: the walk-in open at the desk is suggested
    qtbot.waitUntil(lambda: page.detail.refer_dialog is not None)
    dialog = page.detail.refer_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert by_name(dialog, "Valgt borger", QLabel).text().startswith("Henvises: Nadia Søndergård")
    qtbot.waitUntil(by_name(dialog, "Bemærkning til henvisningen", QLineEdit).hasFocus)
    QTest.keyClicks(QApplication.focusWidget(), "Har erfaring fra Fakta")
    press(ENTER)
    referrals = by_name(page, "Henvisninger til jobbet", QTableView)
    qtbot.waitUntil(lambda: not dialog.isVisible() and referrals.model().rowCount() == 1)
    assert referrals.model().index(0, 0).data() == "Nadia Søndergård"
    assert referrals.model().index(0, 2).data() == "Afventer svar"

    # Later: the company answered. The referral is chosen and its outcome recorded.
    back_to(qtbot, desk)
    referrals.setFocus()
    referrals.selectRow(0)
    press(Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: page.detail.outcome_dialog is not None)
    outcome = page.detail.outcome_dialog
    assert outcome is not None
    qtbot.waitUntil(outcome.isVisible)
    combo = by_name(outcome, "Resultat", QComboBox)
    combo.setCurrentIndex(combo.findData(ReferralOutcome.HIRED.value))
    qtbot.keyClicks(by_name(outcome, "Bemærkning til resultatet", QLineEdit), "Starter 1. dec.")
    qtbot.keyClick(by_name(outcome, "Bemærkning til resultatet", QLineEdit), ENTER)
    qtbot.waitUntil(lambda: referrals.model().index(0, 2).data() == "Ansat")
    assert referrals.model().index(0, 3).data() == "Starter 1. dec."
    assert "Alle stillinger er besat" in by_name(page, "Jobbets besked", QLabel).text()
    back_to(qtbot, desk)

    # The store has it: the referral with its outcome, and the one position filled.
    (line,) = shop.vacancies.referrals_for_citizen(desk.registration.current_citizen_id or "")
    assert line.vacancy_title == "Kassemedarbejder"
    assert line.referral.outcome is ReferralOutcome.HIRED
    assert line.referral.outcome_by == "mus-aan"
    assert line.referral.note == "Har erfaring fra Fakta"
    detail = shop.vacancies.detail(shop.cashier)
    assert detail is not None and detail.line.status is VacancyStatus.FILLED
    qtbot.waitUntil(lambda: titles(page) == [])  # a filled job leaves the list …
    by_name(page, "Vis også besatte og udløbne").setFocus()
    press(Qt.Key.Key_Space)  # … and shows again with the closed ones
    qtbot.waitUntil(lambda: titles(page) == ["Kassemedarbejder"])
    status = by_name(page, "Ledige job", QTableView).model().index(0, 7).data()
    assert status == "Besat"


@arranges_data_on_the_gui_thread
def test_a_double_referral_is_refused_in_danish_and_the_dialog_keeps_the_input(
    qtbot: QtBot, desk: Desk, shop: Shop
) -> None:
    nadia = shop.registration.register_citizen(
        NewCitizen("0707901234", "Nadia", "Søndergård", SupportBasis.CASH_BENEFIT)
    )
    shop.vacancies.refer(nadia.id, shop.warehouse)
    page = open_jobs(qtbot, desk)
    by_name(page, "Søg i ledige job", QLineEdit).setFocus()
    qtbot.keyClicks(by_name(page, "Søg i ledige job", QLineEdit), "lager")
    qtbot.waitUntil(lambda: titles(page) == ["Lagermedarbejder"])
    choose_first_job(qtbot, page, "Lagermedarbejder")
    referrals = by_name(page, "Henvisninger til jobbet", QTableView)
    qtbot.waitUntil(lambda: referrals.model().rowCount() == 1)

    press(Qt.Key.Key_H, CTRL)
    qtbot.waitUntil(lambda: page.detail.refer_dialog is not None)
    dialog = page.detail.refer_dialog
    assert dialog is not None
    search = by_name(dialog, "Søg borger", QLineEdit)
    qtbot.waitUntil(search.hasFocus)  # nobody open at the desk: find the citizen by name
    QTest.keyClicks(search, "nadia")
    press(ENTER)  # to the hits, not to «Henvis»
    hits = by_name(dialog, "Fundne borgere", QTableView)
    qtbot.waitUntil(hits.hasFocus)
    assert dialog.isVisible()
    press(ENTER)
    note = by_name(dialog, "Bemærkning til henvisningen", QLineEdit)
    qtbot.waitUntil(note.hasFocus)
    QTest.keyClicks(note, "Anden gang")
    press(ENTER)

    error = by_name(dialog, "Fejl ved henvisning", QLabel)
    qtbot.waitUntil(lambda: error.text() != "")
    today = shop.vacancies.today()
    assert error.text() == (
        f"Nadia Søndergård er allerede henvist til «Lagermedarbejder» (den {today:%d.%m.%Y})."
    )
    assert dialog.isVisible()
    assert note.text() == "Anden gang" and search.text() == "nadia"
    assert by_name(dialog, "Valgt borger", QLabel).text().startswith("Henvises: Nadia Søndergård")
    assert by_name(dialog, "Henvis", QPushButton).isEnabled()
    assert len(shop.vacancies.referrals_for_citizen(nadia.id)) == 1


@arranges_data_on_the_gui_thread
def test_turning_the_screen_toward_the_citizen_hides_the_internal_fields(
    qtbot: QtBot, desk: Desk, shop: Shop
) -> None:
    nadia = shop.registration.register_citizen(
        NewCitizen("0707901234", "Nadia", "Søndergård", SupportBasis.CASH_BENEFIT)
    )
    page = open_jobs(qtbot, desk)
    page.preselect_citizen((nadia.id, "Nadia Søndergård (070790-xxxx)"))
    qtbot.waitUntil(lambda: len(titles(page)) == 2)
    choose_first_job(qtbot, page, "Kassemedarbejder")
    model = by_name(page, "Ledige job", QTableView).model()
    assert "Kontaktkonsulent" in [model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
    internal = [
        by_name(page, "Jobbets kontaktkonsulent", QLabel),
        by_name(page, "Henvisninger til jobbet", QTableView),
        by_name(page, "Henvis borger", QPushButton),
        by_name(page, "Borger der henvises", QLabel),
        by_name(page, "Opret job", QPushButton),
    ]
    assert all(visible(w) for w in internal)

    press(Qt.Key.Key_F9)
    toggle = by_name(page, "Vend skærmen mod borgeren", QPushButton)
    qtbot.waitUntil(toggle.isChecked)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Stilling", "Virksomhed", "Branche", "Arbejdssted", "Arbejdstid",
        "Ansøgningsfrist", "Stillinger", "Status",
    ]  # fmt: skip
    assert not any(visible(w) for w in internal)
    assert by_name(page, "Jobbets titel", QLabel).text() == "Kassemedarbejder"  # still chosen
    assert visible(by_name(page, "Jobbets arbejdstid", QLabel))

    press(Qt.Key.Key_F9)  # and back to the counsellor
    qtbot.waitUntil(lambda: not toggle.isChecked())
    assert model.columnCount() == 9
    assert all(visible(w) for w in internal)


@arranges_data_on_the_gui_thread
def test_create_job_refuses_a_past_deadline_in_danish_and_keeps_what_was_typed(
    qtbot: QtBot, desk: Desk, shop: Shop
) -> None:
    page = open_jobs(qtbot, desk)
    press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: page.form_dialog is not None)
    dialog = page.form_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    company = by_name(dialog, "Virksomhed", QComboBox)
    qtbot.waitUntil(lambda: company.currentText() == "Netto Valby")
    deadline = by_name(dialog, "Ansøgningsfrist", QDateEdit)
    today = shop.vacancies.today()
    assert deadline.date().toPython() == today + dt.timedelta(days=14)
    assert by_name(dialog, "Antal stillinger", QSpinBox).value() == 1
    qtbot.keyClicks(by_name(dialog, "Stillingsbetegnelse", QLineEdit), "Butiksassistent")
    trade = by_name(dialog, "Branche", QComboBox)
    trade.setCurrentIndex(trade.findData(SHOP))
    qtbot.keyClicks(by_name(dialog, "Arbejdssted", QLineEdit), "Vesterbro")
    yesterday = today - dt.timedelta(days=1)
    deadline.setDate(yesterday)
    qtbot.keyClick(by_name(dialog, "Arbejdssted", QLineEdit), ENTER)

    error = by_name(dialog, "Fejl ved job", QLabel)
    qtbot.waitUntil(lambda: error.text() != "")
    assert error.text() == f"Ansøgningsfristen {yesterday:%d.%m.%Y} er allerede overskredet."
    assert dialog.isVisible() and deadline.hasFocus()
    assert by_name(dialog, "Stillingsbetegnelse", QLineEdit).text() == "Butiksassistent"
    assert by_name(dialog, "Arbejdssted", QLineEdit).text() == "Vesterbro"
    assert trade.currentData() == SHOP

    deadline.setDate(today + dt.timedelta(days=7))  # corrected, and saved
    qtbot.mouseClick(by_name(dialog, "Opret job", QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: by_name(page, "Jobbets titel", QLabel).text() == "Butiksassistent")
    assert "Butiksassistent" in titles(page)
    (found,) = shop.vacancies.search("butiksassistent")
    assert found.vacancy.company_name == "Netto Valby" and found.vacancy.positions == 1


@arranges_data_on_the_gui_thread
def test_the_citizen_card_shows_job_referrals_and_wishes_and_refers_to_a_job(
    qtbot: QtBot, desk: Desk, shop: Shop
) -> None:
    nadia = shop.registration.register_citizen(
        NewCitizen("0707901234", "Nadia", "Søndergård", SupportBasis.CASH_BENEFIT)
    )
    shop.vacancies.refer(nadia.id, shop.warehouse)
    screen = desk.registration
    field = by_name(screen, "CPR-nummer eller navn", QLineEdit)
    qtbot.keyClicks(field, "0707901234")
    qtbot.keyClick(field, ENTER)
    jobs = by_name(screen, "Borgerens jobhenvisninger", QTableView)
    qtbot.waitUntil(lambda: jobs.model().rowCount() == 1 and visible(jobs))
    assert jobs.model().index(0, 0).data() == "Lagermedarbejder"
    wishes = by_name(screen, "Borgerens jobønsker", QListWidget)
    assert wishes.count() > 3
    sosu = next(wishes.item(i) for i in range(wishes.count()) if "SOSU" in wishes.item(i).text())
    sosu.setCheckState(Qt.CheckState.Checked)
    kvik = desk.window.findChild(JobsPage)._services.kvik  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: kvik.job_wishes(nadia.id) == ["sosu"])

    press(Qt.Key.Key_F8)  # «Henvis til job …»
    page = desk.window.findChild(JobsPage)
    assert page is not None
    qtbot.waitUntil(lambda: desk.window.tabs.currentWidget() is desk.window.findChild(JobshopTab))
    banner = by_name(page, "Borger der henvises", QLabel)
    assert banner.text().startswith("Henviser: Nadia Søndergård")
    assert page.citizen_for_referral() is not None
    assert page.citizen_for_referral()[0] == nadia.id  # type: ignore[index]


@arranges_data_on_the_gui_thread
def test_edit_a_job_and_mark_it_filled(qtbot: QtBot, desk: Desk, shop: Shop) -> None:
    page = open_jobs(qtbot, desk)
    qtbot.waitUntil(lambda: len(titles(page)) == 2)
    choose_first_job(qtbot, page, "Kassemedarbejder")
    press(Qt.Key.Key_F2)  # «Ret job …»: the form comes filled in
    qtbot.waitUntil(lambda: page.detail.form_dialog is not None)
    dialog = page.detail.form_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    title = by_name(dialog, "Stillingsbetegnelse", QLineEdit)
    assert title.text() == "Kassemedarbejder"
    by_name(dialog, "Antal stillinger", QSpinBox).setValue(3)
    qtbot.keyClick(title, ENTER)
    qtbot.waitUntil(lambda: by_name(page, "Jobbets antal stillinger", QLabel).text() == "3")
    assert not dialog.isVisible()
    back_to(qtbot, desk)

    by_name(page, "Markér som besat", QPushButton).setFocus()
    press(Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: by_name(page, "Jobbets status", QLabel).text() == "Besat")
    assert not by_name(page, "Henvis borger", QPushButton).isEnabled()  # no referral to it now
    qtbot.waitUntil(lambda: titles(page) == ["Lagermedarbejder"])
    detail = shop.vacancies.detail(shop.cashier)
    assert detail is not None
    assert detail.line.status is VacancyStatus.FILLED and detail.line.vacancy.positions == 3
