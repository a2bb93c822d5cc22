"""The advice queue beside the form: who waits for open advice at this site, and which
advice ticket this counter is serving now (its citizen is offered to the form).

Read only, through QueueService's public reads (site_tickets); calling tickets stays
on the «Skranke» screen. Read again every 30 seconds while shown, and on F5.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.entities import Ticket, TicketStatus
from app.jobshop.advice_service import AdviceService, TicketCitizen
from app.queue.service import QueueService
from ui.background import BackgroundRunner
from ui.failures import failure_text
from ui.jobshop.advice_models import AdviceTicketModel
from ui.jobshop.company_table import company_table

ADVICE_SERVICE = "aaben_raadgivning"  # the advice queue's service code (reference data)
REFRESH_MS = 30_000


@dataclass(frozen=True, slots=True)
class AdviceQueue:
    waiting: list[Ticket]
    serving: Ticket | None  # the advice ticket called or served at this counter
    citizen: TicketCitizen | None


class AdviceQueuePanel(QWidget):
    serving_changed = Signal(str, str, str)  # ticket id, citizen id, "name (masked CPR)"

    def __init__(
        self,
        queue: QueueService,
        advice: AdviceService,
        counter_number: int,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._queue = queue
        self._advice = advice
        self._counter = counter_number
        self._runner = runner
        self._announced: str | None = None  # the serving ticket already offered to the form
        self.serving_label = QLabel()
        self.serving_label.setAccessibleName(self.tr("Rådgivningsbillet ved skranken"))
        self.serving_label.setWordWrap(True)
        self.model = AdviceTicketModel(self)
        self.table = company_table(self.model, self.tr("Venter på åben rådgivning"))
        self.message_label = QLabel()
        self.message_label.setAccessibleName(self.tr("Rådgivningskøens besked"))
        self.message_label.setProperty("role", "error")
        self.message_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.serving_label)
        waiting_label = QLabel(self.tr("Ve&nter på åben rådgivning:"))
        waiting_label.setBuddy(self.table)
        layout.addWidget(waiting_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def _on_timer_timeout(self) -> None:
        if self.isVisible():
            self.refresh()

    def forget(self, ticket_id: str) -> None:
        """The session for this ticket is logged: do not offer its citizen again."""
        self._announced = ticket_id

    def refresh(self) -> None:
        self._runner.run(self._load, self._show, self._show_error, owner=self)

    def _load(self) -> AdviceQueue:
        tickets = [t for t in self._queue.site_tickets() if t.service_code == ADVICE_SERVICE]
        waiting = [t for t in tickets if t.status is TicketStatus.WAITING]
        at_counter = [
            t
            for t in tickets
            if t.status in (TicketStatus.CALLED, TicketStatus.SERVING)
            and t.counter_number == self._counter
        ]
        serving = max(at_counter, key=lambda t: t.called_at or t.issued_at, default=None)
        citizen = self._advice.ticket_citizen(serving.id) if serving else None
        return AdviceQueue(waiting, serving, citizen)

    def _show(self, queue: AdviceQueue) -> None:
        self.message_label.clear()
        self.model.set_lines(queue.waiting)
        serving, citizen = queue.serving, queue.citizen
        if serving is None:
            self.serving_label.setText(
                self.tr("Skranke %1 betjener ingen rådgivningsbillet lige nu.").replace(
                    "%1", str(self._counter)
                )
            )
            return
        who = f"{citizen.full_name} ({citizen.masked_cpr})" if citizen else ""
        self.serving_label.setText(
            self.tr("Betjenes ved skranke %1: %2 %3")
            .replace("%1", str(self._counter))
            .replace("%2", serving.number)
            .replace("%3", who)
            .strip()
        )
        if citizen is not None and serving.id != self._announced:
            self._announced = serving.id
            self.serving_changed.emit(serving.id, citizen.citizen_id, who)

    def _show_error(self, error: BaseException) -> None:
        self.message_label.setText(
            self.tr("Rådgivningskøen kunne ikke læses: %1 (F5 prøver igen)").replace(
                "%1", failure_text(error)
            )
        )
