"""The desk's outbox: its commands in order, each with its undo log and clock stamp.

A command ends with its outbox row (`SqlOutbox.append`, through the command bus).
Whatever code path ran the command, the rows it touched were captured by
`shared_store.change_capture`; the outbox insert moves that list, as the command's
undo log, into `sync_pending` beside it, in the same transaction, and stamps the
command with the desk's hybrid logical clock. Desk only: the server is the
authority, its commands go to no outbox (its unit of work has none).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, event, func, insert, select, update
from sqlalchemy.orm import Mapper, Session, object_session

from app.commands.envelope import CommandEnvelope, utc_now
from app.ports import Outbox
from app.security.staff_proof import Signer
from app.sync import hlc
from local_cache.desk_tables import OutboxRow, SyncPendingRow, SyncStateRow
from shared_store.change_capture import touches, undo_log_json


class SqlOutbox:
    def __init__(self, session: Session, signer: Signer | None = None) -> None:
        self._s = session
        self._signer = signer

    def append(self, envelope: CommandEnvelope) -> int:
        if self._signer is not None:
            envelope = self._signer(envelope)
        row = OutboxRow(
            command_id=envelope.command_id,
            name=envelope.name,
            version=envelope.version,
            envelope_json=envelope.to_json(),
            created_at=utc_now(),
            state="pending",
        )
        self._s.add(row)
        self._s.flush()
        return row.seq

    def pending(self, *, limit: int = 500) -> Sequence[tuple[int, CommandEnvelope]]:
        stmt = (
            select(OutboxRow)
            .where(OutboxRow.state == "pending")
            .order_by(OutboxRow.seq)
            .limit(limit)
        )
        return [(r.seq, CommandEnvelope.from_json(r.envelope_json)) for r in self._s.scalars(stmt)]

    def pending_count(self) -> int:
        stmt = select(func.count()).select_from(OutboxRow).where(OutboxRow.state == "pending")
        return int(self._s.scalar(stmt) or 0)


def desk_outbox(signer: Signer | None) -> Callable[[Session], Outbox]:
    """The outbox a desk's unit of work writes, signing what enters it with `signer`."""
    return lambda session: SqlOutbox(session, signer)


@event.listens_for(OutboxRow, "after_insert")
def _outbox_appended(mapper: Mapper[Any], connection: Connection, target: OutboxRow) -> None:
    """A command ends with its outbox row: its undo log and clock stamp go in beside it."""
    session = object_session(target)
    buffer = touches(session) if session is not None else []
    undo = undo_log_json(t.undo_entry() for t in buffer)
    buffer.clear()
    last = connection.execute(
        select(SyncStateRow.value).where(SyncStateRow.key == "hlc")
    ).scalar_one_or_none()
    stamp = hlc.tick(last)
    if last is None:
        connection.execute(insert(SyncStateRow).values(key="hlc", value=stamp))
    else:
        connection.execute(
            update(SyncStateRow).where(SyncStateRow.key == "hlc").values(value=stamp)
        )
    connection.execute(insert(SyncPendingRow).values(seq=target.seq, hlc=stamp, undo_json=undo))
