"""The counter: who is at the desk now, who waits, and one key for each move.

F2 call next · F5 call the selected ticket (or Enter on it) · F3 call again · F4 start serving · F7 transfer ·
F8 done (optionally calling the next at once) · F9 did not come.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.entities import Ticket, TicketStatus
from app.queue.service import QueueDirectory, QueueService
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay, LiveData
from ui.failures import failure_text
from ui.queue.transfer_dialog import TransferChoice, TransferDialog
from ui.queue.waiting_model import WaitingModel

COUNTER_TABLES = frozenset({"ticket", "counter_service", "staff", "counter"})
CLOCK_MS = 30_000


class CounterScreen(QWidget):
    ticket_called = Signal(object)  # Ticket

    def __init__(
        self,
        queue: QueueService,
        runner: BackgroundRunner,
        service_names: dict[str, str],
        parent: QWidget | None = None,
        *,
        changes: ChangeRelay | None = None,
    ) -> None:
        super().__init__(parent)
        self._queue = queue
        self._runner = runner
        self._current: Ticket | None = None
        self._names = service_names
        self._directory: QueueDirectory | None = None  # this site's counters and staff
        self.transfer_dialog: TransferDialog | None = None
        self.current_label = QLabel(self.tr("Ingen borger ved skranken"))
        self.current_label.setAccessibleName(self.tr("Nuværende billet"))
        self.current_label.setProperty("role", "heading")
        self.error_label = QLabel()
        self.error_label.setAccessibleName(self.tr("Fejlbesked"))
        self.error_label.setProperty("role", "error")
        self.model = WaitingModel(service_names)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Venteliste"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.buttons: dict[str, QPushButton] = {}
        actions: list[tuple[str, str, Qt.Key, Callable[[], None]]] = [
            ("call", self.tr("Kald næste (F2)"), Qt.Key.Key_F2, self.call_next),
            ("call_selected", self.tr("Kald valgte (F5)"), Qt.Key.Key_F5, self.call_selected),
            (
                "recall",
                self.tr("Kald igen (F3)"),
                Qt.Key.Key_F3,
                lambda: self._act("recall_ticket"),
            ),
            (
                "start",
                self.tr("Start betjening (F4)"),
                Qt.Key.Key_F4,
                lambda: self._act("start_serving"),
            ),
            ("transfer", self.tr("Overfør … (F7)"), Qt.Key.Key_F7, self.transfer),
            ("done", self.tr("Færdig (F8)"), Qt.Key.Key_F8, lambda: self._act("finish_ticket")),
            (
                "no_show",
                self.tr("Udeblevet (F9)"),
                Qt.Key.Key_F9,
                lambda: self._act("mark_no_show"),
            ),
        ]
        row = QHBoxLayout()
        for key, text, shortcut, slot in actions:
            button = QPushButton(text)
            button.setAccessibleName(text.split(" (")[0])
            button.setShortcut(QKeySequence(shortcut))
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        self.auto_call = QCheckBox(self.tr("Kald &næste automatisk efter Færdig"))
        self.auto_call.setAccessibleName(self.tr("Kald næste automatisk"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.activated.connect(lambda _index: self.call_selected())  # Enter / double-click
        layout = QVBoxLayout(self)
        layout.addWidget(self.current_label)
        layout.addLayout(row)
        layout.addWidget(self.auto_call)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        self._shown: tuple[list[Ticket], QueueDirectory] | None = None

        def load() -> tuple[list[Ticket], QueueDirectory]:
            return self._queue.waiting(), self._directory or self._queue.directory()

        # The list follows every change to the queues, here or pulled from the server.
        self.waiting = LiveData(
            self,
            runner,
            COUNTER_TABLES,
            load,
            self._show_waiting,
            self._show_error,
            changes=changes,
        )
        # Only the clock moves the waiting minutes: redrawn from what is loaded.
        self._clock = QTimer(self, interval=CLOCK_MS)
        self._clock.timeout.connect(self._redraw_minutes)
        self._clock.start()
        self._update_buttons()
        self.refresh()

    def title(self) -> str:
        return self.tr("Skranke (kø)")

    def refresh(self) -> None:
        self.waiting.refresh()

    def _redraw_minutes(self) -> None:
        if self._shown is not None:
            self._show_waiting(self._shown)

    def call_next(self) -> None:
        self.error_label.clear()

        def called(ticket: Ticket | None) -> None:
            if ticket is None:
                self.error_label.setText(self.tr("Ingen venter i skrankens køer."))
            else:
                self.ticket_called.emit(ticket)
            self._show_current(ticket)
            self.refresh()

        self._runner.run(self._queue.call_next, called, self._show_error)

    def call_selected(self) -> None:
        """Call the ticket chosen in the waiting list, out of turn (e.g. a booked time)."""
        if self._current is not None:
            self.error_label.setText(self.tr("Afslut den nuværende borger først."))
            return
        chosen = self.model.ticket_at(self.table.currentIndex().row())
        if chosen is None:
            self.error_label.setText(self.tr("Vælg en billet i ventelisten."))
            return
        self.error_label.clear()

        def called(ticket: Ticket | None) -> None:
            if ticket is not None:
                self.ticket_called.emit(ticket)
            self._show_current(ticket)
            self.refresh()

        self._runner.run(lambda: self._queue.call_specific(chosen.id), called, self._show_error)

    def transfer(self) -> None:
        """Move the current citizen, or the ticket chosen in the list, to another queue."""
        ticket = self._current or self.model.ticket_at(self.table.currentIndex().row())
        if ticket is None:
            self.error_label.setText(self.tr("Vælg en billet i ventelisten."))
            return
        self.transfer_dialog = TransferDialog(
            ticket.number, self._names, ticket.service_code, self, self._directory
        )
        self.transfer_dialog.chosen.connect(lambda choice: self._transfer(ticket.id, choice))
        self.transfer_dialog.open()

    def _transfer(self, ticket_id: str, choice: TransferChoice) -> None:
        def moved(_result: object) -> None:
            if self._current is not None and self._current.id == ticket_id:
                self._show_current(None)  # handed on: the counter is free
            self.refresh()

        self._runner.run(
            lambda: self._queue.transfer(
                ticket_id,
                choice.service_code,
                keep_arrival=choice.keep_arrival,
                to_counter=choice.to_counter,
                to_staff=choice.to_staff,
            ),
            moved,
            self._show_error,
        )

    def take(self, ticket_id: str) -> None:
        """A citizen served here without queueing (walk-in): theirs is the current ticket."""
        self.error_label.clear()
        self._runner.run(
            lambda: self._queue.ticket(ticket_id), self._show_current, self._show_error
        )

    def _act(self, command_name: str) -> None:
        current = self._current
        if current is None:
            return
        self.error_label.clear()

        def moved(ticket: Ticket | None) -> None:
            self._show_current(ticket)
            if command_name == "finish_ticket" and self.auto_call.isChecked():
                self.call_next()  # the next citizen without a key press

        self._runner.run(
            lambda: (self._queue.act(command_name, current.id), self._queue.ticket(current.id))[1],
            moved,
            self._show_error,
        )

    def _show_current(self, ticket: Ticket | None) -> None:
        finished = ticket is None or ticket.status in (TicketStatus.DONE, TicketStatus.NO_SHOW)
        self._current = None if finished else ticket
        if self._current is None:
            self.current_label.setText(self.tr("Ingen borger ved skranken"))
        else:
            state = (
                self.tr("betjenes")
                if self._current.status is TicketStatus.SERVING
                else self.tr("kaldt")
            )
            self.current_label.setText(f"{self._current.number} – {state}")
        self._update_buttons()

    def _show_waiting(self, found: tuple[list[Ticket], QueueDirectory]) -> None:
        self._shown = found
        tickets, self._directory = found
        initials = {m.id: m.initials for m in self._directory.staff}
        self.model.set_tickets(tickets, dt.datetime.now(dt.UTC), initials)

    def _update_buttons(self) -> None:
        status = self._current.status if self._current else None
        self.buttons["call"].setEnabled(status is None)
        self.buttons["call_selected"].setEnabled(status is None)
        self.buttons["recall"].setEnabled(status is TicketStatus.CALLED)
        self.buttons["start"].setEnabled(status is TicketStatus.CALLED)
        self.buttons["no_show"].setEnabled(status is TicketStatus.CALLED)
        self.buttons["done"].setEnabled(status is TicketStatus.SERVING)

    def _show_error(self, error: BaseException) -> None:
        self.error_label.setText(failure_text(error))
