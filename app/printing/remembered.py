"""The printer this workstation prints its tickets on, kept in its store's settings.

What the desk chose wins; without a choice, IT's preset (skranke.ini's `printer`);
without either, a PDF per ticket. Call these on the store's worker thread.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from app.printing.printer_spec import PDF_PRINTER, PrinterSpec, PrinterSpecError, parse_printer_spec

if TYPE_CHECKING:  # IT's configuration reads printer specs before the sign-in page: no ports
    from app.ports import SettingsStore

PRINTER_SETTING = "ticket_printer"
log = logging.getLogger(__name__)


def remembered_printer(settings: SettingsStore, preset: PrinterSpec | None = None) -> PrinterSpec:
    stored = settings.get_setting(PRINTER_SETTING)
    if stored:
        try:
            return parse_printer_spec(stored)
        except PrinterSpecError as exc:  # written by another version: fall back, say so
            log.warning("the remembered ticket printer is not usable: %s", exc.message)
    return preset or PDF_PRINTER


def remember_printer(settings: SettingsStore, spec: PrinterSpec) -> None:
    settings.set_setting(PRINTER_SETTING, spec.text)
