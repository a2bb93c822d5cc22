"""The audit screen for supervisors and administrators: filter, check the chains, export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.clock import COPENHAGEN
from app.clock import today as job_centre_today
from app.security.audit import LOOKUP_ACTIONS, AuditEntry, ChainVerdict
from app.security.audit_query import AuditQueryService, AuditRetention
from app.security.ports import AuditFilter
from ui.background import BackgroundRunner
from ui.failures import failure_text
from ui.file_choice import ask_where_to_save
from ui.formats import format_datetime

Index = QModelIndex | QPersistentModelIndex


class AuditEntriesModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._entries: list[AuditEntry] = []
        self._headers = [
            self.tr("Tid"),
            self.tr("Medarbejder"),
            self.tr("Afdeling"),
            self.tr("Handling"),
            self.tr("Borger"),
            self.tr("Formål"),
            self.tr("Detalje"),
        ]

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        e = self._entries[index.row()]
        at = dt.datetime.fromisoformat(e.at).astimezone(COPENHAGEN)
        values = (
            format_datetime(at, seconds=True),
            e.staff_id,
            e.site_code,
            e.action,
            e.citizen_id,
            e.purpose,
            e.detail,
        )
        return values[index.column()]


def _date(edit: QDateEdit) -> dt.datetime:
    d = edit.date()
    return dt.datetime(d.year(), d.month(), d.day(), tzinfo=COPENHAGEN)


class AuditDialog(QDialog):
    def __init__(
        self,
        audits: AuditQueryService,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
        *,
        retention: AuditRetention | None = None,  # given to administrators only
    ) -> None:
        super().__init__(parent)
        self._audits = audits
        self._runner = runner
        self._retention = retention
        self.setWindowTitle(self.tr("Revisionslog"))
        self.setAccessibleName(self.tr("Revisionslog"))
        self.resize(1000, 600)
        day = job_centre_today()  # not the PC's time zone
        today = QDate(day.year, day.month, day.day)
        self.staff_edit = QLineEdit()
        self.staff_edit.setAccessibleName(self.tr("Medarbejder-id"))
        self.citizen_edit = QLineEdit()
        self.citizen_edit.setAccessibleName(self.tr("Borger-id"))
        self.action_box = QComboBox()
        self.action_box.setAccessibleName(self.tr("Handling"))
        self.action_box.addItem(self.tr("Alle handlinger"), "")
        for action in LOOKUP_ACTIONS:
            self.action_box.addItem(action, action)
        self.since_edit = QDateEdit(today.addDays(-7))
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setAccessibleName(self.tr("Fra dato"))
        self.until_edit = QDateEdit(today)
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setAccessibleName(self.tr("Til dato"))
        self.find_button = QPushButton(self.tr("&Søg"))
        self.find_button.setAccessibleName(self.tr("Søg i loggen"))
        self.find_button.setDefault(True)
        self.verify_button = QPushButton(self.tr("&Kontrollér kæden"))
        self.verify_button.setAccessibleName(self.tr("Kontrollér kæden"))
        self.export_button = QPushButton(self.tr("&Eksportér CSV …"))
        self.export_button.setAccessibleName(self.tr("Eksportér loggen"))
        self.model = AuditEntriesModel()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Revisionsposter"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Status for revisionsloggen"))
        self.status_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Medarbejder:"), self.staff_edit)
        form.addRow(self.tr("&Borger:"), self.citizen_edit)
        form.addRow(self.tr("&Handling:"), self.action_box)
        form.addRow(self.tr("&Fra:"), self.since_edit)
        form.addRow(self.tr("&Til:"), self.until_edit)
        buttons = QHBoxLayout()
        for button in (self.find_button, self.verify_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch()
        if retention is not None:
            self.days_box = QSpinBox()
            self.days_box.setAccessibleName(self.tr("Opbevaringstid i dage"))
            self.days_box.setRange(30, 36500)
            self.days_box.setEnabled(False)  # until the stored period has been read
            runner.run(retention.days, self._got_retention_days, self._failed, owner=self)
            self.purge_button = QPushButton(self.tr("Slet &udløbne poster"))
            self.purge_button.setAccessibleName(self.tr("Slet udløbne poster"))
            self.purge_button.clicked.connect(self.purge)
            form.addRow(self.tr("&Opbevaringstid (dage):"), self.days_box)
            buttons.addWidget(self.purge_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.status_label)
        self.find_button.clicked.connect(self.search)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self._choose_file)
        self.search()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            staff_id=self.staff_edit.text().strip(),
            citizen_id=self.citizen_edit.text().strip(),
            action=str(self.action_box.currentData() or ""),
            since=_date(self.since_edit),
            until=_date(self.until_edit) + dt.timedelta(days=1),  # the whole last day
        )

    def search(self) -> None:
        where = self.current_filter()
        self._runner.run(lambda: self._audits.find(where), self._found, self._failed, owner=self)

    def _found(self, entries: list[AuditEntry]) -> None:
        self.model.set_entries(entries)
        self.status_label.setText(self.tr("%1 poster").replace("%1", str(len(entries))))

    def verify(self) -> None:
        self.status_label.setText(self.tr("Kontrollerer kæderne …"))
        self._runner.run(self._audits.verify, self._verified, self._failed, owner=self)

    def _verified(self, verdict: ChainVerdict) -> None:
        if verdict.intact:
            text = self.tr("Kæden er hel: %1 poster kontrolleret.").replace(
                "%1", str(verdict.checked)
            )
        else:
            lines = [p.message for p in verdict.problems[:10]]
            text = (
                self.tr("Kæden er brudt (%1 fejl):").replace("%1", str(len(verdict.problems)))
                + "\n"
                + "\n".join(lines)
            )
        self.status_label.setText(text)

    def _choose_file(self) -> None:
        ask_where_to_save(
            self,
            self.tr("Gem revisionsloggen"),
            Path.home() / "revisionslog.csv",
            "",
            self.export_to,
        )

    def export_to(self, path: Path) -> None:
        where = self.current_filter()
        self._runner.run(
            lambda: self._audits.export_to(path, where),
            lambda rows: self.status_label.setText(
                self.tr("Gemt: %1 (%2 poster)").replace("%1", str(path)).replace("%2", str(rows))
            ),
            self._failed,
            owner=self,
        )

    def purge(self) -> None:
        """Keep the chosen period and remove what is older (an administrator's command)."""
        retention = self._retention
        if retention is None:
            return
        days = self.days_box.value()

        def work() -> int:
            retention.set_days(days)
            return retention.purge()

        def done(count: int) -> None:
            message = (
                self.tr("%1 poster ældre end %2 dage er slettet.")
                .replace("%1", str(count))
                .replace("%2", str(days))
            )
            where = self.current_filter()

            def shown(entries: list[AuditEntry]) -> None:  # the list, then the message stays
                self.model.set_entries(entries)
                self.status_label.setText(message)

            self._runner.run(lambda: self._audits.find(where), shown, self._failed, owner=self)

        self._runner.run(work, done, self._failed, owner=self)

    def _got_retention_days(self, days: int) -> None:
        self.days_box.setValue(days)
        self.days_box.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.status_label.setText(failure_text(error))
