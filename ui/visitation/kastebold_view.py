"""The supervisors' list: referrals held for approval, and citizens at the anti-kastebold
limits or gone back and forth, each with the case's path and why it is held."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.visitation.referral_service import KasteboldCase, ReferralService
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay, LiveData
from ui.failures import failure_text
from ui.visitation.table_models import KasteboldModel, path_text, reasons_text

KASTEBOLD_TABLES = ("referral", "referral_approval_request", "anchor")


class KasteboldView(QWidget):
    request_decided = Signal(str, bool)  # request id, approved

    def __init__(
        self, referrals: ReferralService, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._referrals = referrals
        self._runner = runner
        self._model = KasteboldModel(self)
        self._table = QTableView()
        self._table.setModel(self._model)
        self._table.setAccessibleName(self.tr("Borgere ved grænsen for videre henvisninger"))
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.selectionModel().selectionChanged.connect(self._show_selected)
        self._path = QLabel()  # the selected case's whole path: a cell is too narrow for it
        self._path.setAccessibleName(self.tr("Sagens vej og hvorfor den holdes"))
        self._path.setWordWrap(True)
        self._path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._reason = QLineEdit()
        self._reason.setAccessibleName(self.tr("Lederens begrundelse"))
        self._reason.setPlaceholderText(self.tr("Begrundelse for godkendelse eller afvisning"))
        self._approve = QPushButton(self.tr("Godkend henvisning"))
        self._approve.setAccessibleName(self.tr("Godkend den ventende henvisning"))
        self._approve.clicked.connect(self._on_approve_clicked)
        self._reject = QPushButton(self.tr("Afvis"))
        self._reject.setAccessibleName(self.tr("Afvis den ventende henvisning"))
        self._reject.clicked.connect(self._on_reject_clicked)
        refresh = QPushButton(self.tr("Opdatér (F5)"))
        refresh.setAccessibleName(self.tr("Opdatér listen"))
        refresh.clicked.connect(self.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self._message = QLabel()
        self._message.setAccessibleName(self.tr("Besked"))
        self._message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self._reason, 1)
        row.addWidget(self._approve)
        row.addWidget(self._reject)
        row.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Ingen kastebold: sager der er flyttet mange gange på kort tid "
                    "eller frem og tilbage"
                )
            )
        )
        layout.addWidget(self._table, 1)
        layout.addWidget(self._path)
        layout.addLayout(row)
        layout.addWidget(self._message)
        self.cases = LiveData(
            self,
            runner,
            KASTEBOLD_TABLES,
            self._referrals.kastebold_cases,
            self._show,
            lambda error: self._message.setText(failure_text(error)),
        )

    def follow(self, changes: ChangeRelay) -> None:
        """Reload when a referral or an approval changes, here or at another desk."""
        self.cases.follow(changes)

    def refresh(self) -> None:
        self.cases.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _show(self, cases: list[KasteboldCase]) -> None:
        self._model.set_lines(cases)
        if cases:
            self._table.selectRow(0)
        self._show_selected()

    def _show_selected(self) -> None:
        case = self.selected()
        parts = [text for text in (path_text(case), reasons_text(case)) if text] if case else []
        self._path.setText(f"{case.citizen_name}: {'. '.join(parts)}." if case and parts else "")

    def selected(self) -> KasteboldCase | None:
        rows = self._table.selectionModel().selectedRows()
        return self._model.line(rows[0].row()) if rows else None

    def _on_approve_clicked(self) -> None:
        self._decide(approve=True)

    def _on_reject_clicked(self) -> None:
        self._decide(approve=False)

    def _decide(self, *, approve: bool) -> None:
        case = self.selected()
        if case is None or case.pending_request is None:
            self._message.setText(self.tr("Vælg en borger med en ventende henvisning."))
            return
        request_id, reason = case.pending_request.id, self._reason.text()

        def decided(_result: object) -> None:
            self._reason.clear()
            self._message.setText(
                self.tr("Henvisningen er godkendt.")
                if approve
                else self.tr("Henvisningen er afvist.")
            )
            self.refresh()
            self.request_decided.emit(request_id, approve)

        self._runner.run(
            lambda: self._referrals.decide(request_id, approve=approve, reason=reason),
            decided,
            lambda error: self._message.setText(failure_text(error)),
            owner=self,
        )
