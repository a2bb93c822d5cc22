"""Companies and their contact log as Qt tables (no I/O: the page hands them the rows)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.jobshop.company_service import CompanyLine, ContactLine
from app.jobshop.records import ContactSubject
from ui.formats import format_datetime
from ui.line_table import Column, LineTableModel

CONTEXT = "CompanyTables"

SUBJECTS = {
    ContactSubject.JOB_ORDER: QT_TRANSLATE_NOOP("CompanyTables", "Jobordre"),
    ContactSubject.KVIKSERVICE: QT_TRANSLATE_NOOP("CompanyTables", "Kvikservice"),
    ContactSubject.RECRUITMENT: QT_TRANSLATE_NOOP(
        "CompanyTables", "Rekruttering og opkvalificering"
    ),
    ContactSubject.FOLLOW_UP: QT_TRANSLATE_NOOP("CompanyTables", "Opfølgning på ansættelse"),
    ContactSubject.LAYOFF_NOTICE: QT_TRANSLATE_NOOP("CompanyTables", "Varsling af afskedigelser"),
    ContactSubject.PARTNERSHIP: QT_TRANSLATE_NOOP("CompanyTables", "Samarbejdsaftale"),
    ContactSubject.OTHER: QT_TRANSLATE_NOOP("CompanyTables", "Andet"),
}
# The codes the log_company_contact handler accepts, with what the desk shows.
CHANNELS = {
    "telefon": QT_TRANSLATE_NOOP("CompanyTables", "Telefon"),
    "e-mail": QT_TRANSLATE_NOOP("CompanyTables", "E-mail"),
    "besøg": QT_TRANSLATE_NOOP("CompanyTables", "Besøg"),
    "møde": QT_TRANSLATE_NOOP("CompanyTables", "Møde"),
}


def _t(marked: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(marked))


def subject_label(subject: ContactSubject) -> str:
    return _t(SUBJECTS[subject])


def channel_label(channel: str) -> str:
    return _t(CHANNELS[channel]) if channel in CHANNELS else channel


def _when(line: ContactLine) -> str:
    return format_datetime(line.contact.contacted_at)


COMPANY_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("CompanyTables", "Virksomhed"), lambda c: c.company.name),
    (QT_TRANSLATE_NOOP("CompanyTables", "CVR-nummer"), lambda c: c.company.cvr),
    (QT_TRANSLATE_NOOP("CompanyTables", "Telefon"), lambda c: c.company.phone),
    (QT_TRANSLATE_NOOP("CompanyTables", "Ansvarlig konsulent"), lambda c: c.responsible_name),
]
CONTACT_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("CompanyTables", "Hvornår"), _when),
    (QT_TRANSLATE_NOOP("CompanyTables", "Hvem"), lambda c: c.staff_name),
    (QT_TRANSLATE_NOOP("CompanyTables", "Emne"), lambda c: subject_label(c.contact.subject)),
    (QT_TRANSLATE_NOOP("CompanyTables", "Kontaktform"), lambda c: channel_label(c.contact.channel)),
    (QT_TRANSLATE_NOOP("CompanyTables", "Notat"), lambda c: c.contact.note),
]


class CompanyTableModel(LineTableModel[CompanyLine]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(COMPANY_COLUMNS, CONTEXT, parent)


class ContactTableModel(LineTableModel[ContactLine]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(CONTACT_COLUMNS, CONTEXT, parent)
