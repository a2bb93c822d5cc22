"""Filer → Indstillinger (Ctrl+,): reads what the dialog shows on the store's worker, then
opens it; a saved idle lock takes effect at once."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.background import BackgroundRunner
from ui.printing.printer_dialog import open_printer_dialog
from ui.printing.ticket_printer import TicketPrinter
from ui.security.idle_watcher import IdleWatcher
from ui.settings.settings_dialog import DeskFacts, SettingsDialog


class SettingsAction(QObject):
    def __init__(
        self,
        window: QWidget,
        runner: BackgroundRunner,
        read_facts: Callable[[], DeskFacts],
        save_idle: Callable[[float], None],
        may_change: Callable[[], bool],
        idle: IdleWatcher,
        printer: TicketPrinter | None = None,
    ) -> None:
        super().__init__(window)
        self._window, self._runner = window, runner
        self._read_facts, self._save_idle = read_facts, save_idle
        self._may_change, self._idle, self._printer = may_change, idle, printer
        self.dialog: SettingsDialog | None = None
        self.action = QAction(QCoreApplication.translate("Desk", "&Indstillinger …"), window)
        self.action.setShortcut(QKeySequence("Ctrl+,"))
        self.action.triggered.connect(self.open)

    def open(self) -> None:
        self._runner.run(self._read_facts, self._show, owner=self._window)

    def _show(self, facts: DeskFacts) -> None:
        if self._printer is not None:
            facts = dataclasses.replace(facts, printer=self._printer.describe())
        self.dialog = SettingsDialog(
            facts,
            self._runner,
            self._save_idle,
            may_change=self._may_change(),
            open_printer=self._choose_printer if self._printer is not None else None,
            parent=self._window,
        )
        self.dialog.idle_changed.connect(
            lambda minutes: self._idle.set_timeout_ms(int(minutes * 60_000))
        )
        self.dialog.open()

    def _choose_printer(self, parent: QWidget) -> None:
        """The printer dialog over the settings; its choice shows there when it closes."""
        assert self._printer is not None
        printer, shown = self._printer, self.dialog
        chooser = open_printer_dialog(printer, parent)
        if shown is not None:
            chooser.finished.connect(lambda _result: shown.printer.setText(printer.describe()))
