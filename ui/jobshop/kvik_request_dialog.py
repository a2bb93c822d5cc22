"""«Ny forespørgsel …»: a company's kvikservice call — company, trade area, how many, what,
and the due time, prefilled with the default (same time next working day) and shown.

Left untouched, the due time is not sent: the command computes the default from its own
time, so desk and server agree. Changed, the chosen time is sent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDateTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.clock import COPENHAGEN
from app.jobshop.company_service import CompanyLine
from app.jobshop.kvik_service import KvikService
from app.jobshop.records import TradeArea
from ui.background import BackgroundRunner
from ui.jobshop.dialog_parts import error_label, ok_cancel, show_failure
from ui.jobshop.kvik_models import moment_text

ZONE = QTimeZone(b"Europe/Copenhagen")


class KvikRequestDialog(QDialog):
    opened = Signal(str)  # the new request's id

    def __init__(
        self,
        kvik: KvikService,
        runner: BackgroundRunner,
        companies: Sequence[CompanyLine],
        trade_areas: Sequence[TradeArea],
        default_due: dt.datetime,
        parent: QWidget | None = None,
        *,
        create: Callable[[str, str, str, int, dt.datetime | None], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._kvik = kvik
        # How the request is opened: by the job shop alone, or (the phone desk) together
        # with the call that brought it; `created_with` holds what that returned.
        self._create_with = create
        self.created_with: object = None
        self._runner = runner
        self._default_due = default_due
        self.setWindowTitle(self.tr("Ny kvikservice-forespørgsel"))
        self.company_combo = QComboBox()
        self.company_combo.setAccessibleName(self.tr("Virksomhed"))
        for line in companies:
            cvr = f" (CVR {line.company.cvr})" if line.company.cvr else ""
            self.company_combo.addItem(line.company.name + cvr, line.company.id)
        self.trade_combo = QComboBox()
        self.trade_combo.setAccessibleName(self.tr("Branche"))
        for area in trade_areas:
            self.trade_combo.addItem(area.label_da, area.code)
        self.positions_spin = QSpinBox()
        self.positions_spin.setAccessibleName(self.tr("Antal kandidater"))
        self.positions_spin.setRange(1, 100)
        self.description_edit = QLineEdit()
        self.description_edit.setAccessibleName(self.tr("Beskrivelse af behovet"))
        self.due_edit = QDateTimeEdit()
        self.due_edit.setAccessibleName(self.tr("Svarfrist"))
        self.due_edit.setTimeZone(ZONE)
        self.due_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(default_due.timestamp()), ZONE))
        self.default_label = QLabel()
        self.default_label.setAccessibleName(self.tr("Standardfrist"))
        self.default_label.setText(
            self.tr("Standard: næste arbejdsdag, %1.").replace("%1", moment_text(default_due))
        )
        self.default_label.setProperty("role", "muted")
        self.error_label = error_label(self.tr("Fejl ved forespørgsel"))
        buttons, self.ok_button = ok_cancel(
            self, self._on_buttons_accepted, self.tr("Opret forespørgsel"), self.tr("Opret (Enter)")
        )

        form = QFormLayout()
        form.addRow(self.tr("&Virksomhed:"), self.company_combo)
        form.addRow(self.tr("&Branche:"), self.trade_combo)
        form.addRow(self.tr("&Antal kandidater:"), self.positions_spin)
        form.addRow(self.tr("Be&skrivelse:"), self.description_edit)
        form.addRow(self.tr("Svar&frist:"), self.due_edit)
        form.addRow("", self.default_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        if not companies:
            self.error_label.setText(self.tr("Opret først virksomheden under «Virksomheder»."))
            self.ok_button.setEnabled(False)
        self.company_combo.setFocus()

    def due_at(self) -> dt.datetime | None:
        """The chosen due time, or None when the default is kept."""
        chosen = dt.datetime.fromtimestamp(self.due_edit.dateTime().toSecsSinceEpoch(), COPENHAGEN)
        if abs((chosen - self._default_due).total_seconds()) < 60:  # the edit shows minutes
            return None
        return chosen.astimezone(dt.UTC)

    def _on_buttons_accepted(self) -> None:
        company_id = str(self.company_combo.currentData() or "")
        trade_area = str(self.trade_combo.currentData() or "")
        description = self.description_edit.text().strip()
        positions = self.positions_spin.value()
        due = self.due_at()
        self.ok_button.setEnabled(False)
        self.error_label.clear()

        def done(result: object) -> None:
            self.created_with = result
            self.opened.emit(result if isinstance(result, str) else "")
            self.accept()

        def open_request() -> object:
            if self._create_with is not None:
                return self._create_with(company_id, trade_area, description, positions, due)
            return self._kvik.open_request(
                company_id, trade_area, description, positions=positions, due_at=due
            )

        self._runner.run(open_request, done, self._show_error, owner=self)

    def _show_error(self, error: BaseException) -> None:
        refusal = show_failure(self.error_label, self.ok_button, error)
        field = {"due_at": self.due_edit, "description": self.description_edit}
        if refusal is not None and refusal.field in field:
            field[refusal.field].setFocus()
