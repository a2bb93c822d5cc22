"""Ledelsesinformation: the supervisor's dashboard of production figures.

A period (day, week or month; this month so far at first) and a site (all, or one), the
figures of every part of the desk as charts with their targets drawn in, each beside a
table of the same numbers, and an export of the figures shown as CSV or Excel. Loads
through the background runner (never on the GUI thread), shows that it is loading, and
loads again when the desk's data changes while the dashboard is open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.change_kinds import Tables, concerns
from app.clock import today as job_centre_today
from app.management_info.figures import FiguresOrigin, ProductionFigures
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay
from ui.failures import failure_text
from ui.file_choice import ask_where_to_save
from ui.formats import format_datetime
from ui.management_info.export_files import write_figures
from ui.management_info.figures_source import DashboardSource
from ui.management_info.from_figures import sections_of
from ui.management_info.labels import Labels
from ui.management_info.period_picker import PeriodPicker
from ui.management_info.section_panel import SectionPanel
from ui.management_info.sections import Section

# What the figures are counted from: a change to one of these loads them again.
FIGURE_TABLES = frozenset(
    {
        "visit",
        "categorisation_decision",
        "referral",
        "group_booking",
        "group_session",
        "follow_up",
        "job_referral",
        "kvik_request",
        "advice_session",
        "ticket",
    }
)


class Dashboard(QDialog):
    def __init__(
        self,
        source: DashboardSource,
        runner: BackgroundRunner,
        read_labels: Callable[[], Labels],
        parent: QWidget | None = None,
        *,
        per_staff: bool = True,
        today: Callable[[], dt.date] = job_centre_today,
        may_show: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self._may_show = may_show  # who is signed in may read the figures
        self._source = source
        self._runner = runner
        self._read_labels = read_labels
        self._per_staff = per_staff
        self._labels: Labels | None = None
        self._figures: ProductionFigures | None = None
        self._sections: tuple[Section, ...] = ()
        self._loading = False
        self._again = False
        self._stale = False
        self.loads = 0  # answers shown (a test waits on it)
        self.setWindowTitle(self.tr("Ledelsesinformation"))
        self.setAccessibleName(self.tr("Ledelsesinformation"))
        self.resize(1000, 680)

        self.period = PeriodPicker(today)
        self.period.changed.connect(self.refresh)
        self.site = QComboBox()
        self.site.setAccessibleName(self.tr("Afdeling"))
        self.site.addItem(self.tr("Alle afdelinger"), "")
        self.site.currentIndexChanged.connect(self.refresh)
        site_label = QLabel(self.tr("&Afdeling:"))
        site_label.setBuddy(self.site)
        self.refresh_button = QPushButton(self.tr("&Opdatér"))
        self.refresh_button.setAccessibleName(self.tr("Opdatér tallene"))
        self.refresh_button.setToolTip(self.tr("F5"))
        self.refresh_button.clicked.connect(self.refresh)
        refresh_key = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        refresh_key.setWhatsThis(self.tr("Opdatér tallene"))
        refresh_key.activated.connect(self.refresh)
        choices = QHBoxLayout()
        choices.addWidget(self.period, 1)
        choices.addWidget(site_label)
        choices.addWidget(self.site)
        choices.addWidget(self.refresh_button)

        self.origin_label = QLabel()
        self.origin_label.setAccessibleName(self.tr("Tallenes kilde"))
        self.origin_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Henter tal"))
        self.progress.setRange(0, 0)  # busy: no fraction to show
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()

        self.panels: list[SectionPanel] = []
        self._page = QWidget()
        self._page_layout = QVBoxLayout(self._page)
        self._page_layout.addStretch(1)
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setWidget(self._page)
        self.page_scroll.setAccessibleName(self.tr("Tal for perioden"))

        self.csv_button = QPushButton(self.tr("Eksportér &CSV …"))
        self.csv_button.setAccessibleName(self.tr("Eksportér CSV"))
        self.csv_button.clicked.connect(lambda: self._choose_file("csv"))
        self.xlsx_button = QPushButton(self.tr("Eksportér &Excel …"))
        self.xlsx_button.setAccessibleName(self.tr("Eksportér Excel"))
        self.xlsx_button.clicked.connect(lambda: self._choose_file("xlsx"))
        self.export_label = QLabel()
        self.export_label.setAccessibleName(self.tr("Eksportstatus"))
        self.export_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.xlsx_button)
        bottom.addWidget(self.export_label, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.origin_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.page_scroll, 1)
        layout.addLayout(bottom)
        self._set_export_enabled(False)
        self.setFocusProxy(self.period.kind)

    def setVisible(self, visible: bool) -> None:
        """Never shown to someone who may not read the figures (the window shows its
        dialogs again after sign-in, whoever signs in)."""
        if visible and not self._may_show():
            window = self.parentWidget()
            if window is not None:  # the keys go back to the desk, not to nowhere
                QTimer.singleShot(0, window, window.activateWindow)
            return
        super().setVisible(visible)

    # --- loading -------------------------------------------------------------------------
    def follow(self, changes: ChangeRelay) -> None:
        """Load again when the desk's data changes (a command here, or a pull)."""
        changes.changed.connect(self._on_changed)

    def _on_changed(self, tables: Tables) -> None:
        if not concerns(tables, FIGURE_TABLES):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._labels is None and not self._loading:
            self._load_labels()
        elif self._stale:
            self.refresh()

    def _load_labels(self) -> None:
        self._begin()
        self._runner.run(self._read_labels, self._labels_read, self._failed, self)

    def _labels_read(self, labels: Labels) -> None:
        self._labels = labels
        self.site.blockSignals(True)
        for code, name in labels.sites.items():
            self.site.addItem(name, code)
        self.site.blockSignals(False)
        self._loading = False
        self.refresh()

    def chosen_sites(self) -> Sequence[str] | None:
        code = str(self.site.currentData() or "")
        return (code,) if code else None

    def refresh(self) -> None:
        """Ask for the figures (one question at a time; a change meanwhile asks once more)."""
        if self._labels is None:
            return  # the names come first; the figures follow them
        if self._loading:
            self._again = True
            return
        self._stale = False
        self._begin()
        first, last = self.period.period()
        self._source.fetch(
            first,
            last,
            self.chosen_sites(),
            self._per_staff,
            self._show,
            self._failed,
            self,
        )

    def _begin(self) -> None:
        self._loading = True
        self.progress.show()
        self.origin_label.setText(self.tr("Henter tal …"))

    def _answered(self) -> None:
        self._loading = False
        self.progress.hide()
        self.loads += 1
        if self._again:
            self._again = False
            QTimer.singleShot(0, self, self.refresh)

    def _failed(self, error: BaseException) -> None:
        self._answered()
        self.origin_label.setText(
            self.tr("Tallene kunne ikke hentes: %1 (F5 prøver igen)").replace(
                "%1", failure_text(error)
            )
        )

    def _show(self, figures: ProductionFigures) -> None:
        self._answered()
        assert self._labels is not None
        self._figures = figures
        wanted = self.chosen_sites()
        sites = [s for s in figures.sites if wanted is None or s in wanted]
        self._sections = sections_of(figures, self._labels, sites)
        self._show_origin(figures, sites)
        self._fill(self._sections)
        self._set_export_enabled(True)

    def _show_origin(self, figures: ProductionFigures, sites: Sequence[str]) -> None:
        """Whose figures these are, where they were computed, and when."""
        when = format_datetime(figures.computed_at)
        labels = self._labels or Labels()
        own = labels.site(self._source.own_site)
        if figures.origin is FiguresOrigin.SERVER and self.chosen_sites() is None:
            text = self.tr("Alle afdelinger, fra serveren · beregnet %1").replace("%1", when)
        elif figures.origin is FiguresOrigin.SERVER:
            text = (
                self.tr("%1, fra serveren · beregnet %2")
                .replace("%1", ", ".join(labels.site(s) for s in sites))
                .replace("%2", when)
            )
        elif self._source.has_server:
            text = (
                self.tr("Kun %1: serveren svarer ikke, så tallene er fra denne pc · beregnet %2")
                .replace("%1", own)
                .replace("%2", when)
            )
        else:
            text = (
                self.tr("Kun %1: ingen server, så tallene er fra denne pc · beregnet %2")
                .replace("%1", own)
                .replace("%2", when)
            )
        self.origin_label.setText(text)

    def _fill(self, sections: tuple[Section, ...]) -> None:
        while len(self.panels) < len(sections):
            panel = SectionPanel()
            self._page_layout.insertWidget(len(self.panels), panel)
            self.panels.append(panel)
        for panel, section in zip(self.panels, sections, strict=False):
            panel.show_section(section)
            panel.show()
        for panel in self.panels[len(sections) :]:
            panel.hide()

    @property
    def sections(self) -> tuple[Section, ...]:
        return self._sections

    @property
    def labels(self) -> Labels | None:
        """The names shown for the figures' codes (once read)."""
        return self._labels

    # --- export --------------------------------------------------------------------------
    def _set_export_enabled(self, enabled: bool) -> None:
        self.csv_button.setEnabled(enabled)
        self.xlsx_button.setEnabled(enabled)

    def _choose_file(self, kind: str) -> None:
        if self._figures is None:
            return
        first, last = self._figures.period_start, self._figures.period_end
        name = f"ledelsesinformation-{first.isoformat()}-{last.isoformat()}.{kind}"
        ask_where_to_save(
            self,
            self.tr("Gem ledelsesinformation"),
            Path.home() / name,
            self.tr("CSV til Excel (*.csv)") if kind == "csv" else self.tr("Excel (*.xlsx)"),
            self.export_to,
        )

    def export_to(self, path: Path) -> None:
        """Write the figures shown to `path` (CSV or Excel by its suffix), off the GUI thread."""
        figures = self._figures
        if figures is None:
            return
        sites = self.chosen_sites()
        self._set_export_enabled(False)
        self.export_label.setText(self.tr("Gemmer …"))
        self._runner.run(
            lambda: write_figures(path, figures, sites),
            self._saved,
            self._save_failed,
            self,
        )

    def _saved(self, result: tuple[Path, int]) -> None:
        path, rows = result
        self._set_export_enabled(True)
        self.export_label.setText(
            self.tr("Gemt: %1 (%2 rækker)").replace("%1", str(path)).replace("%2", str(rows))
        )

    def _save_failed(self, error: BaseException) -> None:
        self._set_export_enabled(True)
        self.export_label.setText(self.tr("Ikke gemt: %1").replace("%1", failure_text(error)))
