"""«Virksomheder» in the whole desk on a real store, driven by keyboard: register a company,
hand it to another consultant, and log contacts — warned about a colleague's contact on
the same subject, not about one on another subject."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.entities import Staff
from app.jobshop.company_service import CompanyLine, CompanyService
from app.jobshop.records import Company, ContactSubject
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name
from tests.ui.jobshop.keys import back_to, press, show_page, wait_for_focus_in
from ui.composition import Desk
from ui.jobshop.company_contact_dialog import CompanyContactDialog
from ui.jobshop.company_detail import CompanyDetail, CompanyDetailPanel
from ui.jobshop.company_page import CompanyPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CTRL = Qt.KeyboardModifier.ControlModifier
ENTER = Qt.Key.Key_Return


@pytest.fixture
def colleague(store: LocalStore) -> CompanyService:
    """Lars at another counter of the same site, with his own desk's services."""
    ws = WorkstationConfig("ws-lars", "MUS", 2, "mus-ljp")
    return CompanyService(store.unit_of_work, CommandBus(store.unit_of_work, CATALOGUE), ws)


def open_companies(qtbot: QtBot, desk: Desk) -> CompanyPage:
    page = show_page(desk, CompanyPage)
    qtbot.waitUntil(lambda: by_name(page, "Ny ansvarlig konsulent", QComboBox).count() > 0)
    return page


def names(page: CompanyPage) -> list[str]:
    model = by_name(page, "Virksomheder", QTableView).model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def log_rows(page: CompanyPage) -> list[list[str]]:
    model = by_name(page, "Kontaktlog", QTableView).model()
    return [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]


def contact_dialog(
    qtbot: QtBot, page: CompanyPage, subject: ContactSubject, note: str, channel: str = ""
) -> CompanyContactDialog:
    """Ctrl+K on the list, the subject (and channel) chosen, the note typed, Enter pressed."""
    before = page.contact_dialog
    press(Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: page.contact_dialog not in (None, before))
    dialog = page.contact_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    subject_combo = by_name(dialog, "Emne", QComboBox)
    subject_combo.setCurrentIndex(subject_combo.findData(subject.value))
    if channel:
        channel_combo = by_name(dialog, "Kontaktform", QComboBox)
        channel_combo.setCurrentIndex(channel_combo.findData(channel))
    note_edit = by_name(dialog, "Notat om kontakten", QLineEdit)
    QTest.keyClicks(note_edit, note)
    QTest.keyClick(note_edit, ENTER)
    return dialog


@arranges_data_on_the_gui_thread
def test_register_a_company_a_wrong_cvr_is_refused_and_the_input_kept(
    qtbot: QtBot, desk: Desk, colleague: CompanyService
) -> None:
    page = open_companies(qtbot, desk)
    by_name(page, "Søg virksomhed", QLineEdit).setFocus()
    press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: page.register_dialog is not None)
    dialog = page.register_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert by_name(dialog, "Ansvarlig konsulent", QComboBox).currentData() == "mus-aan"
    name = by_name(dialog, "Virksomhedens navn", QLineEdit)
    qtbot.waitUntil(name.hasFocus)
    QTest.keyClicks(name, "Bageriet Brød")
    cvr = by_name(dialog, "CVR-nummer", QLineEdit)
    QTest.keyClicks(cvr, "12345678")
    QTest.keyClick(cvr, ENTER)

    error = by_name(dialog, "Fejl ved virksomhed", QLabel)
    qtbot.waitUntil(lambda: error.text() != "")
    assert error.text() == (
        "CVR-nummeret «12345678» er ikke gyldigt (8 cifre med korrekt kontrolciffer)."
    )
    assert dialog.isVisible() and cvr.hasFocus()
    assert name.text() == "Bageriet Brød" and cvr.text() == "12345678"

    cvr.clear()
    QTest.keyClicks(cvr, "13585628")  # a valid CVR (check digit right)
    QTest.keyClick(cvr, ENTER)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    back_to(qtbot, desk)
    qtbot.waitUntil(lambda: by_name(page, "Virksomhedens navn", QLabel).text() == "Bageriet Brød")
    assert "Bageriet Brød" in names(page)
    assert by_name(page, "Virksomhedens CVR-nummer", QLabel).text() == "13585628"
    responsible = by_name(page, "Virksomhedens ansvarlige konsulent", QLabel)
    assert responsible.text() == "Åse Andersen"

    # Handed over to Lars: Alt+A to the combo, his name typed, then Ctrl+J.
    combo = by_name(page, "Ny ansvarlig konsulent", QComboBox)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(combo.hasFocus)
    QTest.keyClicks(combo, "Lars")
    assert combo.currentData() == "mus-ljp"
    press(Qt.Key.Key_J, CTRL)
    qtbot.waitUntil(lambda: responsible.text() == "Lars Juul Pedersen")
    (line,) = colleague.companies("brød")
    assert line.company.responsible_staff_id == "mus-ljp" and line.company.cvr == "13585628"


