"""The road a ticket takes to the workstation's printer.

The printer is chosen once per workstation (ui/printing/printer_dialog.py) and kept in
the store's settings, read and written through the desk's background runner; IT's
skranke.ini may preset it. A PDF and a system printer are painted on the GUI thread
(QPainter must be; both only hand a job over); an ESC/POS printer on the network or USB
is sent to on its own print thread, so a printer that does not answer never freezes the
desk. Either way the answer comes back on the GUI thread, to `on_done` or `on_error`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.ports import SettingsStore
from app.printing import (
    PDF_PRINTER,
    PrinterKind,
    PrinterSpec,
    remember_printer,
    remembered_printer,
)
from ui.background import BackgroundRunner
from ui.printing.errors import PrinterError, describe
from ui.printing.escpos_ticket import send_escpos
from ui.printing.paint import print_pdf, print_system
from ui.printing.ticket_text import TicketText

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Printed:
    spec: PrinterSpec
    pdf_path: Path | None = None  # where the PDF went, for the PDF printer


OnPrinted = Callable[[Printed], None]
OnError = Callable[[BaseException], None]


class TicketPrinter(QObject):
    changed = Signal(object)  # PrinterSpec: the printer tickets go to from now on
    unseen_failure = Signal(str)  # a failed print nobody had in front of them (status bar)

    def __init__(self, pdf_folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pdf_folder = pdf_folder
        self._spec = PDF_PRINTER
        self._preset: PrinterSpec | None = None
        self._runner: BackgroundRunner | None = None
        self._settings: SettingsStore | None = None
        self._line: BackgroundRunner | None = None  # the print thread, started when needed

    @property
    def spec(self) -> PrinterSpec:
        return self._spec

    @property
    def preset(self) -> PrinterSpec | None:
        """IT's printer from skranke.ini, if it names one."""
        return self._preset

    def describe(self, spec: PrinterSpec | None = None) -> str:
        return describe(spec or self._spec, str(self.pdf_folder))

    def use_settings(
        self, runner: BackgroundRunner, settings: SettingsStore, preset: PrinterSpec | None = None
    ) -> None:
        """Print on the printer this workstation chose (else IT's preset, else PDF). Read
        through `runner`: a ticket issued through it afterwards finds the choice in place."""
        self._runner, self._settings, self._preset = runner, settings, preset
        if preset is not None:
            self._set_spec(preset)
        runner.run(lambda: remembered_printer(settings, preset), self._set_spec, owner=self)

    def choose(
        self,
        spec: PrinterSpec,
        on_saved: Callable[[], None],
        on_error: OnError,
        owner: QObject | None = None,
    ) -> None:
        """Print on `spec` from now on, remembered in this workstation's store."""
        if self._runner is None or self._settings is None:  # a desk without a store
            self._set_spec(spec)
            on_saved()
            return
        settings = self._settings

        def saved(_none: None) -> None:
            self._set_spec(spec)
            on_saved()

        self._runner.run(lambda: remember_printer(settings, spec), saved, on_error, owner)

    def print_ticket(
        self,
        text: TicketText,
        on_done: OnPrinted,
        on_error: OnError,
        owner: QObject | None = None,
        spec: PrinterSpec | None = None,
    ) -> None:
        """Print `text` on `spec` (the chosen printer by default), without a print dialog."""
        spec = spec or self._spec
        if spec.kind in (PrinterKind.ESCPOS_NET, PrinterKind.ESCPOS_USB):
            self._print_line().run(
                lambda: send_escpos(spec, text),
                lambda _none: on_done(Printed(spec)),
                lambda error: self._failed(spec, error, on_error),
                owner,
            )
            return
        try:
            if spec.kind is PrinterKind.SYSTEM:
                print_system(text, spec)
                printed = Printed(spec)
            else:
                printed = Printed(spec, print_pdf(text, self.pdf_folder))
        except PrinterError as error:
            self._failed(spec, error, on_error)
        except Exception as error:  # noqa: BLE001 - a defect: logged with its traceback, shown
            log.error("printing a ticket on %s failed", spec.text, exc_info=error)
            on_error(error)
        else:
            on_done(printed)

    def shutdown(self) -> None:
        """Let a ticket on its way to the printer finish, then stop the print thread."""
        if self._line is not None:
            self._line.shutdown()

    def _print_line(self) -> BackgroundRunner:
        if self._line is None:
            self._line = BackgroundRunner(self)  # a worker of its own, not the store's
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self.shutdown)
        return self._line

    def _failed(self, spec: PrinterSpec, error: BaseException, on_error: OnError) -> None:
        if isinstance(error, PrinterError):
            log.warning("ticket not printed on %s: %s", spec.text, error.message)
        on_error(error)

    def _set_spec(self, spec: PrinterSpec) -> None:
        self._spec = spec
        self.changed.emit(spec)
