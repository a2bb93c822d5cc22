"""A SQL unit of work seen as the core's `UnitOfWork` protocol."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.ports import UnitOfWork
    from shared_store.unit_of_work import SqlUnitOfWork


def as_port(uow: SqlUnitOfWork) -> UnitOfWork:
    """The same object. mypy reads the concrete repositories as invariant attributes and so
    does not see that they implement the protocols; this says it once, here."""
    return uow  # type: ignore[return-value]
