"""Runs commands: validate, apply, remember, and write the outbox — in one transaction.

The same `apply_command` runs on the workstation (with the outbox) and on the
central server (without), with the same catalogue of handlers
(`app.catalogue.CATALOGUE`), so a command means the same on both sides. A
command id that has already taken effect returns its stored result and
changes nothing: applying twice is harmless.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from app.change_kinds import OUTBOX
from app.commands.args import check_payload
from app.commands.catalogue import Catalogue
from app.commands.envelope import CommandEnvelope
from app.ports import UnitOfWork, UnitOfWorkFactory
from app.security.roles import authorise

log = logging.getLogger(__name__)
Committed = Callable[[frozenset[str]], None]


def apply_command(
    uow: UnitOfWork, envelope: CommandEnvelope, catalogue: Catalogue, *, to_outbox: bool
) -> dict[str, Any]:
    earlier = uow.applied.result_of(envelope.command_id)
    if earlier is not None:
        return earlier
    handler = catalogue.handler_for(envelope.name, envelope.version)  # UnknownCommandError
    authorise(uow, envelope)  # the role table (app/security/roles.py), on both sides
    check_payload(envelope.args)  # no NUL, control or bidi character anywhere (both sides)
    result = handler(uow, envelope)
    uow.applied.record(envelope, result)
    if to_outbox:
        uow.outbox.append(envelope)
    return result


class CommandBus:
    """The workstation's single door for changes to shared data."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        catalogue: Catalogue,
        *,
        audit: Callable[[UnitOfWork, CommandEnvelope], None] | None = None,
    ) -> None:
        self._uow_factory = uow_factory
        self.catalogue = catalogue  # what each command means (app.catalogue.CATALOGUE)
        # e.g. app.security.audit_trail.audit_change: one audit entry per change, in
        # the change's transaction (the composition root passes it).
        self._audit = audit
        self._listeners: list[Committed] = []

    def subscribe(self, listener: Committed) -> Callable[[], None]:
        """`listener(tables)` after each commit, on the thread that ran the command, with the
        shared tables it wrote and "outbox": the desk's screens and sync engine hear it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def execute(self, *envelopes: CommandEnvelope) -> list[dict[str, Any]]:
        """All the envelopes take effect together, or none of them does."""
        with self._uow_factory() as uow:
            uow.begin_write()
            results = [apply_command(uow, env, self.catalogue, to_outbox=True) for env in envelopes]
            if self._audit is not None:
                for env in envelopes:
                    self._audit(uow, env)
            uow.commit()
            changed = uow.changed_tables() | {OUTBOX}
        for listener in list(self._listeners):
            try:
                listener(changed)
            except (
                Exception
            ):  # the change is committed: a listener's failure must not say otherwise
                log.exception("a listener failed after a committed change")
        return results

    def execute_one(self, envelope: CommandEnvelope) -> dict[str, Any]:
        return self.execute(envelope)[0]
