"""What a ticket says, decided on the GUI thread (translated) and printed anywhere.

A ticket names the site, the reason for the visit, the number and when it was issued —
never the citizen: no CPR number, no name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.clock import COPENHAGEN
from app.registration import TicketReceipt
from ui.formats import format_datetime, format_time


@dataclass(frozen=True, slots=True)
class TicketText:
    heading: str  # "Jobcenter København"
    site: str
    service: str
    number: str
    footer: tuple[str, ...]
    file_stem: str  # the PDF's name without ".pdf"


def ticket_text(receipt: TicketReceipt) -> TicketText:
    local = receipt.issued_at.astimezone(COPENHAGEN)
    footer = [
        QCoreApplication.translate("TicketPrinter", "Udstedt %1 – hold øje med skærmen").replace(
            "%1", format_datetime(local)
        )
    ]
    wait = wait_line(receipt)
    if wait:
        footer.append(wait)
    return TicketText(
        heading="Jobcenter København",
        site=receipt.site_name,
        service=receipt.service_name,
        number=receipt.number,
        footer=tuple(footer),
        file_stem=f"billet-{local:%Y%m%d}-{receipt.number}",
    )


def wait_line(receipt: TicketReceipt) -> str:
    """The expected wait as the ticket (printed and on screen) reads it; "" for a walk-in
    served at once. Past closing time no minutes are promised, and before opening they
    count from opening."""
    if receipt.expected_wait_min is None:
        return ""
    minutes = str(receipt.expected_wait_min)
    if receipt.after_closing:
        return QCoreApplication.translate("TicketPrinter", "Forventet ventetid: efter lukketid")
    if receipt.opens_at is not None:
        text = QCoreApplication.translate(
            "TicketPrinter", "Forventet ventetid: ca. %1 min fra kl. %2"
        )
        return text.replace("%1", minutes).replace("%2", format_time(receipt.opens_at))
    return QCoreApplication.translate("TicketPrinter", "Forventet ventetid: ca. %1 min").replace(
        "%1", minutes
    )


def sample_ticket_text(printer_name: str, now: dt.datetime) -> TicketText:
    """The «Testudskrift» from the printer dialog: looks like a ticket, says it is none."""
    local = now.astimezone(COPENHAGEN)
    return TicketText(
        heading="Jobcenter København",
        site=QCoreApplication.translate("TicketPrinter", "Testudskrift"),
        service=printer_name,
        number="A000",
        footer=(
            QCoreApplication.translate("TicketPrinter", "Ingen billet – kun en prøve %1").replace(
                "%1", format_datetime(local)
            ),
        ),
        file_stem=f"testudskrift-{local:%Y%m%d-%H%M%S}",
    )
