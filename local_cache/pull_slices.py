"""A long pull page written in slices, so the counter's commands get the write lock between.

A page holds up to 2,000 changes (a first download, a catch-up); written in one
transaction it held the store's write lock for seconds on a loaded machine, and
a ticket waiting behind it could fail with "database is locked". So all but the
page's end is written in slices of about `seconds` each, every slice its own
transaction that moves the cursors of its streams to exactly where it ends (the
changes are numbered per stream, and the shared stream comes first, so a cursor
can stand inside a page). A crash between slices keeps what was written with the
cursors that say so; the rest of the page is fetched again. The outcomes of the
page (settle up to `last_mutation`) hold only once the whole page is in: the
last slice settles them, in the page's usual rebase (`sync_rebase.apply_page`).

Between two slices the waiting commands of this process go first (`WriteTurns`).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError

from app.commands.catalogue import Catalogue
from app.sync.protocol import Change, PullPage
from local_cache.store import LocalStore
from local_cache.sync_rebase import WaitingRows, fault, write_slice


@dataclass(frozen=True, slots=True)
class SlicePolicy:
    seconds: float = 0.05  # each slice holds the write lock about this long
    first: int = 200  # changes in the first slice; later ones are sized by the time taken
    least: int = 20
    most: int = 2000
    # A slice that shares rows with the waiting commands reverts and re-applies them;
    # with more than this many waiting, that costs more than it gives: the rest of the
    # page goes in one transaction, as a page always did.
    rebase_at_most: int = 50
    turn_wait: float = 1.0  # at most this long for the waiting commands, between slices
    chunk: int = 50  # a slice ends early, after a chunk, when a command waits

    def next_size(self, size: int, elapsed: float) -> int:
        if elapsed <= 0:
            return self.most
        return max(self.least, min(self.most, int(size * self.seconds / elapsed)))


class PageSlicer:
    """Writes pages' leading slices for one store; the slice size it arrived at carries
    over from page to page."""

    def __init__(self, store: LocalStore, policy: SlicePolicy, catalogue: Catalogue) -> None:
        self._store = store
        self.policy = policy
        self._catalogue = catalogue  # re-applies the waiting commands a slice rebases
        self._size = policy.first

    def write_leading(self, page: PullPage) -> tuple[int, Sequence[Change]]:
        """Write the page's changes in slices, leaving a short tail (a chunk at most) for
        the page's last transaction, which cannot end early; returns how many were
        written and the rest."""
        policy, store = self.policy, self._store
        rest: Sequence[Change] = page.changes
        written = 0
        if len(rest) <= self._size:
            return written, rest  # no more than a slice: the page in one transaction
        waiting = WaitingRows()
        while len(rest) > (tail := min(policy.chunk, self._size)):
            size = min(self._size, len(rest) - tail)
            started = time.monotonic()
            done = _write(store, page, rest[:size], waiting, policy, self._catalogue)
            if not done:
                break
            fault("pull.slice_committed")
            written += done
            rest = rest[done:]
            took = time.monotonic() - started
            store.turns.let_commands_go(policy.turn_wait)
            if done == self._size:  # a slice cut short (or the last) says little of the size
                self._size = policy.next_size(done, took)
        return written, rest


def _write(
    store: LocalStore,
    page: PullPage,
    changes: Sequence[Change],
    waiting: WaitingRows,
    policy: SlicePolicy,
    catalogue: Catalogue,
) -> int:
    """One slice in its own transaction; how many changes it wrote (0: none)."""
    with store.unit_of_work() as uow:
        done = write_slice(
            uow,
            page,
            changes,
            waiting,
            catalogue,
            rebase_at_most=policy.rebase_at_most,
            chunk=policy.chunk,
            stop=lambda: store.turns.commands > 0,
        )
        if not done:
            return 0
        try:
            uow.commit()
        except IntegrityError:
            # A deferred foreign key: a row whose referent comes later in the page.
            waiting.forget()
            return 0
    return done
