"""The supervisor's view: every queue at every site, live, with limits and staleness.

With a server it shows all three sites as the server has them and greys out a
site none of whose workstations is in touch. Without a server (or while it does
not answer) it shows this site from the local store and keeps the other sites'
last numbers greyed and marked as old — never as if they were current.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.change_kinds import OUTBOX, Tables, concerns
from app.clock import service_day
from app.commands.envelope import utc_now
from app.queue.overview import Overview, SiteOverview
from app.reference_data.readers import QueueThresholds
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay, LiveData
from ui.failures import failure_text
from ui.fit_columns import FitColumns
from ui.formats import format_time
from ui.queue.figures_model import FiguresModel
from ui.queue.hourly_chart import HourlyChart
from ui.queue.overview_source import OverviewSource

REFRESH_MS = 3000  # the server's figures for every site: other sites' changes send no event
QUEUE_TABLES = frozenset({"ticket", "counter_service", "counter", "staff", "service"})
THRESHOLD_TABLES = ("reference_data_version",)


class SupervisorView(QWidget):
    def __init__(
        self,
        source: OverviewSource,
        names: dict[str, str],
        *,
        fallback: OverviewSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._fallback = fallback  # this site from the local store, when the server fails
        self._last: Overview | None = None
        self.model = FiguresModel(names)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Opdateringsstatus"))
        self.status_label.setWordWrap(True)  # the server's reason is long: 1024 px must do
        self.alert_label = QLabel()
        self.alert_label.setAccessibleName(self.tr("Køalarm"))
        self.alert_label.setProperty("role", "error")
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Køoversigt"))
        self.table.setModel(self.model)
        # The queue's name takes the room left; narrow, today's totals step out first.
        FitColumns(self.table, stretch=1, drop_order=(7, 6, 4))
        self.table.verticalHeader().hide()
        self.counters = QStandardItemModel(0, 5, self)
        self.counters.setHorizontalHeaderLabels(
            [
                self.tr("Afdeling"),
                self.tr("Skranke"),
                self.tr("Medarbejder"),
                self.tr("Betjener nu"),
                self.tr("Forbindelse"),
            ]
        )
        self.counter_table = QTableView()
        self.counter_table.setAccessibleName(self.tr("Skranker og medarbejdere"))
        self.counter_table.setModel(self.counters)
        self.counter_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.counter_table.verticalHeader().hide()
        self.chart_site = QComboBox()
        self.chart_site.setAccessibleName(self.tr("Afdeling i diagrammet"))
        self.chart_site.currentIndexChanged.connect(self._draw_chart)
        self.chart = HourlyChart()
        self._sites: tuple[SiteOverview, ...] = ()
        # The queues get the height they need; the counters, the day's chart and the
        # supervisor's actions share the rest as pages, so nothing is squeezed at 700 px.
        self.details = QTabWidget()
        self.details.setAccessibleName(self.tr("Skranker, diagram og styring"))
        self.details.addTab(self.counter_table, self.tr("Skranker"))
        chart_page = QWidget()
        chart_box = QVBoxLayout(chart_page)
        chart_box.addWidget(self.chart_site)
        chart_box.addWidget(self.chart, 1)
        self.details.addTab(chart_page, self.tr("Dagens timer"))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.alert_label)
        layout.addWidget(self.splitter, 1)
        # After Qt has laid the new rows out (their heights are known then).
        self.model.modelReset.connect(
            lambda: QTimer.singleShot(0, self, self._give_the_queues_their_height)
        )
        self._fetching = False
        self._again = False
        self._thresholds_day: dt.date | None = None  # the day the limits in force were read
        # Polls only the server (all sites); this site's own figures follow its changes.
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._sync_timer()
        self.refresh()

    def follow(self, changes: ChangeRelay) -> None:
        """Refresh when this site's queue changes (a command here, or a pull)."""
        changes.changed.connect(self._on_changed)

    def _on_changed(self, tables: Tables) -> None:
        if concerns(tables, QUEUE_TABLES | {OUTBOX}) and self.isVisible():
            self.refresh()

    def _sync_timer(self) -> None:
        if self._source.all_sites:
            self._timer.start()
        else:
            self._timer.stop()

    def add_panel(self, panel: QWidget) -> None:
        """The supervisor's actions for this site (ui/queue/supervisor_actions.py), below."""
        self.details.addTab(panel, self.tr("Styring"))

    def add_page(self, page: QWidget, title: str) -> None:
        """Another page below the queues (the job orders not taken in time)."""
        self.details.addTab(page, title)

    def _give_the_queues_their_height(self) -> None:
        """Every queue row in view when the window allows it; the pages below keep a third."""
        table = self.table
        needed = (
            table.horizontalHeader().height()
            + table.verticalHeader().length()
            + 2 * table.frameWidth()
            + table.horizontalScrollBar().sizeHint().height()  # in case columns overflow
        )
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        top = min(needed, total * 2 // 3)
        self.splitter.setSizes([top, total - top])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._give_the_queues_their_height()

    def current_source(self) -> OverviewSource:
        return self._source

    def use_sources(self, source: OverviewSource, fallback: OverviewSource | None) -> None:
        """Switch to the server once sync is attached; the local store stays the fallback."""
        self._source, self._fallback = source, fallback
        self._sync_timer()
        self.refresh()

    def title(self) -> str:
        return self.tr("Køoversigt")

    def refresh(self) -> None:
        """Ask the source (one question at a time; a change meanwhile asks once more)."""
        if self._fetching:
            self._again = True
            return
        self._fetching = True
        self._source.fetch(self._show, self._source_failed, self)
        thresholds = getattr(self, "thresholds", None)
        if thresholds is not None and self._thresholds_day != service_day(utc_now()):
            thresholds.refresh()  # a new day may bring a version published for it

    def _answered(self) -> None:
        self._fetching = False
        if self._again:
            self._again = False
            QTimer.singleShot(0, self, self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # changes while hidden were not fetched

    def _show(self, overview: Overview) -> None:
        self._answered()
        self._last = overview if self._source.all_sites else self._last
        time = updated_at(overview)
        self.status_label.setText(
            self.tr("Alle afdelinger · opdateret %1").replace("%1", time)
            if self._source.all_sites
            else self.tr("Kun denne afdeling (ingen server) · opdateret %1").replace("%1", time)
        )
        self._fill(overview.sites)

    def _source_failed(self, error: BaseException) -> None:
        self._answered()
        reason = failure_text(error)
        if self._fallback is None:
            self.status_label.setText(
                self.tr("Tallene kunne ikke opdateres: %1").replace("%1", reason)
            )
            self.model.mark_all_stale()
            return
        since = updated_at(self._last) if self._last else "–"
        self.status_label.setText(
            self.tr(
                "Serveren svarer ikke (%1). Denne afdeling vises fra egne data; de andre er fra %2."
            )
            .replace("%1", reason)
            .replace("%2", since)
        )
        self._fallback.fetch(self._merge_with_last, lambda _e: self.model.mark_all_stale(), self)

    def _merge_with_last(self, local: Overview) -> None:
        mine = {s.site_code for s in local.sites}
        others = (
            [] if self._last is None else [s for s in self._last.sites if s.site_code not in mine]
        )
        # The others' numbers are the server's last word: shown, but marked old.
        old = [dataclasses.replace(s, workstations=()) for s in others]
        self._fill(tuple(local.sites) + tuple(old))

    def _fill(self, sites: tuple[SiteOverview, ...]) -> None:
        self.model.set_sites(sites)
        self._sites = sites
        chosen = self.chart_site.currentText()
        self.chart_site.blockSignals(True)
        self.chart_site.clear()
        self.chart_site.addItems([s.site_name for s in sites])
        self.chart_site.setCurrentIndex(max(self.chart_site.findText(chosen), 0))
        self.chart_site.blockSignals(False)
        self._draw_chart()
        self._show_alert()
        self.counters.removeRows(0, self.counters.rowCount())
        for site in sites:
            live = {w.counter_number: w.live for w in site.workstations}
            for c in site.counters:
                known = live.get(c.counter_number)
                connection = (
                    self.tr("ukendt")  # no enrolled workstation at that counter that we know of
                    if known is None
                    else self.tr("forbundet")
                    if known
                    else self.tr("ikke forbundet")
                )
                self.counters.appendRow(
                    [
                        QStandardItem(site.site_name),
                        QStandardItem(str(c.counter_number)),
                        QStandardItem(c.staff_name or "–"),
                        QStandardItem(c.ticket_number or "–"),
                        QStandardItem(connection),
                    ]
                )

    def follow_thresholds(
        self, runner: BackgroundRunner, read: Callable[[], QueueThresholds], changes: ChangeRelay
    ) -> None:
        """The alert limits in force (reference data), loaded now and whenever a version is
        published here or arrives from another desk."""

        def read_for_today() -> QueueThresholds:
            self._thresholds_day = service_day(utc_now())
            return read()

        self.thresholds = LiveData(
            self, runner, THRESHOLD_TABLES, read_for_today, self._use_thresholds, changes=changes
        )
        self.thresholds.refresh()

    def _use_thresholds(self, thresholds: QueueThresholds) -> None:
        self.model.set_thresholds(thresholds)
        self._show_alert()

    def _show_alert(self) -> None:
        over = self.model.over_limit()
        limits = sorted({self.model.limits(s.site_code)[1] for s in self._sites})
        self.alert_label.setText(
            self.tr("Over grænsen (%1 min): %2")
            .replace("%1", "/".join(str(n) for n in limits))
            .replace("%2", ", ".join(over))
            if over
            else ""
        )

    def _draw_chart(self) -> None:
        index = self.chart_site.currentIndex()
        if 0 <= index < len(self._sites):
            site = self._sites[index]
            self.chart.show_hours(site.site_name, site.hours)


def updated_at(overview: Overview) -> str:
    """Copenhagen time, as the tickets show it, whatever the PC's own time zone."""
    moment = overview.as_of
    if moment.tzinfo is None:  # the server speaks UTC
        moment = moment.replace(tzinfo=dt.UTC)
    return format_time(moment, seconds=True)
