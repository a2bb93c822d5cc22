"""The sync client's view of the workstation store (implements app.sync.ports.SyncStore).

A pull re-applies this workstation's waiting commands on top of the server's rows, with
the desk's catalogue: the product's (`app.catalogue.CATALOGUE`, the one the desk's
command bus is given) unless the composition root passes another.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, replace

from sqlalchemy import Connection, delete, func, select, update

from app.catalogue import CATALOGUE
from app.commands.catalogue import Catalogue
from app.commands.envelope import CommandEnvelope
from app.sync.ports import ApplyReport, Enrolment, LocalCounts, Rejection
from app.sync.protocol import Mutation, PullPage
from local_cache.desk_tables import OutboxRow, SyncCursorRow, SyncOutcomeRow, SyncPendingRow
from local_cache.pull_slices import PageSlicer, SlicePolicy
from local_cache.store import LocalStore
from local_cache.sync_rebase import apply_page, get_state, quarantine, set_state, take_write_lock
from shared_store.sync import checksum as sync_checksum


class SqlSyncStore:
    def __init__(
        self,
        store: LocalStore,
        slices: SlicePolicy | None = None,
        *,
        catalogue: Catalogue = CATALOGUE,
    ) -> None:
        self._store = store
        self._engine = store.engine
        self._catalogue = catalogue
        self._slicer = PageSlicer(store, slices or SlicePolicy(), catalogue)

    # --- enrolment and numbers ------------------------------------------------------
    def enrolment(self) -> Enrolment | None:
        with self._engine.connect() as conn:
            text = get_state(conn, "enrolment")
        if text is None:
            return None
        return Enrolment(**json.loads(text))

    def save_enrolment(self, enrolment: Enrolment) -> None:
        with self._engine.begin() as conn:
            take_write_lock(conn)
            set_state(conn, "enrolment", json.dumps(asdict(enrolment), sort_keys=True))
            # Numbers before the first one the server will expect are settled by definition.
            set_state(conn, "confirmed_mutation", str(self._next_mutation(conn) - 1))
            set_state(conn, "resend_from", "")
            set_state(conn, "acknowledged_mutation", "0")
            set_state(conn, "stopped", "")

    def next_mutation(self) -> int:
        with self._engine.connect() as conn:
            return self._next_mutation(conn)

    @staticmethod
    def _next_mutation(conn: Connection) -> int:
        """The first outbox number not yet confirmed anywhere: where a new enrolment starts."""
        first_pending = conn.execute(
            select(func.min(OutboxRow.seq)).where(OutboxRow.state == "pending")
        ).scalar()
        if first_pending is not None:
            return int(first_pending)
        return int(conn.execute(select(func.max(OutboxRow.seq))).scalar() or 0) + 1

    def confirmed_mutation(self) -> int:
        with self._engine.connect() as conn:
            return int(get_state(conn, "confirmed_mutation") or 0)

    def push_from(self) -> int:
        """The first number to send: after what the server has acknowledged, or from where
        it asked us to send again."""
        with self._engine.connect() as conn:
            confirmed = int(get_state(conn, "confirmed_mutation") or 0)
            acknowledged = int(get_state(conn, "acknowledged_mutation") or 0)
            resend = get_state(conn, "resend_from")
        if resend:
            return min(int(resend), confirmed + 1)
        return max(confirmed, acknowledged) + 1

    def record_acknowledged(self, last: int) -> None:
        """The server has committed every number up to `last` (a push reply)."""
        with self._engine.begin() as conn:
            take_write_lock(conn)
            set_state(conn, "acknowledged_mutation", str(last))

    def request_resend(self, first: int) -> None:
        """The server lost numbers we had settled (a restored backup): send them again."""
        with self._engine.begin() as conn:
            take_write_lock(conn)
            set_state(conn, "resend_from", str(first))

    def mutations(self, first: int, *, limit: int) -> Sequence[Mutation]:
        stmt = (
            select(OutboxRow.seq, OutboxRow.envelope_json, SyncPendingRow.hlc)
            .outerjoin(SyncPendingRow, SyncPendingRow.seq == OutboxRow.seq)
            .where(OutboxRow.seq >= first, OutboxRow.state != "quarantined")
            .order_by(OutboxRow.seq)
            .limit(limit)
        )
        with self._engine.connect() as conn:
            rows = conn.execute(stmt).all()
        out: list[Mutation] = []
        for seq, envelope_json, stamp in rows:
            env = CommandEnvelope.from_json(envelope_json)
            out.append(
                Mutation(
                    mutation=seq,
                    command_id=env.command_id,
                    name=env.name,
                    version=env.version,
                    args=env.args,
                    workstation_id=env.workstation_id,
                    site_code=env.site_code,
                    staff_id=env.staff_id,
                    issued_at=env.issued_at,
                    hlc=stamp or "",
                    staff_proof=env.staff_proof,
                    approval_proof=env.approval_proof,
                )
            )
        return out

    # --- pulling ----------------------------------------------------------------------
    def cursors(self) -> dict[str, int]:
        with self._engine.connect() as conn:
            return dict(conn.execute(select(SyncCursorRow.stream, SyncCursorRow.seq)).all())

    def reset_cursors(self, server_epoch: str) -> None:
        """The server's numbering started over (new epoch): download everything again."""
        with self._engine.begin() as conn:
            take_write_lock(conn)
            conn.execute(delete(SyncCursorRow))
            text = get_state(conn, "enrolment")
            if text is not None:
                data = json.loads(text) | {"server_epoch": server_epoch}
                set_state(conn, "enrolment", json.dumps(data, sort_keys=True))

    def apply_pull(self, page: PullPage) -> ApplyReport:
        """A long page in slices (local_cache/pull_slices.py); its end, with the outcomes,
        the acknowledged number and the page's cursors, in one last transaction."""
        written, rest = self._slicer.write_leading(page)
        with self._store.unit_of_work() as uow:
            report = apply_page(uow, replace(page, changes=tuple(rest)), self._catalogue)
            conn = uow.session.connection()
            confirmed = int(get_state(conn, "confirmed_mutation") or 0)
            acknowledged = int(get_state(conn, "acknowledged_mutation") or 0)
            # Behind us: the server lost numbers it had taken (a restored backup).
            behind = page.applied_mutation < max(confirmed, acknowledged)
            set_state(conn, "resend_from", str(page.applied_mutation + 1) if behind else "")
            set_state(conn, "acknowledged_mutation", str(page.applied_mutation))
            uow.commit()
        return replace(report, changes=written + report.changes)

    def apply_announced(self, after: dict[str, int], page: PullPage) -> ApplyReport | None:
        """Changes an event brought along, applied as a pull page in one transaction.

        They run from `after` to the page's cursors, stream by stream. A workstation at
        or past `after` (its own pull may already have brought some of them) takes the
        ones it lacks; one behind `after` would have a hole: None, pull instead. The page
        settles nothing: the server never sends a workstation its own changes."""
        with self._store.unit_of_work() as uow:
            conn = uow.session.connection()
            take_write_lock(conn)
            cursors = dict(conn.execute(select(SyncCursorRow.stream, SyncCursorRow.seq)).all())
            if any(cursors.get(stream, 0) < seq for stream, seq in after.items()):
                return None
            lacking = tuple(c for c in page.changes if c.seq > cursors.get(c.stream, 0))
            if not lacking:
                return ApplyReport(changes=0, confirmed=0, rejected=(), local_failures=0)
            moved = {s: max(seq, cursors.get(s, 0)) for s, seq in page.cursors.items()}
            report = apply_page(uow, replace(page, changes=lacking, cursors=moved), self._catalogue)
            uow.commit()
        return report

    # --- trouble -----------------------------------------------------------------------
    def quarantine_pending(self, message: str) -> int:
        """Set the waiting commands aside (undone here, kept and listed, not sent); stop."""
        with self._engine.begin() as conn:
            return quarantine(conn, message)

    def stopped_reason(self) -> str | None:
        with self._engine.connect() as conn:
            return get_state(conn, "stopped") or None

    # --- what the user sees ------------------------------------------------------------
    def counts(self) -> LocalCounts:
        with self._engine.connect() as conn:
            by_state = dict(
                conn.execute(select(OutboxRow.state, func.count()).group_by(OutboxRow.state)).all()
            )
            unseen = conn.execute(
                select(func.count())
                .select_from(SyncOutcomeRow)
                .where(SyncOutcomeRow.acknowledged.is_(False))
            ).scalar_one()
        return LocalCounts(
            pending=int(by_state.get("pending", 0)),
            quarantined=int(by_state.get("quarantined", 0)),
            rejected_unseen=int(unseen),
        )

    def rejections(self, *, include_acknowledged: bool = False) -> Sequence[Rejection]:
        stmt = select(SyncOutcomeRow).order_by(SyncOutcomeRow.seq)
        if not include_acknowledged:
            stmt = stmt.where(SyncOutcomeRow.acknowledged.is_(False))
        with self._store.unit_of_work() as uow:
            return [
                Rejection(
                    r.seq,
                    r.command_id,
                    r.name,
                    r.status,
                    r.message,
                    r.field,
                    r.decided_at,
                    r.acknowledged,
                )
                for r in uow.session.scalars(stmt)
            ]

    def acknowledge(self, seq: int) -> None:
        with self._engine.begin() as conn:
            take_write_lock(conn)
            conn.execute(
                update(SyncOutcomeRow).where(SyncOutcomeRow.seq == seq).values(acknowledged=True)
            )

    def checksum(self, streams: Sequence[str]) -> str:
        with self._engine.connect() as conn:
            return sync_checksum.checksum(conn, streams)
