"""The counter: who is at the desk now, who waits, and one key for each move.

F2 call next · F5 call the selected ticket (or Enter on it) · F3 call again · F4 start serving ·
F7 transfer · F8 done (from called too; optionally calling the next at once) · F9 did not
come (asked once; Ctrl+Z takes it back for a short while).

The citizen at the counter is read from the store with the waiting list, so a restart or a
sign-in finds them again. Every key says what it did, or why it did nothing, in the
feedback line; one move runs at a time, and the commands themselves refuse a second
citizen at one counter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.entities import Ticket, TicketStatus
from app.queue.at_counter import CitizenAtCounter
from app.queue.callbacks import MAX_NO_ANSWERS, is_callback
from app.queue.commands import UNDO_NO_SHOW_WINDOW
from app.queue.service import QueueDirectory, QueueService
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay, LiveData
from ui.failures import failure_text
from ui.fit_columns import FitColumns
from ui.formats import format_time
from ui.queue.confirm_bar import ConfirmBar
from ui.queue.current_citizen import CurrentCitizenPanel
from ui.queue.transfer_dialog import TransferChoice, TransferDialog
from ui.queue.waiting_model import WaitingModel

COUNTER_TABLES = frozenset({"ticket", "counter_service", "staff", "counter", "visit", "citizen"})
CLOCK_MS = 30_000
BUTTONS_PER_ROW = 4
UNDO_MS = int(UNDO_NO_SHOW_WINDOW.total_seconds() * 1000)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class CounterView:
    waiting: list[Ticket]
    directory: QueueDirectory
    at_counter: CitizenAtCounter | None


@dataclass(frozen=True, slots=True)
class _Undoable:
    ticket_id: str
    number: str


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
        after_no_show: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._queue = queue
        # Run in the background after a no-show (ticket id): a booked meeting's ticket
        # becomes an absence for the counsellor to confirm.
        self._after_no_show = after_no_show
        self._runner = runner
        self._at: CitizenAtCounter | None = None
        self._moving = False  # one move at a time: a second F2 never calls a second citizen
        self._undoable: _Undoable | None = None
        self._names = service_names
        self._directory: QueueDirectory | None = None  # this site's counters and staff
        self.transfer_dialog: TransferDialog | None = None
        self.current = CurrentCitizenPanel()
        self.current_label = self.current.heading
        self.feedback_label = QLabel()
        self.feedback_label.setAccessibleName(self.tr("Tilbagemelding"))
        self.feedback_label.setProperty("role", "status")
        self.error_label = QLabel()
        self.error_label.setAccessibleName(self.tr("Fejlbesked"))
        self.error_label.setProperty("role", "error")
        self.confirm = ConfirmBar()
        self.model = WaitingModel(service_names)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Venteliste"))
        self.table.setModel(self.model)
        FitColumns(self.table, stretch=3)  # number, queue and wait whole; the rest to «Reserveret»

        self.buttons: dict[str, QPushButton] = {}
        actions: list[tuple[str, str, QKeySequence, Callable[[], None]]] = [
            ("call", self.tr("Kald næste (F2)"), QKeySequence(Qt.Key.Key_F2), self.call_next),
            (
                "call_selected",
                self.tr("Kald valgte (F5)"),
                QKeySequence(Qt.Key.Key_F5),
                self.call_selected,
            ),
            ("recall", self.tr("Kald igen (F3)"), QKeySequence(Qt.Key.Key_F3), self.recall),
            (
                "callback",
                self.tr("Ring tilbage (Shift+F2)"),
                QKeySequence("Shift+F2"),
                self.call_next_callback,
            ),
            (
                "no_answer",
                self.tr("Intet svar (Shift+F9)"),
                QKeySequence("Shift+F9"),
                self.not_answered,
            ),
            (
                "start",
                self.tr("Start betjening (F4)"),
                QKeySequence(Qt.Key.Key_F4),
                self.start_serving,
            ),
            ("transfer", self.tr("Overfør … (F7)"), QKeySequence(Qt.Key.Key_F7), self.transfer),
            ("done", self.tr("Færdig (F8)"), QKeySequence(Qt.Key.Key_F8), self.finish),
            ("no_show", self.tr("Udeblevet (F9)"), QKeySequence(Qt.Key.Key_F9), self.no_show),
            (
                "undo",
                self.tr("Fortryd udeblevet (Ctrl+Z)"),
                QKeySequence(QKeySequence.StandardKey.Undo),
                self.undo_no_show,
            ),
        ]
        # Two rows of four: calling above, finishing below; one row would make the window
        # wider than a 1024-pixel counter screen.
        row = QGridLayout()
        for index, (key, text, shortcut, slot) in enumerate(actions):
            button = QPushButton(text)
            button.setAccessibleName(text.split(" (")[0])
            button.clicked.connect(slot)
            # The key works whatever the button's state, so a key that cannot act says why.
            QShortcut(shortcut, self, slot).setWhatsThis(button.accessibleName())
            self.buttons[key] = button
            row.addWidget(button, index // BUTTONS_PER_ROW, index % BUTTONS_PER_ROW)
        self.auto_call = QCheckBox(self.tr("Kald &næste automatisk efter Færdig"))
        self.auto_call.setAccessibleName(self.tr("Kald næste automatisk"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.activated.connect(lambda _index: self.call_selected())  # Enter / double-click
        self.confirm.answered.connect(lambda _yes: self._focus_home_if_lost())
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addLayout(row)
        layout.addWidget(self.confirm)
        layout.addWidget(self.auto_call)
        layout.addWidget(self.feedback_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        self._shown: CounterView | None = None
        self._undo_timer = QTimer(self, singleShot=True, interval=UNDO_MS)
        self._undo_timer.timeout.connect(self._undo_expired)

        def load() -> CounterView:
            directory = self._directory or self._queue.directory()
            return CounterView(self._queue.waiting(), directory, self._queue.at_counter())

        # The list and the citizen at the counter follow every change to the queues, here
        # or pulled from the server, and are read again whenever the screen is shown.
        self.waiting = LiveData(
            self,
            runner,
            COUNTER_TABLES,
            load,
            self._show_view,
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

    def focus_home(self) -> QWidget:
        """The waiting list: the arrow keys choose a ticket, the function keys act."""
        return self.table

    def refresh(self) -> None:
        self.waiting.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # after a sign-in: who the counter holds, as the store says now

    # --- the keys -------------------------------------------------------------------------

    def call_next(self) -> None:
        if self._refuse_while_held():
            return

        def work() -> tuple[Ticket | None, CitizenAtCounter | None]:
            return self._queue.call_next(), self._queue.at_counter()

        self._move(work, self._called)

    def call_next_callback(self) -> None:
        """The next callback of the counter's queues: rung from here, not called aloud."""
        if self._refuse_while_held():
            return

        def work() -> tuple[Ticket | None, CitizenAtCounter | None, dt.datetime | None]:
            rung = self._queue.call_next_callback()
            held = None if rung else self._queue.next_callback_ready()
            return rung, self._queue.at_counter(), held

        self._move(work, self._rung)

    def not_answered(self) -> None:
        """The callback's number rang out: it queues again (or is given up at the limit)."""
        at = self._require_citizen()
        if at is None:
            return
        if not is_callback(at.ticket):
            self._say_error(
                self.tr("{number} er ikke et tilbagekald: meld udeblevet med F9.").format(
                    number=at.ticket.number
                )
            )
            return
        self._act(
            at,
            lambda: self._queue.not_answered(at.ticket.id),
            self.tr("Intet svar: {number} er sat i kø igen (højst {limit} forsøg)").replace(
                "{limit}", str(MAX_NO_ANSWERS)
            ),
        )

    def call_selected(self) -> None:
        """Call the ticket chosen in the waiting list, out of turn (e.g. a booked time)."""
        if self._refuse_while_held():
            return
        chosen = self.model.ticket_at(self.table.currentIndex().row())
        if chosen is None:
            self._say_error(self.tr("Vælg en billet i ventelisten."))
            return

        def work() -> tuple[Ticket | None, CitizenAtCounter | None]:
            return self._queue.call_specific(chosen.id), self._queue.at_counter()

        self._move(work, self._called)

    def recall(self) -> None:
        at = self._require_citizen()
        if at is not None:
            self._act(
                at,
                lambda: self._queue.act("recall_ticket", at.ticket.id),
                self.tr("Kaldt igen: {number} til skranke {counter}"),
            )

    def start_serving(self) -> None:
        at = self._require_citizen()
        if at is not None:
            self._act(
                at,
                lambda: self._queue.act("start_serving", at.ticket.id),
                self.tr("Betjening startet: {number}"),
            )

    def finish(self) -> None:
        """Done, from called or serving: the citizen at the counter is being served."""
        at = self._require_citizen()
        if at is None:
            return

        def finished(found: CitizenAtCounter | None) -> None:
            if self.auto_call.isChecked() and found is None:
                self.call_next()  # the next citizen without a key press

        self._act(
            at,
            lambda: self._queue.finish(at.ticket.id),
            self.tr("Færdig: {number}"),
            finished,
        )

    def no_show(self) -> None:
        """Asked once (Enter = yes, Esc = no); taken back with Ctrl+Z for a short while."""
        at = self._require_citizen()
        if at is None or self.confirm.asking:
            return
        number = at.ticket.number
        seconds = int(UNDO_NO_SHOW_WINDOW.total_seconds())

        def marked(_found: CitizenAtCounter | None) -> None:
            self._undoable = _Undoable(at.ticket.id, number)
            self._undo_timer.start()
            self._update_buttons()
            self._say(
                self.tr(
                    "Meldt udeblevet: {number}. Fortryd med Ctrl+Z inden {seconds} sekunder."
                ).format(number=number, seconds=seconds)
            )

        def mark() -> None:
            self._queue.act("mark_no_show", at.ticket.id)
            if self._after_no_show is not None:
                self._after_no_show(at.ticket.id)

        def confirmed() -> None:
            self._act(at, mark, "", marked)

        self.confirm.ask(
            self.tr("Meld {number} udeblevet? Enter = ja, Esc = nej.").format(number=number),
            confirmed,
            lambda: self._say(self.tr("Ikke meldt udeblevet: {number}").format(number=number)),
        )

    def undo_no_show(self) -> None:
        undoable = self._undoable
        if undoable is None:
            self._say_error(self.tr("Der er intet udeblevet at fortryde."))
            return

        def work() -> CitizenAtCounter | None:
            self._queue.undo_no_show(undoable.ticket_id)
            return self._queue.at_counter()

        def undone(found: CitizenAtCounter | None) -> None:
            self._undoable = None
            self._undo_timer.stop()
            self._show_at(found)
            counter = found.ticket.counter_number if found else None
            self._say(
                self.tr("Fortrudt: {number} er kaldt til skranke {counter} igen").format(
                    number=undoable.number, counter=counter
                )
            )
            self.refresh()

        self._move(work, undone)

    def transfer(self) -> None:
        """Move the current citizen, or the ticket chosen in the list, to another queue."""
        ticket = self._at.ticket if self._at else None
        ticket = ticket or self.model.ticket_at(self.table.currentIndex().row())
        if ticket is None:
            self._say_error(self.tr("Vælg en billet i ventelisten."))
            return
        self.transfer_dialog = TransferDialog(
            ticket.number, self._names, ticket.service_code, self, self._directory
        )
        self.transfer_dialog.chosen.connect(lambda choice: self._transfer(ticket, choice))
        self.transfer_dialog.open()

    def _transfer(self, ticket: Ticket, choice: TransferChoice) -> None:
        def work() -> CitizenAtCounter | None:
            self._queue.transfer(
                ticket.id,
                choice.service_code,
                keep_arrival=choice.keep_arrival,
                to_counter=choice.to_counter,
                to_staff=choice.to_staff,
            )
            return self._queue.at_counter()

        def moved(found: CitizenAtCounter | None) -> None:
            self._show_at(found)  # handed on: the counter is free
            name = self._names.get(choice.service_code, choice.service_code)
            self._say(
                self.tr("Overført: {number} til {queue}").format(number=ticket.number, queue=name)
            )
            self.refresh()

        self._move(work, moved)

    def take(self, ticket_id: str) -> None:
        """A citizen served here without queueing (walk-in): the counter now holds them."""

        def shown(found: CitizenAtCounter | None) -> None:
            self._show_at(found)
            if found is not None and found.ticket.id == ticket_id:
                self._say(self.tr("Betjenes nu: {number}").format(number=found.ticket.number))

        self._runner.run(self._queue.at_counter, shown, self._show_error, self)

    # --- how a move runs --------------------------------------------------------------------

    def _move(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        if self._moving:
            self._say(self.tr("Et øjeblik: den forrige handling er ikke færdig."))
            return
        self._moving = True
        self.error_label.clear()

        def landed(value: T) -> None:
            self._moving = False
            done(value)
            self._update_buttons()

        def failed(error: BaseException) -> None:
            self._moving = False
            self._show_error(error)
            self.refresh()  # the store may know better than this screen (another desk)

        self._runner.run(work, landed, failed, self)

    def _act(
        self,
        at: CitizenAtCounter,
        command: Callable[[], object],
        message: str,
        then: Callable[[CitizenAtCounter | None], None] | None = None,
    ) -> None:
        """A move of the current ticket; the counter is read again after it."""

        def work() -> CitizenAtCounter | None:
            command()
            return self._queue.at_counter()

        def done(found: CitizenAtCounter | None) -> None:
            self._show_at(found)
            if message:
                self._say(message.format(number=at.ticket.number, counter=at.ticket.counter_number))
            self.refresh()
            if then is not None:
                then(found)

        self._move(work, done)

    def _rung(
        self, result: tuple[Ticket | None, CitizenAtCounter | None, dt.datetime | None]
    ) -> None:
        """As `_called`, but when the only callbacks wait out their retry gap, says when."""
        ticket, found, held = result
        if ticket is not None or held is None:
            self._called((ticket, found))
            return
        self._show_at(found)
        ready = format_time(held + dt.timedelta(seconds=59))  # rounded up to the minute
        self._say_error(
            self.tr(
                "Intet tilbagekald er klar endnu: det næste kan ringes op kl. {time} "
                "(F5 på det i ventelisten ringer op nu)."
            ).format(time=ready)
        )
        self.refresh()

    def _called(self, result: tuple[Ticket | None, CitizenAtCounter | None]) -> None:
        ticket, found = result
        self._show_at(found)
        if ticket is None:
            self._say_error(self.tr("Ingen venter i skrankens køer."))
        elif is_callback(ticket):
            self.ticket_called.emit(ticket)
            self._say(
                self.tr("Ring tilbage: {number}, telefon {phone}").format(
                    number=ticket.number, phone=ticket.phone or ""
                )
            )
        else:
            self.ticket_called.emit(ticket)
            self._say(
                self.tr("Kaldt: {number} til skranke {counter}").format(
                    number=ticket.number, counter=ticket.counter_number
                )
            )
        self.refresh()

    def _refuse_while_held(self) -> bool:
        if self._at is None:
            return False
        self._say_error(
            self.tr(
                "Skranken har allerede {number}. Afslut med F8, overfør med F7 eller meld "
                "udeblevet med F9 først."
            ).format(number=self._at.ticket.number)
        )
        return True

    def _require_citizen(self) -> CitizenAtCounter | None:
        if self._at is None:
            self._say_error(self.tr("Ingen borger ved skranken – kald den næste med F2."))
        return self._at

    # --- what the screen shows --------------------------------------------------------------

    def _show_view(self, view: CounterView) -> None:
        self._shown = view
        self._directory = view.directory
        initials = {m.id: m.initials for m in view.directory.staff}
        self.model.set_tickets(view.waiting, dt.datetime.now(dt.UTC), initials)
        if not self._moving:  # a move's own answer is newer than a load that ran before it
            self._show_at(view.at_counter)

    def _show_at(self, at: CitizenAtCounter | None) -> None:
        self._at = at
        self.current.show_citizen(at, dt.datetime.now(dt.UTC))
        self._update_buttons()

    def _redraw_minutes(self) -> None:
        if self._shown is not None:
            now = dt.datetime.now(dt.UTC)
            initials = {m.id: m.initials for m in self._shown.directory.staff}
            self.model.set_tickets(self._shown.waiting, now, initials)
            self.current.show_citizen(self._at, now)  # who is here now, not at the last load

    def _update_buttons(self) -> None:
        status = self._at.ticket.status if self._at else None
        self.buttons["call"].setEnabled(status is None)
        self.buttons["call_selected"].setEnabled(status is None)
        self.buttons["recall"].setEnabled(status is TicketStatus.CALLED)
        self.buttons["start"].setEnabled(status is TicketStatus.CALLED)
        self.buttons["no_show"].setEnabled(status is TicketStatus.CALLED)
        self.buttons["callback"].setEnabled(status is None)
        ringing = self._at is not None and is_callback(self._at.ticket)
        self.buttons["no_answer"].setEnabled(ringing and status is TicketStatus.CALLED)
        self.buttons["done"].setEnabled(status in (TicketStatus.CALLED, TicketStatus.SERVING))
        self.buttons["undo"].setEnabled(self._undoable is not None)

    def _undo_expired(self) -> None:
        self._undoable = None
        self._update_buttons()

    def _focus_home_if_lost(self) -> None:
        focused = self.focusWidget()
        if focused is None or not focused.isVisible():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str) -> None:
        self.error_label.clear()
        self.feedback_label.setText(text)

    def _say_error(self, text: str) -> None:
        self.feedback_label.clear()
        self.error_label.setText(text)

    def _show_error(self, error: BaseException) -> None:
        self._say_error(failure_text(error))
