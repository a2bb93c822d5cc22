"""What a supervisor does from the overview (this site): open or close a service at a
counter for today, and move a waiting ticket to another queue, counter or person.

The grid has a row per counter and a column per queue; a ticked cell means the counter
calls that queue (the number is its priority there). Space on a cell opens or closes it.
The role table decides (`set_counter_service` is for supervisors; the command layer
refuses anyone else too); for others the panel stays visible but disabled, and says why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.entities import Ticket
from app.queue.service import QueueDirectory, QueueService
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay, LiveData
from ui.failures import failure_text
from ui.queue.transfer_dialog import TransferChoice, TransferDialog
from ui.queue.waiting_model import WaitingModel

CELL = Qt.ItemDataRole.UserRole + 1  # (counter number, service code) of a grid cell
Found = tuple[dict[int, list[str]], list[Ticket], QueueDirectory]


class SupervisorActions(QWidget):
    def __init__(
        self,
        queue: QueueService,
        runner: BackgroundRunner,
        names: dict[str, str],
        base_profile: Callable[[int], Sequence[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._queue = queue
        self._runner = runner
        self._names = names
        self._base = base_profile
        self._directory: QueueDirectory | None = None
        self._filling = False
        self.move_dialog: TransferDialog | None = None
        self.note = QLabel()
        self.note.setAccessibleName(self.tr("Lederhandlinger"))
        self.note.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setAccessibleName(self.tr("Fejl i lederhandling"))
        self.error_label.setProperty("role", "error")
        self.grid_model = QStandardItemModel(self)
        self.grid_model.itemChanged.connect(self._on_grid_model_item_changed)
        self.grid = QTableView()
        self.grid.setAccessibleName(self.tr("Skrankernes køer"))
        self.grid.setModel(self.grid_model)
        self.waiting_model = WaitingModel(names)
        self.waiting = QTableView()
        self.waiting.setAccessibleName(self.tr("Ventende billetter"))
        self.waiting.setModel(self.waiting_model)
        self.waiting.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.waiting.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.waiting.activated.connect(lambda _index: self.move_selected())
        self.move_button = QPushButton(self.tr("Flyt billet … (F7)"))
        self.move_button.setAccessibleName(self.tr("Flyt billet"))
        self.move_button.setShortcut(QKeySequence(Qt.Key.Key_F7))
        self.move_button.clicked.connect(self.move_selected)
        grid_box = QVBoxLayout()
        grid_label = QLabel(self.tr("Skrankernes køer i dag (mellemrum åbner/lukker):"))
        grid_label.setBuddy(self.grid)
        grid_box.addWidget(grid_label)
        grid_box.addWidget(self.grid)
        waiting_box = QVBoxLayout()
        waiting_label = QLabel(self.tr("Ventende i afdelingen:"))
        waiting_label.setBuddy(self.waiting)
        waiting_box.addWidget(waiting_label)
        waiting_box.addWidget(self.waiting)
        waiting_box.addWidget(self.move_button)
        row = QHBoxLayout()
        row.addLayout(grid_box, 3)
        row.addLayout(waiting_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.error_label)
        layout.addLayout(row)
        self.set_may_manage(False)

        def load() -> Found:
            return (
                self._queue.counter_profiles(self._base),
                self._queue.site_waiting(),
                self._queue.directory(),
            )

        self.data = LiveData(
            self,
            runner,
            ("ticket", "counter_service", "counter", "staff"),
            load,
            self._show,
            self._show_message,
        )
        self.refresh()

    def follow(self, changes: ChangeRelay) -> None:
        """Reload when a queue changes here or at another desk of the site."""
        self.data.follow(changes)

    def set_may_manage(self, may: bool) -> None:
        """Enabled for a role the table allows (the composition asks at sign-in)."""
        for widget in (self.grid, self.waiting, self.move_button):
            widget.setEnabled(may)
        self.note.setText(
            ""
            if may
            else self.tr("Kun en leder kan åbne og lukke køer ved skrankerne og flytte billetter.")
        )

    def refresh(self) -> None:
        self.data.refresh()

    def move_selected(self) -> None:
        ticket = self.waiting_model.ticket_at(self.waiting.currentIndex().row())
        if ticket is None:
            self.error_label.setText(self.tr("Vælg en ventende billet."))
            return
        self.error_label.clear()
        self.move_dialog = TransferDialog(
            ticket.number, self._names, ticket.service_code, self, self._directory
        )
        self.move_dialog.chosen.connect(lambda choice: self._move(ticket.id, choice))
        self.move_dialog.open()

    def _move(self, ticket_id: str, choice: TransferChoice) -> None:
        self._runner.run(
            lambda: self._queue.transfer(
                ticket_id,
                choice.service_code,
                keep_arrival=choice.keep_arrival,
                to_counter=choice.to_counter,
                to_staff=choice.to_staff,
            ),
            lambda _result: self.refresh(),
            self._show_error,
            owner=self,
        )

    def _on_grid_model_item_changed(self, item: QStandardItem) -> None:
        if self._filling:
            return
        counter, code = item.data(CELL)
        is_open = item.checkState() == Qt.CheckState.Checked
        self.error_label.clear()
        self._runner.run(
            lambda: self._queue.set_counter_service(counter, code, is_open),
            lambda _none: self.refresh(),
            self._show_error,
            owner=self,
        )

    def _show(self, found: Found) -> None:
        profiles, waiting, self._directory = found
        at = self.grid.currentIndex()
        row, column = (at.row(), at.column()) if at.isValid() else (0, 0)
        self._filling = True
        try:
            self.grid_model.clear()
            self.grid_model.setHorizontalHeaderLabels(list(self._names.values()))
            self.grid_model.setVerticalHeaderLabels(
                [self.tr("Skranke %1").replace("%1", str(n)) for n in profiles]
            )
            for r, (number, profile) in enumerate(profiles.items()):
                for c, code in enumerate(self._names):
                    cell = QStandardItem(str(profile.index(code) + 1) if code in profile else "")
                    cell.setCheckable(True)
                    cell.setEditable(False)
                    cell.setCheckState(
                        Qt.CheckState.Checked if code in profile else Qt.CheckState.Unchecked
                    )
                    cell.setData((number, code), CELL)
                    self.grid_model.setItem(r, c, cell)
        finally:
            self._filling = False
        self.grid.setCurrentIndex(self.grid_model.index(row, column))
        chosen = self.waiting.currentIndex().row()
        initials = {m.id: m.initials for m in self._directory.staff}
        self.waiting_model.set_tickets(waiting, dt.datetime.now(dt.UTC), initials)
        if 0 <= chosen < len(waiting):
            self.waiting.selectRow(chosen)

    def _show_message(self, error: BaseException) -> None:
        self.error_label.setText(failure_text(error))

    def _show_error(self, error: BaseException) -> None:
        self._show_message(error)
        self.refresh()  # show what is true now (e.g. the tick the command refused)
