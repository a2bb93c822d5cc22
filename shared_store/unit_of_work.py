"""One SQLAlchemy session per unit of work: commit all, or roll back all.

The same unit of work serves the desk and the server, over the shared mapping.
Only the outbox differs: a desk hands in its own (local_cache/outbox.py, desk-only
tables); the server, the authority, keeps none.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.commands.envelope import CommandEnvelope
from app.errors import STORE_BUSY_MESSAGE, StoreBusyError
from app.ports import Outbox
from shared_store.change_capture import changed_tables
from shared_store.jobnet.repository import SqlJobnet
from shared_store.jobshop.repository import SqlJobshop
from shared_store.phone.repository import SqlCallLog
from shared_store.queue.repository import SqlCounterServices
from shared_store.reference_data.repository import SqlReferenceVersions
from shared_store.registration.repositories import (
    SqlAppliedCommands,
    SqlCitizens,
    SqlReferenceData,
    SqlTickets,
    SqlVisits,
)
from shared_store.security.repository import SqlAudit, SqlCredentials
from shared_store.selfservice.repository import SqlSelfService
from shared_store.visitation.repository import SqlVisitation
from shared_store.write_turns import WriteTurns

BUSY_TIMEOUT_MS = 5000  # how long a statement waits for another connection's lock
WRITE_WAIT_SECONDS = 10.0  # a command waits this long for the write lock, then says so
POLL_SECONDS = 0.02  # between two tries, unless a slice of a pull lets go sooner


def is_busy(error: OperationalError) -> bool:
    """SQLite's "database is locked" (SQLITE_BUSY, or SQLITE_LOCKED)."""
    code = getattr(error.orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (5, 6)
    text = str(error.orig).lower()
    return "database is locked" in text or "database table is locked" in text


class NoOutbox:
    """The outbox of a database that keeps none (the server: it applies commands with
    `to_outbox=False`, so a command that reaches this is a bug)."""

    def append(self, envelope: CommandEnvelope) -> int:
        raise RuntimeError(f"this database keeps no outbox (command {envelope.name!r})")

    def pending(self, *, limit: int = 500) -> Sequence[tuple[int, CommandEnvelope]]:
        return ()

    def pending_count(self) -> int:
        return 0


class SqlUnitOfWork:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        outbox: Callable[[Session], Outbox] | None = None,
        *,
        turns: WriteTurns | None = None,
        write_wait: float = WRITE_WAIT_SECONDS,
    ) -> None:
        self._session_factory = session_factory
        self._outbox = outbox  # the desk's (local_cache.outbox.desk_outbox); None: no outbox
        self._turns = turns or WriteTurns()  # shared with the store's pull (pull_slices.py)
        self._write_wait = write_wait
        self._in_turn = False

    def __enter__(self) -> SqlUnitOfWork:
        self.session = self._session_factory()
        self.citizens = SqlCitizens(self.session)
        self.visits = SqlVisits(self.session)
        self.tickets = SqlTickets(self.session)
        self.reference = SqlReferenceData(self.session)
        self.outbox: Outbox = NoOutbox() if self._outbox is None else self._outbox(self.session)
        self.applied = SqlAppliedCommands(self.session)
        self.visitation = SqlVisitation(self.session)
        self.jobshop = SqlJobshop(self.session)
        self.jobnet = SqlJobnet(self.session)
        self.credentials = SqlCredentials(self.session)
        self.audit = SqlAudit(self.session)
        self.counter_services = SqlCounterServices(self.session)
        self.reference_versions = SqlReferenceVersions(self.session)
        self.selfservice = SqlSelfService(self.session)
        self.phone = SqlCallLog(self.session)
        return self

    def __exit__(self, *exc: object) -> None:
        # Whatever was not committed explicitly is rolled back: no half-done command.
        try:
            self.session.rollback()
            self.session.close()
        finally:
            if self._in_turn:
                self._in_turn = False
                self._turns.leave()

    def begin_write(self) -> None:
        """Take the store's write lock before anything is read (pysqlite would begin only
        at the first write; reads before it could be stale).

        A lock held by another writer (a pull writing a slice, another program) is waited
        for up to `write_wait` seconds, then StoreBusyError: nothing was written, and the
        same action can simply be tried again."""
        connection = self.session.connection()
        raw: Any = connection.connection.dbapi_connection
        if connection.dialect.name != "sqlite" or raw.in_transaction:
            return
        if not self._in_turn:  # until this unit of work ends: a slicer lets it go first
            self._in_turn = True
            self._turns.enter()
        seen = self._turns.releases
        deadline = time.monotonic() + self._write_wait
        # No busy handler while trying: its sleeps (up to 0.1 s) would miss the moment a
        # slice lets go; this loop is woken at that moment instead.
        connection.exec_driver_sql("PRAGMA busy_timeout = 0")
        try:
            while True:
                try:
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                    return
                except OperationalError as error:
                    left = deadline - time.monotonic()
                    if not is_busy(error):
                        raise
                    if left <= 0:
                        raise StoreBusyError(STORE_BUSY_MESSAGE) from error
                    seen = self._turns.wait_for_release(seen, min(left, POLL_SECONDS))
        finally:
            connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        with self.session.begin_nested():  # rolled back alone when the block raises
            yield

    def commit(self) -> None:
        self.session.commit()

    def changed_tables(self) -> frozenset[str]:
        return changed_tables(self.session)

    def rollback(self) -> None:
        self.session.rollback()


def unit_of_work_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
