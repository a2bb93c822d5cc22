"""The vacancy list of «Ledige job»: keeps the chosen job chosen across searches and
across turning the screen toward the citizen (large type, no internal columns)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.jobshop.vacancy_service import VacancyLine
from ui.fit_columns import FitColumns
from ui.jobshop.vacancy_model import VacancyTableModel

CITIZEN_VIEW_STYLE = "QTableView { font-size: 26px; } QHeaderView { font-size: 22px; }"


class JobsTable(QTableView):
    current_changed = Signal(object)  # the vacancy id, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Ledige job"))
        self.vacancy_model = VacancyTableModel(self)
        self.setModel(self.vacancy_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)  # one line per job; the detail beside shows it whole
        # The title takes the room left; narrow, the columns the detail beside repeats
        # step out: positions, hours, trade area, contact, place, status and deadline; the
        # company stays, it tells one «Social- og sundhedshjælper» from the next.
        self.columns = FitColumns(self, stretch=0, drop_order=(6, 4, 2, 8, 3, 7, 5))
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._current_id: str | None = None
        self._focus_next = False
        self._preferred: str | None = None
        self._quiet = False
        self.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    @property
    def current_id(self) -> str | None:
        return self._current_id

    def set_lines(self, lines: Sequence[VacancyLine]) -> None:
        keep, self._preferred = self._preferred or self._current_id, None
        self.vacancy_model.set_lines(lines)
        self._reselect(keep)
        if self._focus_next:
            self._focus_next = False
            if self._current_id is None and self.vacancy_model.rowCount() > 0:
                self.selectRow(0)
            self.setFocus()

    def focus_first(self) -> None:
        """Enter in the search: the next answer puts the keyboard in the list."""
        self._focus_next = True

    def prefer(self, vacancy_id: str) -> None:
        """Choose this job when it appears (a job just created)."""
        self._preferred = vacancy_id

    def set_citizen_view(self, on: bool) -> None:
        keep = self._current_id
        self.vacancy_model.set_citizen_view(on)
        self.setStyleSheet(CITIZEN_VIEW_STYLE if on else "")
        self.resizeColumnsToContents()
        self._reselect(keep)

    def _reselect(self, vacancy_id: str | None) -> None:
        row = self.vacancy_model.row_of(vacancy_id) if vacancy_id else -1
        self._quiet = True  # moving the selection here is not the user choosing
        try:
            if row >= 0:
                self.selectRow(row)
            else:
                self.clearSelection()
                self.setCurrentIndex(QModelIndex())
        finally:
            self._quiet = False
        # A job that left the list (just filled, filtered away) stays beside it until
        # another is chosen: the counsellor still sees what they just did.
        if vacancy_id != self._current_id:
            self._current_id = vacancy_id
            self.current_changed.emit(vacancy_id)

    def _on_current_row_changed(self, current: QModelIndex) -> None:
        if self._quiet:
            return
        line = self.vacancy_model.line(current.row()) if current.isValid() else None
        vacancy_id = line.vacancy.id if line else None
        if vacancy_id is not None and vacancy_id != self._current_id:
            self._current_id = vacancy_id
            self.current_changed.emit(vacancy_id)
