"""The one road for the desk's work: store calls on the worker thread, network calls on the loop.

`run` sends a function to ONE worker thread (so the desk's writes to the store are
serialised, as in Anki's single-thread executor); `run_async` runs a coroutine on
the qasync loop (the sync engine's requests to the server). Either way the result
or the error comes back on the GUI thread, to the owner widget if it still exists.
Busy state is counted and cleared in `finally`, so an error never leaves the screen
looking busy. A failure is logged here once (with its traceback when it is not a
refusal the user can act on) and shown as one translated line: by the caller's
`on_error` (`failure_text` gives the line) or, without one, by `failed`, which the
main window shows in its status bar.
"""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from app.errors import KnownError
from app.log_masking import refusal_for_log
from ui.failures import failure_text, is_expected

T = TypeVar("T")
log = logging.getLogger(__name__)
NO_SERVER_MESSAGE = "Skranken er ikke forbundet til en server, så det kan ikke hentes herfra."

OnError = Callable[[BaseException], None]
Schedule = Callable[[Coroutine[Any, Any, None]], object]


class _Relay(QObject):
    """Lives on the GUI thread; emitting from the worker queues the call over to it."""

    finished = Signal(int)  # the job's number: its answer waits in the runner's table


class BackgroundRunner(QObject):
    busy_changed = Signal(bool)
    failed = Signal(str)  # a failure nobody else showed: one translated line

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="skranke-db")
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_relay_finished)
        self._pending = 0
        self._closed = False
        self._schedule: Schedule | None = None
        # Held here, on the GUI thread, until the answer is delivered: the worker never
        # holds the last reference to a callback, a closure or a traceback, so no Qt
        # object is ever finalised on the worker thread.
        self._jobs: dict[int, tuple[Any, ...]] = {}
        self._answers: dict[int, tuple[Any, BaseException | None]] = {}
        self._numbers = itertools.count()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def use_loop(self, schedule: Schedule) -> None:
        """Where `run_async` runs its coroutines: the app's qasync loop (the GUI thread)."""
        self._schedule = schedule

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: OnError | None = None,
        owner: QObject | None = None,
    ) -> None:
        """`work()` on the store's worker thread; `on_done(value)` or `on_error(error)` on the
        GUI thread. `owner`: the widget the answer is for; if it is gone, the answer is
        dropped. Without `on_error` a failure goes to `failed` (the status bar)."""
        if self._closed:  # the app is closing: a late refresh has nowhere to go
            log.debug("background work dropped after shutdown")
            return
        self._begin()
        number = next(self._numbers)
        self._jobs[number] = (on_done, on_error, owner, work)
        self._executor.submit(self._work_on, number)  # the work stays in the table

    def _work_on(self, number: int) -> None:
        """On the worker: every reference is dropped before the GUI thread is told."""
        error: BaseException | None = None
        value: Any = None
        work = self._jobs[number][3]
        try:
            value = work()
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, never lost
            error = exc
        del work
        self._answers[number] = (value, error)
        del value, error
        self._relay.finished.emit(number)

    def run_async(
        self,
        work: Callable[[], Coroutine[Any, Any, T]],
        on_done: Callable[[T], None],
        on_error: OnError | None = None,
        owner: QObject | None = None,
    ) -> None:
        """`await work()` on the app's loop (network: the sync engine's requests); the answer
        comes back as with `run`. Without a loop (no server configured) it fails at once."""
        callbacks = (on_done, on_error, owner, work)
        if self._closed:
            log.debug("network work dropped after shutdown")
            return
        self._begin()
        if self._schedule is None:  # a stand-alone desk: no server to ask
            self._finish(callbacks, None, KnownError(NO_SERVER_MESSAGE))
            return

        async def job() -> None:
            try:
                value = await work()
            except Exception as exc:  # noqa: BLE001 - delivered like the worker's errors
                self._finish(callbacks, None, exc)
            else:
                self._finish(callbacks, value, None)

        coroutine = job()
        try:
            self._schedule(coroutine)
        except RuntimeError:  # the loop is gone (closing): the asker falls back as if offline
            coroutine.close()
            self._finish(callbacks, None, KnownError(NO_SERVER_MESSAGE))

    def _begin(self) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

    def _on_relay_finished(self, number: int) -> None:
        value, error = self._answers.pop(number)
        self._finish(self._jobs.pop(number), value, error)

    def _finish(self, callbacks: Any, value: Any, error: BaseException | None) -> None:
        on_done, on_error, owner, work = callbacks
        try:
            if error is not None:
                self._log(error, work)
            if owner is not None and not shiboken6.isValid(owner):
                log.debug("background answer dropped: its window was closed")
            elif error is None:
                on_done(value)
            elif on_error is not None:
                on_error(error)
            else:
                self.failed.emit(failure_text(error))
        finally:
            self._end()

    def _end(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)

    @staticmethod
    def _log(error: BaseException, work: object) -> None:
        doing = getattr(work, "__qualname__", repr(work))
        if is_expected(error):  # a refusal or a known condition: the user is told, no bug
            log.info("%s: %s", doing, refusal_for_log(error))  # its template: no name in it
        else:
            log.error("%s failed", doing, exc_info=error)

    def shutdown(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=True)


class GuiThreadGuard:
    """Reports any store access made on the GUI thread: it would freeze the screen while
    the sync engine holds the write lock. Logged as an error with the caller's stack (so
    a test fails on it); counted for the desk's self-check."""

    def __init__(self) -> None:
        self._gui = threading.get_ident()  # built on the GUI thread by the composition root
        self.violations = 0

    def __call__(self) -> None:
        if threading.get_ident() != self._gui:
            return
        self.violations += 1
        ours = [
            frame
            for frame in traceback.extract_stack()[:-1]
            if "site-packages" not in frame.filename and "sqlalchemy" not in frame.filename
        ]
        stack = "".join(traceback.format_list(ours[-8:]))
        log.error("the store was used on the GUI thread, from:\n%s", stack)
