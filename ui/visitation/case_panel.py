"""The citizen card's case part: who holds the case, the latest category, the referral history,
and «Afvist tilbud …» for the offer or referral selected in the history."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.clock import service_day
from app.visitation.follow_up_service import FollowUpService
from app.visitation.referral_service import CaseSummary, ReferralService
from ui.background import BackgroundRunner
from ui.failures import failure_text
from ui.formats import format_date
from ui.visitation.refused_offer_dialog import RefusedOfferDialog
from ui.visitation.table_models import ReferralHistoryModel


class CasePanel(QWidget):
    shown = Signal()  # the citizen's case is on screen
    offer_refused = Signal(str, str)  # citizen id, hearing deadline (ISO date)

    def __init__(
        self,
        referrals: ReferralService,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
        follow_ups: FollowUpService | None = None,
    ) -> None:
        super().__init__(parent)
        self._referrals = referrals
        self._runner = runner
        self._follow_ups = follow_ups
        self._citizen_id = ""
        self.dialog: RefusedOfferDialog | None = None  # the open «Afvist tilbud» dialog
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
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setTabKeyNavigation(False)  # Tab leaves the table for the action
        self._refused = QPushButton(self.tr("Afvist til&bud …"))
        self._refused.setAccessibleName(self.tr("Afvist tilbud …"))
        self._refused.setToolTip(
            self.tr("Borgeren har afvist det valgte tilbud: start en partshøring (Alt+B)")
        )
        self._refused.setEnabled(False)
        self._refused.clicked.connect(self._open_refused_offer)
        self._table.selectionModel().currentRowChanged.connect(lambda *_: self._update_action())
        layout = QVBoxLayout(self)
        layout.addWidget(self._anchor)
        layout.addWidget(self._category)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._refused)
        # Only once it has a parent: a parentless button made visible is a window of its own.
        self._refused.setHidden(follow_ups is None)

    def has_referrals(self) -> bool:
        return self._history.rowCount() > 0

    def _update_action(self) -> None:
        line = self._history.line(self._table.currentIndex().row())
        self._refused.setEnabled(line is not None and bool(line.referral_id))

    def _open_refused_offer(self) -> None:
        line = self._history.line(self._table.currentIndex().row())
        if self._follow_ups is None or line is None or not line.referral_id:
            return
        self.dialog = RefusedOfferDialog(
            self._follow_ups,
            self._runner,
            citizen_id=self._citizen_id,
            referral_id=line.referral_id,
            offer_label=line.to_label,
            offered_on=service_day(line.referred_at),
            parent=self,
        )
        self.dialog.registered.connect(self.offer_refused)
        self.dialog.open()

    def set_citizen(self, citizen_id: str) -> None:
        self._citizen_id = citizen_id
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
        if summary.referrals:
            self._table.selectRow(0)  # the newest offer
        self._update_action()
        self.shown.emit()