@arranges_data_on_the_gui_thread
def test_a_colleagues_contact_on_the_same_subject_warns_before_saving(
    qtbot: QtBot, desk: Desk, colleague: CompanyService
) -> None:
    netto = colleague.register("Netto Valby")
    colleague.log_contact(
        netto, ContactSubject.KVIKSERVICE, channel="telefon", note="Tre til lager"
    )
    page = open_companies(qtbot, desk)
    qtbot.waitUntil(lambda: by_name(page, "Virksomhedens navn", QLabel).text() == "Netto Valby")
    others = by_name(page, "Kollegers seneste kontakter", QLabel)
    qtbot.waitUntil(lambda: "Lars Juul Pedersen" in others.text())
    assert "Kvikservice" in others.text()
    qtbot.waitUntil(lambda: len(log_rows(page)) == 1)
    when, who, subject, channel, note = log_rows(page)[0]
    assert (who, subject, channel, note) == (
        "Lars Juul Pedersen", "Kvikservice", "Telefon", "Tre til lager",
    )  # fmt: skip

    # The same subject: the dialog warns (who and when) and Esc cancels; nothing is logged.
    by_name(page, "Virksomheder", QTableView).setFocus()
    dialog = contact_dialog(qtbot, page, ContactSubject.KVIKSERVICE, "Spurgte til flere")
    warning = by_name(dialog, "Advarsel om kollegas kontakt", QLabel)
    qtbot.waitUntil(lambda: warning.isVisibleTo(dialog))
    assert warning.text().startswith(
        f"Lars Juul Pedersen kontaktede virksomheden om «Kvikservice» den {when} (Telefon)."
    )
    assert dialog.isVisible()
    assert by_name(dialog, "Registrér kontakten").text() == "Registrér alligevel (Enter)"
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(colleague.contact_log(netto)) == 1
    back_to(qtbot, desk)

    # Again, and this time going on: logged as warned.
    dialog = contact_dialog(qtbot, page, ContactSubject.KVIKSERVICE, "")
    warning = by_name(dialog, "Advarsel om kollegas kontakt", QLabel)
    qtbot.waitUntil(lambda: warning.isVisibleTo(dialog))
    wait_for_focus_in(qtbot, dialog)
    press(ENTER)  # the OK button has the focus: «Registrér alligevel»
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: len(log_rows(page)) == 2)
    newest = colleague.contact_log(netto)[0]
    assert newest.staff_name == "Åse Andersen" and newest.contact.warned
    back_to(qtbot, desk)


@arranges_data_on_the_gui_thread
def test_a_colleagues_contact_on_another_subject_does_not_warn(
    qtbot: QtBot, desk: Desk, colleague: CompanyService
) -> None:
    netto = colleague.register("Netto Valby")
    colleague.log_contact(netto, ContactSubject.KVIKSERVICE, channel="telefon")
    colleague.register("Irma Islands Brygge")
    page = open_companies(qtbot, desk)
    qtbot.waitUntil(lambda: len(names(page)) == 2)
    press(Qt.Key.Key_F, CTRL)  # find it by name; Enter goes to the list
    search = by_name(page, "Søg virksomhed", QLineEdit)
    qtbot.waitUntil(search.hasFocus)
    QTest.keyClicks(search, "netto")
    press(ENTER)
    qtbot.waitUntil(lambda: names(page) == ["Netto Valby"])
    assert by_name(page, "Virksomheder", QTableView).hasFocus()
    qtbot.waitUntil(lambda: len(log_rows(page)) == 1)
    dialog = contact_dialog(qtbot, page, ContactSubject.JOB_ORDER, "Ny jobordre på vej", "e-mail")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not by_name(dialog, "Advarsel om kollegas kontakt", QLabel).isVisibleTo(dialog)
    qtbot.waitUntil(lambda: len(log_rows(page)) == 2)
    assert log_rows(page)[0][1:] == ["Åse Andersen", "Jobordre", "E-mail", "Ny jobordre på vej"]
    newest = colleague.contact_log(netto)[0]
    assert newest.contact.subject is ContactSubject.JOB_ORDER and not newest.contact.warned
    back_to(qtbot, desk)


def _detail(company_id: str, responsible: str) -> CompanyDetail:
    company = Company(company_id, "Firma", "", responsible, "", dt.datetime.now(dt.UTC), "mus-aan")
    return CompanyDetail(CompanyLine(company, responsible), [], [])


def test_a_picked_consultant_outlives_a_refresh_of_the_same_company(qtbot: QtBot) -> None:
    """The staff list and the company's detail load in the background and may arrive after
    the user picked the new consultant; the pick stays until it is handed over or another
    company is shown."""
    panel = CompanyDetailPanel()
    qtbot.addWidget(panel)
    staff = [
        Staff("mus-aan", "AAN", "Åse Andersen", "counsellor", "MUS"),
        Staff("mus-ljp", "LJP", "Lars Juul Pedersen", "supervisor", "MUS"),
    ]
    panel.set_staff(staff)
    panel.show_company(_detail("firma-1", "mus-aan"))
    combo = panel.consultant_combo
    assert panel.chosen_consultant() == "mus-aan"
    combo.setCurrentIndex(combo.findData("mus-ljp"))  # the user's pick
    panel.set_staff(staff)  # the staff list arrives late
    panel.show_company(_detail("firma-1", "mus-aan"))  # so does the detail
    assert panel.chosen_consultant() == "mus-ljp"
    panel.show_company(_detail("firma-1", "mus-ljp"))  # handed over
    assert panel.chosen_consultant() == "mus-ljp"
    panel.show_company(_detail("firma-2", "mus-aan"))  # another company: its own consultant
    assert panel.chosen_consultant() == "mus-aan"
