"""The citizen card's case part: who holds the case, the latest category, the referral history."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from app.visitation.referral_service import CaseSummary, ReferralService
from ui.background import BackgroundRunner
from ui.failures import failure_text
from ui.formats import format_date
from ui.visitation.table_models import ReferralHistoryModel


class CasePanel(QWidget):
    shown = Signal()  # the citizen's case is on screen

    def __init__(
        self, referrals: ReferralService, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._referrals = referrals
        self._runner = runner
        self._anchor = QLabel()
        self._anchor.setAccessibleName(self.tr("Sagen er forankret hos"))
        self._category = QLabel()
        self._category.setAccessibleName(self.tr("Seneste kategori"))
        self._history = ReferralHistoryModel(self)
        self._table = QTableView()
        self._table.setModel(self._history)
        self._table.setAccessibleName(self.tr("Henvisningshistorik"))
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self._anchor)
        layout.addWidget(self._category)
        layout.addWidget(self._table, 1)

    def set_citizen(self, citizen_id: str) -> None:
        self._runner.run(
            lambda: self._referrals.case_summary(citizen_id),
            self._show,
            lambda error: self._anchor.setText(failure_text(error)),
            owner=self,
        )

    def _show(self, summary: CaseSummary) -> None:
        self._anchor.setText(
            self.tr("Forankret hos: {unit}").format(unit=summary.anchor_label)
            if summary.anchor_label
            else self.tr("Borgeren har endnu ingen sag.")
        )
        decision = summary.latest_decision
        self._category.setText(
            self.tr("Kategori: {label} ({date}, skema {scheme} v{version})").format(
                label=decision.category_label,
                date=format_date(decision.decided_at),
                scheme=decision.scheme_code,
                version=decision.scheme_version,
            )
            if decision
            else ""
        )
        self._history.set_lines(summary.referrals)
        self.shown.emit()
