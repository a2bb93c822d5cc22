"""«Jobordrer»: the supervisor's list of job orders that landed at a site's job shop and
were not taken within their trade area's hours, every site, the longest overdue first.

Job orders are shared data, so this desk's store holds every site's; the list reloads on
the change event (an order created, taken, moved, here or synced in) and every minute,
since waits grow with the clock while nothing changes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from app.jobshop.distribution import UntakenOrder
from app.jobshop.vacancy_service import VacancyService
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay, LiveData
from ui.failures import failure_text
from ui.fit_columns import FitColumns
from ui.formats import format_datetime
from ui.line_table import LineTableModel

SHOWN_TABLES = ("vacancy", "reference_data_version")
CLOCK_MS = 60_000
_CONTEXT = "UntakenOrders"


def hours_text(span: dt.timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


class UntakenOrdersModel(LineTableModel[UntakenOrder]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                (QT_TRANSLATE_NOOP("UntakenOrders", "Afdeling"), lambda o: o.site_name),
                (QT_TRANSLATE_NOOP("UntakenOrders", "Job"), lambda o: o.vacancy.title),
                (
                    QT_TRANSLATE_NOOP("UntakenOrders", "Virksomhed"),
                    lambda o: o.vacancy.company_name,
                ),
                (QT_TRANSLATE_NOOP("UntakenOrders", "Branche"), lambda o: o.trade_area_label),
                (
                    QT_TRANSLATE_NOOP("UntakenOrders", "Modtaget"),
                    lambda o: format_datetime(o.vacancy.created_at),
                ),
                (
                    QT_TRANSLATE_NOOP("UntakenOrders", "Ventet (t:mm)"),
                    lambda o: hours_text(o.waited),
                ),
                (
                    QT_TRANSLATE_NOOP("UntakenOrders", "Frist (t)"),
                    lambda o: str(o.limit // dt.timedelta(hours=1)),
                ),
            ],
            _CONTEXT,
            parent,
        )


class UntakenOrdersPanel(QWidget):
    def __init__(
        self,
        vacancies: VacancyService,
        runner: BackgroundRunner,
        changes: ChangeRelay | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = UntakenOrdersModel(self)
        self.summary_label = QLabel()
        self.summary_label.setAccessibleName(self.tr("Jobordrer der ikke er taget"))
        self.summary_label.setWordWrap(True)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Jobordrer ikke taget i tide"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        FitColumns(self.table, stretch=1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self.data = LiveData(
            self,
            runner,
            SHOWN_TABLES,
            lambda: vacancies.untaken_orders(only_overdue=True),
            self._show,
            self._failed,
            changes=changes,
        )
        self.timer = QTimer(self, interval=CLOCK_MS)
        self.timer.timeout.connect(self.data.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()
        self.data.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def _show(self, orders: list[UntakenOrder]) -> None:
        self.model.set_lines(orders)
        if not orders:
            text = self.tr("Ingen jobordrer venter ud over deres frist.")
        elif len(orders) == 1:
            text = self.tr("1 jobordre er ikke taget inden for fristen i sin afdeling.")
        else:
            text = self.tr("%1 jobordrer er ikke taget inden for fristen i deres afdeling.")
        self.summary_label.setText(text.replace("%1", str(len(orders))))

    def _failed(self, error: BaseException) -> None:
        self.summary_label.setText(
            self.tr("Jobordrerne kunne ikke hentes: %1").replace("%1", failure_text(error))
        )
