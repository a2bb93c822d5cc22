"""The desk's one "something changed" event, and the screens' way of staying current on it.

The command bus announces what each local commit wrote, the sync engine what each
pull brought (app/change_kinds.py names them). `ChangeRelay` takes both, from any
thread, and emits `changed(tables)` on the GUI thread — announcements that arrive in
the same turn of the event loop come out as one. `LiveData` reloads a screen's data
through the background runner when a change names a table the screen shows: one
load at a time, a change during a load loads once more after it, and a screen that
is not visible loads when it is shown again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.change_kinds import Tables, concerns
from ui.background import BackgroundRunner, OnError
from ui.failures import failure_text

T = TypeVar("T")


class ChangeRelay(QObject):
    changed = Signal(object)  # frozenset[str]: the tables written (app/change_kinds.py)
    committed_here = Signal()  # this desk committed a change: time to push it
    _arrived = Signal(object, bool)  # (tables, local) from any thread, delivered on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self._collect)
        self._gathered: set[str] = set()
        self._local = False
        self._flush = QTimer(self, singleShot=True, interval=0)
        self._flush.timeout.connect(self._emit)

    def committed(self, tables: Tables) -> None:
        """A command committed on this desk (the command bus, on its worker thread)."""
        if shiboken6.isValid(self):
            self._arrived.emit(frozenset(tables), True)

    def pulled(self, tables: Tables) -> None:
        """Sync wrote what the server sent (the sync engine, on the loop)."""
        if tables and shiboken6.isValid(self):
            self._arrived.emit(frozenset(tables), False)

    def _collect(self, tables: Tables, local: bool) -> None:
        self._gathered |= tables
        self._local = self._local or local
        if not self._flush.isActive():
            self._flush.start()

    def _emit(self) -> None:
        tables, self._gathered = frozenset(self._gathered), set()
        local, self._local = self._local, False
        if local:
            self.committed_here.emit()
        if tables:
            self.changed.emit(tables)


class LiveData(QObject, Generic[T]):
    """A screen's data, loaded off the GUI thread now and whenever its tables change."""

    def __init__(
        self,
        owner: QWidget,
        runner: BackgroundRunner,
        tables: Iterable[str],
        load: Callable[[], T],
        show: Callable[[T], None],
        on_error: OnError | None = None,
        *,
        changes: ChangeRelay | None = None,
    ) -> None:
        super().__init__(owner)
        self._owner = owner
        self._runner = runner
        self.tables: Tables = frozenset(tables)
        self._load = load
        self._show = show
        self._on_error = on_error
        self._loading = False
        self._again = False
        self._stale = False
        self.loads = 0  # how many loads finished (a test waits on it)
        owner.installEventFilter(self)
        if changes is not None:
            self.follow(changes)

    def follow(self, changes: ChangeRelay) -> None:
        changes.changed.connect(self._on_changed)

    def refresh(self) -> None:
        """Load now (or once more after the load that is running)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._stale = False
        self._runner.run(self._load, self._loaded, self._failed, self._owner)

    def _on_changed(self, tables: Tables) -> None:
        if not concerns(tables, self.tables):
            return
        if self._owner.isVisible() or self._loading:
            self.refresh()
        else:
            self._stale = True  # loaded when the screen is shown again

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._owner and event.type() == QEvent.Type.Show and self._stale:
            self.refresh()
        return False

    def _loaded(self, value: T) -> None:
        self._done()
        self._show(value)

    def _failed(self, error: BaseException) -> None:
        self._done()
        if self._on_error is not None:
            self._on_error(error)
        else:
            self._runner.failed.emit(failure_text(error))

    def _done(self) -> None:
        self._loading = False
        self.loads += 1
        if self._again:
            self._again = False
            QTimer.singleShot(0, self, self.refresh)


class _Follower(QObject):
    def __init__(self, owner: QWidget, tables: Tables, refresh: Callable[[], None]) -> None:
        super().__init__(owner)
        self._owner = owner
        self._tables = tables
        self._refresh = refresh
        self._stale = False
        owner.installEventFilter(self)

    def on_changed(self, tables: Tables) -> None:
        if not concerns(tables, self._tables):
            return
        if self._owner.isVisible():
            self._refresh()
        else:
            self._stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._owner and event.type() == QEvent.Type.Show and self._stale:
            self._stale = False
            self._refresh()
        return False


def follow_changes(
    changes: ChangeRelay, owner: QWidget, tables: Iterable[str], refresh: Callable[[], None]
) -> None:
    """For a screen that loads through its own `refresh` (a search, a filter): call it when
    a change names one of `tables` — at once if the screen is visible, else when shown."""
    follower = _Follower(owner, frozenset(tables), refresh)
    changes.changed.connect(follower.on_changed)
