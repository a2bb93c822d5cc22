"""The one road for background work: database calls off the GUI thread.

Every call runs on ONE worker thread (so writes to the store are serialised,
as in Anki's single-thread executor); its result or error comes back on the
GUI thread through a queued Qt signal. Callers pass what to do with either.
Busy state is counted and cleared in `finally`, so an error never leaves the
screen looking busy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

T = TypeVar("T")
log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; emitting from the worker queues the call over to it."""

    finished = Signal(object, object, object)  # callback, value, error


class BackgroundRunner(QObject):
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="skranke-db")
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_relay_finished)
        self._pending = 0
        self._closed = False

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        owner: QObject | None = None,
    ) -> None:
        """`owner`: the widget the answer is for; if it is gone by then, the answer is dropped."""
        if self._closed:  # the app is closing: a late timer's refresh has nowhere to go
            log.debug("background work dropped after shutdown")
            return
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def job() -> None:
            try:
                value: Any = work()
            except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, never lost
                self._relay.finished.emit((on_done, on_error, owner), None, exc)
            else:
                self._relay.finished.emit((on_done, on_error, owner), value, None)

        self._executor.submit(job)

    def _on_relay_finished(self, callbacks: Any, value: Any, error: BaseException | None) -> None:
        on_done, on_error, owner = callbacks
        try:
            if owner is not None and not shiboken6.isValid(owner):
                log.debug("background answer dropped: its window was closed")
            elif error is not None:
                on_error(error)
            else:
                on_done(value)
        finally:
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)

    def shutdown(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=True)
