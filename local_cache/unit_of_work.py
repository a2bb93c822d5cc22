"""One SQLAlchemy session per unit of work: commit all, or roll back all."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.security.staff_proof import Signer
from local_cache.jobshop_repository import SqlJobshop
from local_cache.queue_repository import SqlCounterServices
from local_cache.repositories import (
    SqlAppliedCommands,
    SqlCitizens,
    SqlOutbox,
    SqlReferenceData,
    SqlTickets,
    SqlVisits,
)
from local_cache.security_repository import SqlAudit, SqlCredentials
from local_cache.visitation_repository import SqlVisitation


class SqlUnitOfWork:
    def __init__(self, session_factory: sessionmaker[Session], signer: Signer | None = None) -> None:
        self._session_factory = session_factory
        self._signer = signer  # adds the signed-in person's proof to what enters the outbox

    def __enter__(self) -> SqlUnitOfWork:
        self.session = self._session_factory()
        self.citizens = SqlCitizens(self.session)
        self.visits = SqlVisits(self.session)
        self.tickets = SqlTickets(self.session)
        self.reference = SqlReferenceData(self.session)
        self.outbox = SqlOutbox(self.session, self._signer)
        self.applied = SqlAppliedCommands(self.session)
        self.visitation = SqlVisitation(self.session)
        self.jobshop = SqlJobshop(self.session)
        self.credentials = SqlCredentials(self.session)
        self.audit = SqlAudit(self.session)
        self.counter_services = SqlCounterServices(self.session)
        return self

    def __exit__(self, *exc: object) -> None:
        # Whatever was not committed explicitly is rolled back: no half-done command.
        self.session.rollback()
        self.session.close()

    def begin_write(self) -> None:
        connection = self.session.connection()
        raw: Any = connection.connection.dbapi_connection
        if connection.dialect.name == "sqlite" and not raw.in_transaction:
            # pysqlite would begin only at the first write; reads before it could be stale.
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        with self.session.begin_nested():  # rolled back alone when the block raises
            yield

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()


def unit_of_work_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
