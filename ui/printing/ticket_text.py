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
from ui.formats import format_datetime


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
    if receipt.expected_wait_min is not None:
        footer.append(
            QCoreApplication.translate("TicketPrinter", "Forventet ventetid: ca. %1 min").replace(
                "%1", str(receipt.expected_wait_min)
            )
        )
    return TicketText(
        heading="Jobcenter København",
        site=receipt.site_name,
        service=receipt.service_name,
        number=receipt.number,
        footer=tuple(footer),
        file_stem=f"billet-{local:%Y%m%d}-{receipt.number}",
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
