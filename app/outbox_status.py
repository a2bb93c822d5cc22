"""How many changes wait in the outbox for the central server."""

from __future__ import annotations

from app.ports import UnitOfWorkFactory


def pending_changes(uow_factory: UnitOfWorkFactory) -> int:
    with uow_factory() as uow:
        return uow.outbox.pending_count()
