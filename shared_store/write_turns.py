"""Taking turns at the store's write lock within one process.

SQLite has one write lock per file, and a connection that finds it taken can only
poll (its busy handler sleeps up to 100 ms between tries). A long writer that
commits and at once begins again — a pull applied in slices — would therefore
starve the counter's commands: they keep missing the moment in between. So the
two sides say what they do: a command registers while it wants or holds the lock
(`SqlUnitOfWork.begin_write` up to the end of its unit of work) and is woken when
a slice commits; the slicer, between slices, waits until no command is waiting
(a bounded wait: a command that hangs cannot stop the pull).

Writers in other processes (another program on the file, a test's raw
connection) do not take part; a command meets them by polling, as before.
"""

from __future__ import annotations

import threading
import time


class WriteTurns:
    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._commands = 0  # commands wanting or holding the write lock
        self._releases = 0  # how many times a slicer has let go of the lock

    # --- a command ---------------------------------------------------------------------
    @property
    def releases(self) -> int:
        return self._releases

    @property
    def commands(self) -> int:
        """Commands wanting or holding the write lock now."""
        return self._commands

    def enter(self) -> None:
        """A command wants the lock (and will hold it until `leave`)."""
        with self._changed:
            self._commands += 1

    def leave(self) -> None:
        """The command's transaction is over (committed, rolled back or never begun)."""
        with self._changed:
            self._commands -= 1
            self._changed.notify_all()

    def wait_for_release(self, seen: int, timeout: float) -> int:
        """Until a slicer lets go of the lock after `seen`, at most `timeout` s; the new count."""
        with self._changed:
            self._changed.wait_for(lambda: self._releases != seen, max(timeout, 0.0))
            return self._releases

    # --- a long writer, between two of its transactions ---------------------------------
    def let_commands_go(self, timeout: float) -> float:
        """Wake the waiting commands and wait (at most `timeout` s) until they are through.
        Returns how long it waited."""
        started = time.monotonic()
        with self._changed:
            self._releases += 1
            self._changed.notify_all()
            self._changed.wait_for(lambda: self._commands == 0, timeout)
        return time.monotonic() - started
