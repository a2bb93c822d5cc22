"""The dashboard's period: a day, a week (Monday to Sunday) or a month, around a chosen
date and never past today — by default this month so far."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app.clock import today as job_centre_today
from ui.formats import format_date


class PeriodKind(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def period_of(kind: PeriodKind, day: dt.date, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the `kind` holding `day`, cut at `today`."""
    if kind is PeriodKind.DAY:
        first = last = day
    elif kind is PeriodKind.WEEK:
        first = day - dt.timedelta(days=day.weekday())
        last = first + dt.timedelta(days=6)
    else:
        first = day.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        last = following - dt.timedelta(days=1)
    return first, max(first, min(last, today))


def _day(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class PeriodPicker(QWidget):
    changed = Signal()  # the period shown is another now

    def __init__(
        self, today: Callable[[], dt.date] = job_centre_today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Periode"))
        self.kind.addItem(self.tr("Dag"), PeriodKind.DAY.value)
        self.kind.addItem(self.tr("Uge"), PeriodKind.WEEK.value)
        self.kind.addItem(self.tr("Måned"), PeriodKind.MONTH.value)
        self.kind.setCurrentIndex(2)  # this month so far
        now = today()
        self.day = QDateEdit(QDate(now.year, now.month, now.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setMaximumDate(QDate(now.year, now.month, now.day))
        self.day.setAccessibleName(self.tr("Dato i perioden"))
        self.span = QLabel()
        self.span.setAccessibleName(self.tr("Periodens dage"))
        kind_label = QLabel(self.tr("&Periode:"))
        kind_label.setBuddy(self.kind)
        day_label = QLabel(self.tr("&Dato:"))
        day_label.setBuddy(self.day)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(kind_label)
        layout.addWidget(self.kind)
        layout.addWidget(day_label)
        layout.addWidget(self.day)
        layout.addWidget(self.span, 1)
        self.kind.currentIndexChanged.connect(self._on_edited)
        self.day.dateChanged.connect(self._on_edited)
        self._show_span()

    @property
    def period_kind(self) -> PeriodKind:
        return PeriodKind(str(self.kind.currentData()))

    def period(self) -> tuple[dt.date, dt.date]:
        return period_of(self.period_kind, _day(self.day), self._today())

    def _on_edited(self) -> None:
        self._show_span()
        self.changed.emit()

    def _show_span(self) -> None:
        first, last = self.period()
        self.span.setText(
            format_date(first)
            if first == last
            else self.tr("%1 – %2")
            .replace("%1", format_date(first))
            .replace("%2", format_date(last))
        )
