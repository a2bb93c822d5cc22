"""The waiting room's clock: Copenhagen time as HH:MM (24 hours, the Danish way), told
at the turn of each minute. The clock moves the picture, so it runs on a timer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ui.formats import format_time

Now = Callable[[], dt.datetime]
LATE_MS = 50  # wake just after the minute turns, never just before it


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class MinuteClock(QObject):
    minute = Signal(str)  # the new time, "HH:MM"

    def __init__(self, parent: QObject | None = None, *, now: Now = utc_now) -> None:
        super().__init__(parent)
        self._now = now
        # Precise: a coarse timer may wake seconds early and show the old minute.
        self.timer = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self._wait_for_next_minute()

    def text(self) -> str:
        return format_time(self._now())

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        self.minute.emit(self.text())
        self._wait_for_next_minute()

    def _wait_for_next_minute(self) -> None:
        now = self._now()
        into_minute_ms = now.second * 1000 + now.microsecond // 1000
        self.timer.start(60_000 - into_minute_ms + LATE_MS)
