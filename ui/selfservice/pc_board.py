"""The site's self-service PCs as a live table: free, taken until a time, or overdue;
«Frigiv pc» (Alt+G) frees the chosen one.

The table reloads on the desk's change event (a slot given or freed here or at another
desk of the site, a new version of the PC list) and when it is shown; a timer only moves
the clock for the overdue mark, it never reads the store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.commands.envelope import utc_now
from app.selfservice.service import PcLine, SelfServiceService
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay, LiveData
from ui.failures import failure_text
from ui.fit_columns import FitColumns
from ui.selfservice.pc_model import PcModel

SHOWN_TABLES = ("selfservice_slot", "reference_data_version", "citizen")
CLOCK_MS = 30_000  # the overdue mark moves by the minute; half of one is soon enough


class PcBoard(QWidget):
    pc_released = Signal()

    def __init__(
        self,
        service: SelfServiceService,
        runner: BackgroundRunner,
        changes: ChangeRelay | None,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._clock = clock
        self.model = PcModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Selvbetjenings-pc'er"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the next control
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_button())
        FitColumns(self.table, stretch=1)
        self.release_button = QPushButton(self.tr("Fri&giv pc"))
        self.release_button.setAccessibleName(self.tr("Frigiv pc"))
        self.release_button.clicked.connect(self._on_release_button_clicked)
        self.message_label = QLabel()
        self.message_label.setAccessibleName(self.tr("Besked om selvbetjenings-pc'erne"))
        self.message_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.release_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        self.setFocusProxy(self.table)
        self.timer = QTimer(self, interval=CLOCK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.data = LiveData(
            self, runner, SHOWN_TABLES, service.board, self._show, self._on_data_failed
        )
        if changes is not None:
            self.data.follow(changes)

    def title(self) -> str:
        return self.tr("Selvbetjenings-p&c'er")

    def refresh(self) -> None:
        self.data.refresh()

    def current_line(self) -> PcLine | None:
        return self.model.line(self.table.currentIndex().row())

    def select_first_free(self) -> None:
        free = next((i for i, ln in enumerate(self.model.lines()) if ln.is_free), 0)
        if self.model.rowCount():
            self.table.selectRow(free)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.model.set_now(self._clock())
        self.timer.start()
        self.data.refresh()  # what it shows may have changed while it was hidden

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def _show(self, lines: list[PcLine]) -> None:
        chosen = self.current_line()
        self.model.set_now(self._clock())
        self.model.set_lines(lines)
        row = next((i for i, ln in enumerate(lines) if chosen and ln.pc == chosen.pc), None)
        if row is not None:
            self.table.selectRow(row)  # the same PC stays chosen across a reload
        else:
            self.select_first_free()
        self._update_button()

    def _update_button(self) -> None:
        line = self.current_line()
        self.release_button.setEnabled(line is not None and line.slot is not None)

    def _on_timer_timeout(self) -> None:
        self.model.set_now(self._clock())

    def _on_data_failed(self, error: BaseException) -> None:
        self.message_label.setText(failure_text(error))

    def _on_release_button_clicked(self) -> None:
        line = self.current_line()
        if line is None or line.slot is None:
            return
        slot_id, label = line.slot.id, line.pc.label
        self.release_button.setEnabled(False)

        def done(_result: None) -> None:
            self.message_label.setText(self.tr("%1 er frigivet.").replace("%1", label))
            self.table.setFocus()
            self.pc_released.emit()
            self.data.refresh()

        def failed(error: BaseException) -> None:
            self._update_button()
            self.message_label.setText(failure_text(error))

        self._runner.run(lambda: self._service.release(slot_id), done, failed, owner=self)
