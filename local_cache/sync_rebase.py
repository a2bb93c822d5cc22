"""Applying one pulled page on a workstation, in one local transaction (or its slices).

The store holds two layers: the server's rows (written only here) and, on top,
the effects of this workstation's commands the server has not settled yet.
Every page is applied as a rebase:

1. revert the waiting commands' effects, newest first, from their undo logs;
2. write the page's rows and the new cursors;
3. settle the commands the server has decided and whose effects this page
   completes (the server says which): applied → confirmed, rejected → kept
   with its reason;
4. re-apply the commands still waiting, oldest first, each in a savepoint,
   recording fresh undo logs; one that no longer fits simply has no local
   effect until the server decides it.

A crash anywhere rolls all of it back; the page is fetched again.

A long page is first written in slices, each its own transaction (`write_slice`,
driven by local_cache/pull_slices.py): beneath the waiting commands, or rebased
without settling; its last slice is the page as above, settling its outcomes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from app.commands.bus import apply_command
from app.commands.catalogue import Catalogue
from app.commands.envelope import CommandEnvelope, utc_now
from app.sync import hlc
from app.sync.ports import ApplyReport, ForkDetected, Rejection
from app.sync.protocol import Change, Outcome, ProtocolError, PullPage
from local_cache.desk_tables import (
    OutboxRow,
    SyncCursorRow,
    SyncOutcomeRow,
    SyncPendingRow,
    SyncStateRow,
)
from shared_store.change_capture import UndoEntry, read_undo_log, touches, undo_log_json
from shared_store.sync.tables import LOCAL_TABLES, SYNCED, decode_row, decode_values
from shared_store.tables import Base
from shared_store.unit_of_work import SqlUnitOfWork
from shared_store.uow_port import as_port

log = logging.getLogger(__name__)

# Tests set this to kill the process at a named point (crash-safety tests); no-op otherwise.
fault_hook: Callable[[str], None] | None = None


def fault(point: str) -> None:
    if fault_hook is not None:
        fault_hook(point)


def set_state(conn: Connection, key: str, value: str) -> None:
    stmt = sqlite_insert(SyncStateRow).values(key=key, value=value)
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def get_state(conn: Connection, key: str) -> str | None:
    stmt = select(SyncStateRow.value).where(SyncStateRow.key == key)
    value: str | None = conn.execute(stmt).scalar_one_or_none()
    return value


def take_write_lock(conn: Connection) -> None:
    """Write first, so SQLite holds the write lock before anything is read (no stale reads)."""
    set_state(conn, "lock", utc_now().isoformat())


def _upsert(conn: Connection, table: Table, key: Sequence[str], rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    stmt = sqlite_insert(table)
    columns = [c for c in rows[0] if c not in key]
    stmt = stmt.on_conflict_do_update(
        index_elements=list(key), set_={c: stmt.excluded[c] for c in columns}
    )
    conn.execute(stmt, rows)


def _revert_entry(conn: Connection, entry: UndoEntry) -> None:
    table = Base.metadata.tables[entry.table]
    pk_cols = tuple(table.primary_key.columns)
    key = decode_values(pk_cols, entry.pk)
    if entry.op == "insert":
        conn.execute(delete(table).where(*(table.c[k] == v for k, v in key.items())))
    else:
        if entry.before is None:
            raise ValueError(f"an undo entry of an {entry.op} without the row before it")
        values = decode_values(tuple(table.columns), entry.before)
        _upsert(conn, table, [c.name for c in pk_cols], [values])


def _apply_changes(conn: Connection, changes: Sequence[Change]) -> None:
    batch: list[dict[str, Any]] = []
    current: tuple[str, str] | None = None

    def flush() -> None:
        if current is None or not batch:
            return
        spec = SYNCED[current[0]]
        if current[1] == "put":
            _upsert(conn, spec.table, spec.key, batch)
        else:
            for row in batch:
                conn.execute(
                    delete(spec.table).where(*(spec.table.c[k] == row[k] for k in spec.key))
                )
        batch.clear()

    for change in changes:
        spec = SYNCED.get(change.table)
        if spec is None:
            raise ProtocolError(f"unknown table {change.table!r} in a pulled change")
        if (change.table, change.op) != current:
            flush()
            current = (change.table, change.op)
        if change.op == "put":
            batch.append(decode_row(spec, change.row))
        else:
            batch.append({k: change.row[k] for k in spec.key})
    flush()


def _check_fork(pending_ids: dict[int, str], outcomes: Sequence[Outcome]) -> None:
    for outcome in outcomes:
        if pending_ids.get(outcome.mutation) != outcome.command_id:
            raise ForkDetected(outcome.mutation)


def _begin(conn: Connection) -> int:
    """The write lock, then the confirmed number."""
    take_write_lock(conn)
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    return int(get_state(conn, "confirmed_mutation") or 0)


def _unconfirmed(conn: Connection, confirmed: int) -> Sequence[Any]:
    """The outbox rows after the confirmed number."""
    return conn.execute(
        select(
            OutboxRow.seq,
            OutboxRow.command_id,
            OutboxRow.name,
            OutboxRow.state,
            OutboxRow.envelope_json,
        )
        .where(OutboxRow.seq > confirmed)
        .order_by(OutboxRow.seq)
    ).all()


# The undo logs of waiting commands by outbox number; a number missing or None: a command
# without a log (queued before sync existed: part of the base, never reverted).
UndoLogs = dict[int, tuple[UndoEntry, ...] | None]


def _undo_logs(conn: Connection, waiting: Sequence[Any]) -> UndoLogs:
    rows = conn.execute(
        select(SyncPendingRow.seq, SyncPendingRow.undo_json).where(
            SyncPendingRow.seq.in_([r.seq for r in waiting])
        )
    ).all()
    return {seq: read_undo_log(stored) for seq, stored in rows}


def apply_page(uow: SqlUnitOfWork, page: PullPage, catalogue: Catalogue) -> ApplyReport:
    """Rebase on one page (or on the last slice of one), re-applying the waiting commands
    with `catalogue` (the desk's). The caller commits (or the crash rolls back)."""
    conn = uow.session.connection()
    confirmed = _begin(conn)
    rows = _unconfirmed(conn, confirmed)
    settle: dict[int, Outcome] = {}
    if page.last_mutation > confirmed:
        _check_fork({r.seq: r.command_id for r in rows}, page.outcomes)
        settle = {o.mutation: o for o in page.outcomes}
        for r in rows:  # a number the server took without an outcome listed: applied
            if r.seq <= page.last_mutation and r.seq not in settle:
                settle[r.seq] = Outcome(r.seq, r.command_id, "applied")
    waiting = [r for r in rows if r.state == "pending"]
    undo = _undo_logs(conn, waiting)
    _record_cursors_and_clock(conn, page)
    if not page.changes and not settle:
        return ApplyReport(0, 0, (), 0)
    if not settle and _write_beneath(uow, page.changes, waiting, undo):
        _passed_fault_points()
        return ApplyReport(len(page.changes), 0, (), 0)
    if settle and _settle_beneath(uow, page, waiting, undo, settle):
        _passed_fault_points()
        set_state(conn, "confirmed_mutation", str(max(confirmed, page.last_mutation)))
        return ApplyReport(len(page.changes), len(settle), (), 0)

    rejected, failures = _rebase(uow, page.changes, waiting, undo, settle, catalogue)
    if settle:
        set_state(conn, "confirmed_mutation", str(max(confirmed, page.last_mutation)))
    fault("pull.before_commit")
    return ApplyReport(len(page.changes), len(settle) - len(rejected), rejected, failures)


class WaitingRows:
    """The synced rows the waiting commands touched, kept from one slice of a page to the
    next: while a page is written beneath them their undo logs do not change (a rebase
    rewrites them: `forget`; settling waits for the page's end, and new commands only
    add to the outbox), so each slice reads only the logs of the commands made since."""

    def __init__(self) -> None:
        self.forget()

    def forget(self) -> None:
        self._after = 0  # the outbox numbers up to here are counted in `rows`
        self.rows: Rows | None = set()  # None: a command without a log (it shares anything)

    def update(self, conn: Connection, confirmed: int) -> Rows | None:
        after = max(self._after, confirmed)
        new = conn.execute(
            select(OutboxRow.seq, SyncPendingRow.undo_json)
            .outerjoin(SyncPendingRow, SyncPendingRow.seq == OutboxRow.seq)
            .where(OutboxRow.seq > after, OutboxRow.state == "pending")
            .order_by(OutboxRow.seq)
        ).all()
        if new:
            self._after = new[-1].seq
            found = _rows_of(new, {r.seq: read_undo_log(r.undo_json) for r in new})
            self.rows = None if found is None or self.rows is None else self.rows | found
        return self.rows


def write_slice(
    uow: SqlUnitOfWork,
    page: PullPage,
    changes: Sequence[Change],
    waiting_rows: WaitingRows,
    catalogue: Catalogue,
    *,
    rebase_at_most: int,
    chunk: int,
    stop: Callable[[], bool],
) -> int:
    """Write a leading part of `changes` (a leading part of the page) and move the cursors
    of their streams to exactly where it ends; settle nothing (the page's outcomes hold
    only once all of it is in: its last slice, `apply_page`, settles them). Returns how
    many changes it wrote; the caller commits.

    The changes go beneath the waiting commands when they share no row with them, `chunk`
    at a time, ending early when `stop()` says a command is waiting for the lock. Else
    all of them as a rebase that settles nothing, if no more than `rebase_at_most`
    commands wait. 0: nothing written (the caller rolls back; the rest of the page goes
    in its last transaction)."""
    conn = uow.session.connection()
    confirmed = _begin(conn)
    if page.last_mutation > confirmed:  # a copied workstation: stop before writing anything
        numbers = [o.mutation for o in page.outcomes]
        ids = conn.execute(
            select(OutboxRow.seq, OutboxRow.command_id).where(OutboxRow.seq.in_(numbers))
        ).all()
        _check_fork({seq: command_id for seq, command_id in ids}, page.outcomes)
    touched = waiting_rows.update(conn, confirmed)
    written = 0

    def in_chunks() -> None:
        nonlocal written
        while written < len(changes) and not (written and stop()):
            _apply_changes(conn, changes[written : written + chunk])
            written = min(len(changes), written + chunk)

    if touched is None or _page_rows(changes) & touched or not _apply_in_savepoint(uow, in_chunks):
        waiting = [r for r in _unconfirmed(conn, confirmed) if r.state == "pending"]
        if len(waiting) > rebase_at_most:
            return 0
        _rebase(uow, changes, waiting, _undo_logs(conn, waiting), {}, catalogue)
        waiting_rows.forget()  # the re-applied commands have new undo logs
        written = len(changes)
    ends: dict[str, int] = {}
    for change in changes[:written]:
        ends[change.stream] = max(change.seq, ends.get(change.stream, 0))
    _record_cursors_and_clock(conn, replace(page, cursors=ends, hlc=""))
    return written


def _rebase(
    uow: SqlUnitOfWork,
    changes: Sequence[Change],
    waiting: Sequence[Any],
    undo: UndoLogs,
    settle: dict[int, Outcome],
    catalogue: Catalogue,
) -> tuple[tuple[Rejection, ...], int]:
    """Revert the waiting commands, write the changes, settle, re-apply the rest."""
    conn = uow.session.connection()
    for r in reversed(waiting):
        entries = undo.get(r.seq)
        if entries is None:
            continue  # queued before sync existed: part of the base already
        keep_local = settle.get(r.seq) is not None and settle[r.seq].status == "applied"
        for entry in reversed(entries):
            if keep_local and entry.table in LOCAL_TABLES:
                continue  # a confirmed command stays "applied here" (idempotency)
            _revert_entry(conn, entry)
    _apply_changes(conn, changes)
    fault("pull.after_changes")
    rejected = _settle(conn, waiting, settle)
    failures = _reapply(uow, [r for r in waiting if r.seq not in settle], undo, catalogue)
    uow.session.flush()
    return rejected, failures


Rows = set[tuple[str, str]]


def _rows_of(commands: Sequence[Any], undo: UndoLogs) -> Rows | None:
    """The synced rows the commands' undo logs name (None: a legacy command without a log)."""
    rows: Rows = set()
    for r in commands:
        entries = undo.get(r.seq)
        if entries is None:
            return None
        rows.update((e.table, e.sync_key) for e in entries if e.sync_key is not None)
    return rows


def _page_rows(changes: Sequence[Change]) -> Rows:
    rows: Rows = set()
    for change in changes:
        spec = SYNCED.get(change.table)
        if spec is None:
            raise ProtocolError(f"unknown table {change.table!r} in a pulled change")
        rows.add((change.table, "|".join(str(change.row[k]) for k in spec.key)))
    return rows


def _write_beneath(
    uow: SqlUnitOfWork, changes: Sequence[Change], waiting: Sequence[Any], undo: UndoLogs
) -> bool:
    """Fast path 1: rows no waiting command touched are written straight under them.

    Their undo logs stay true (disjoint rows), so the two layers stay exact. A shared
    row, a legacy command without a log, or any constraint the write trips (a CPR or a
    ticket number a waiting command also used) means: do the full rebase instead.
    """
    touched = _rows_of(waiting, undo)
    if touched is None or _page_rows(changes) & touched:
        return False
    return _apply_in_savepoint(uow, lambda: _apply_changes(uow.session.connection(), changes))


def _settle_beneath(
    uow: SqlUnitOfWork,
    page: PullPage,
    waiting: Sequence[Any],
    undo: UndoLogs,
    settle: dict[int, Outcome],
) -> bool:
    """Fast path 2: the page settles the oldest commands, all applied, and brings the
    server's version of every row they touched; no command still waiting shares a row
    with them or with the page. Then only the settled ones are reverted (their rows come
    back from the page) and the newer ones stay on top untouched: a long catch-up costs
    each command one revert instead of one re-apply per page."""
    settled = [r for r in waiting if r.seq in settle]
    rest = [r for r in waiting if r.seq not in settle]
    if not settled or any(settle[r.seq].status != "applied" for r in settled):
        return False
    if rest and rest[0].seq < settled[-1].seq:
        return False  # settled ones are always the oldest; anything else: the full way
    ours, theirs = _rows_of(settled, undo), _rows_of(rest, undo)
    page_rows = _page_rows(page.changes)
    if ours is None or theirs is None or ours & theirs or page_rows & theirs:
        return False
    if not ours <= page_rows:
        return False

    def work() -> None:
        conn = uow.session.connection()
        for r in reversed(settled):
            for entry in reversed(undo.get(r.seq) or ()):
                if entry.table not in LOCAL_TABLES:  # confirmed: stays "applied here"
                    _revert_entry(conn, entry)
        _apply_changes(conn, page.changes)
        _settle(conn, settled, settle)

    return _apply_in_savepoint(uow, work)


def _apply_in_savepoint(uow: SqlUnitOfWork, work: Callable[[], None]) -> bool:
    savepoint = uow.session.begin_nested()
    try:
        work()
    except IntegrityError:
        savepoint.rollback()
        return False
    savepoint.commit()
    return True


def _passed_fault_points() -> None:
    """A fast path wrote the page: where the full rebase would have passed its two points."""
    fault("pull.after_changes")
    fault("pull.before_commit")


def _record_cursors_and_clock(conn: Connection, page: PullPage) -> None:
    for stream, seq in page.cursors.items():
        stmt = sqlite_insert(SyncCursorRow).values(stream=stream, seq=seq)
        conn.execute(stmt.on_conflict_do_update(index_elements=["stream"], set_={"seq": seq}))
    if page.hlc:
        set_state(conn, "hlc", hlc.merge(get_state(conn, "hlc"), page.hlc))


def _settle(
    conn: Connection, waiting: Sequence[Any], settle: dict[int, Outcome]
) -> tuple[Rejection, ...]:
    rejected: list[Rejection] = []
    now = utc_now()
    for r in waiting:
        outcome = settle.get(r.seq)
        if outcome is None:
            continue
        state = "confirmed" if outcome.status == "applied" else "rejected"
        conn.execute(update(OutboxRow).where(OutboxRow.seq == r.seq).values(state=state))
        conn.execute(delete(SyncPendingRow).where(SyncPendingRow.seq == r.seq))
        if state == "rejected":
            conn.execute(
                insert(SyncOutcomeRow).values(
                    seq=r.seq,
                    command_id=r.command_id,
                    name=r.name,
                    status="rejected",
                    message=outcome.message,
                    field=outcome.field,
                    decided_at=now,
                    acknowledged=False,
                )
            )
            rejected.append(
                Rejection(
                    r.seq,
                    r.command_id,
                    r.name,
                    "rejected",
                    outcome.message,
                    outcome.field,
                    now,
                    False,
                )
            )
    return tuple(rejected)


def _reapply(
    uow: SqlUnitOfWork, still_waiting: Sequence[Any], undo: UndoLogs, catalogue: Catalogue
) -> int:
    session = uow.session
    buffer = touches(session)
    failures = 0
    for r in still_waiting:
        if undo.get(r.seq) is None:
            continue  # legacy entry: never reverted, so nothing to re-apply
        buffer.clear()
        envelope = CommandEnvelope.from_json(r.envelope_json)
        savepoint = session.begin_nested()
        try:
            apply_command(as_port(uow), envelope, catalogue, to_outbox=False)
            savepoint.commit()
            entries = [t.undo_entry() for t in buffer]
        except Exception:  # noqa: BLE001 - the server decides; locally it just has no effect
            savepoint.rollback()
            log.info("waiting command %s (%s) does not re-apply locally", r.seq, r.name)
            entries = []
            failures += 1
        buffer.clear()
        session.execute(
            update(SyncPendingRow)
            .where(SyncPendingRow.seq == r.seq)
            .values(undo_json=undo_log_json(entries))
        )
    return failures


def quarantine(conn: Connection, message: str) -> int:
    """Set every waiting command aside: its effect is undone, the command is kept and
    listed (never sent), and syncing stops until the workstation is enrolled again."""
    take_write_lock(conn)
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    rows = conn.execute(
        select(OutboxRow.seq, OutboxRow.command_id, OutboxRow.name, SyncPendingRow.undo_json)
        .join(SyncPendingRow, SyncPendingRow.seq == OutboxRow.seq, isouter=True)
        .where(OutboxRow.state == "pending")
        .order_by(OutboxRow.seq.desc())
    ).all()
    now = utc_now()
    for r in rows:
        for entry in reversed(read_undo_log(r.undo_json) or ()):
            _revert_entry(conn, entry)
        conn.execute(delete(SyncPendingRow).where(SyncPendingRow.seq == r.seq))
        conn.execute(update(OutboxRow).where(OutboxRow.seq == r.seq).values(state="quarantined"))
        conn.execute(
            insert(SyncOutcomeRow).values(
                seq=r.seq,
                command_id=r.command_id,
                name=r.name,
                status="quarantined",
                message=message,
                field=None,
                decided_at=now,
                acknowledged=False,
            )
        )
    set_state(conn, "stopped", message)
    return len(rows)
