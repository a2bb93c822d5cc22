"""Export queue statistics for a range of days as CSV or Excel (Ctrl+E): this site's from
the local store, or — for a supervisor, with a server — every site's from the server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.queue.day_statistics import StatisticsRow
from app.queue.service import QueueService
from app.queue.statistics_files import write_csv, write_xlsx
from ui.background import BackgroundRunner
from ui.failures import failure_text
from ui.file_choice import ask_where_to_save
from ui.queue.statistics_source import ServerStatistics


def _day(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class StatisticsDialog(QDialog):
    def __init__(
        self,
        queue: QueueService,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
        *,
        server: ServerStatistics | None = None,
        may_all_sites: bool = False,
    ) -> None:
        super().__init__(parent)
        self._queue = queue
        self._runner = runner
        self._server = server
        self.setWindowTitle(self.tr("Eksportér køstatistik"))
        day = queue.today()
        today = QDate(day.year, day.month, day.day)
        self.first = QDateEdit(today)
        self.first.setCalendarPopup(True)
        self.first.setAccessibleName(self.tr("Fra dato"))
        self.last = QDateEdit(today)
        self.last.setCalendarPopup(True)
        self.last.setAccessibleName(self.tr("Til dato"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Filformat"))
        self.kind.addItem(self.tr("Excel (.xlsx)"), "xlsx")
        self.kind.addItem(self.tr("CSV til Excel (.csv)"), "csv")
        self.all_sites = QCheckBox(self.tr("&Alle afdelinger (hentes fra serveren)"))
        self.all_sites.setAccessibleName(self.tr("Alle afdelinger"))
        self.all_sites.setEnabled(server is not None and may_all_sites)
        self.all_sites.setToolTip(
            self.tr("Kun for ledere, og kun når arbejdsstationen er tilmeldt en server.")
        )
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Eksportstatus"))
        self.result_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Gem som …"))
        self.save_button.setAccessibleName(self.tr("Gem statistik"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._choose_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Fra:"), self.first)
        form.addRow(self.tr("&Til:"), self.last)
        form.addRow(self.tr("Fil&format:"), self.kind)
        form.addRow("", self.all_sites)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)

    def _choose_file(self) -> None:
        suffix = str(self.kind.currentData())
        name = f"koestatistik-{_day(self.first).isoformat()}-{_day(self.last).isoformat()}.{suffix}"
        ask_where_to_save(self, self.tr("Gem køstatistik"), Path.home() / name, "", self.export_to)

    def export_to(self, path: Path) -> None:
        """Compute and write off the GUI thread; the outcome is shown in the dialog."""
        first, last = _day(self.first), _day(self.last)
        self.save_button.setEnabled(False)
        if self._server is not None and self.all_sites.isChecked():
            self.result_label.setText(self.tr("Henter alle afdelingers tal fra serveren …"))
            self._server.fetch(
                first,
                last,
                lambda report: self._write(path, report.per_counter, report.per_service),
                self._server_failed,
                self,
            )
            return
        # This site's tickets: a workstation's store holds its own site's queues only.
        self.result_label.setText(self.tr("Beregner og gemmer …"))
        self._runner.run(
            lambda: self._queue.statistics(first, last),
            lambda rows: self._write(path, *rows),
            self._failed,
            owner=self,
        )

    def _write(
        self,
        path: Path,
        per_counter: Sequence[StatisticsRow],
        per_service: Sequence[StatisticsRow],
    ) -> None:
        as_csv = str(self.kind.currentData()) == "csv"
        self.result_label.setText(self.tr("Gemmer …"))

        def work() -> tuple[Path, int]:
            if as_csv:
                return write_csv(path, per_counter), len(per_counter)
            return write_xlsx(path, per_counter, per_service), len(per_counter)

        self._runner.run(work, self._saved, self._failed, owner=self)

    def _server_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        reason = failure_text(error)
        self.result_label.setText(
            self.tr(
                "Serveren kan ikke nås, så alle afdelingers tal kunne ikke hentes (%1). "
                "Denne afdelings tal kan stadig eksporteres: fjern fluebenet "
                "«Alle afdelinger» og gem igen."
            ).replace("%1", reason)
        )

    def _saved(self, result: tuple[Path, int]) -> None:
        path, rows = result
        self.save_button.setEnabled(True)
        self.result_label.setText(
            self.tr("Gemt: %1 (%2 rækker)").replace("%1", str(path)).replace("%2", str(rows))
        )

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.result_label.setText(self.tr("Ikke gemt: %1").replace("%1", failure_text(error)))
