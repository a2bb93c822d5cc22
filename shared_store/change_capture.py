"""Which rows a command touched: the start of the client's undo log and the server's change log.

ORM flush events record every insert, update and delete of a synced row (and of
`applied_command`) in the session's `info`, with the row's previous values read
from the database. On a workstation the outbox insert that ends a command moves
that list, as the command's undo log, into `sync_pending` — in the same
transaction as the command's effect, whatever code path ran the command
(local_cache/outbox.py). The server reads the list after each command to write
its change log.

Rows of these tables must therefore change through ORM objects (add, attribute
assignment, delete, then flush). A bulk `update()`/`delete()`/`insert()` through
`Session.execute` would slip past the log, so it is refused loudly.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, Table, event, select
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, object_session

from shared_store.sync.tables import SYNCED, encode_values
from shared_store.tables import AppliedCommandRow, Base

BUFFER_KEY = "skranke.touched"
BEFORE_IMAGES_KEY = "skranke.before_images"  # the server sets this False: it needs none
CHANGED_KEY = "skranke.changed_tables"  # every table a unit of work wrote: what screens hear

CAPTURED_TABLES = frozenset({*SYNCED, AppliedCommandRow.__tablename__})

Op = Literal["insert", "update", "delete"]
_OPS: tuple[Op, ...] = ("insert", "update", "delete")
_FIELDS = ("op", "table", "pk", "before", "sync_key")


@dataclass(frozen=True, slots=True)
class UndoEntry:
    """How to take back one row a command wrote: delete the row at `pk` (an insert), or
    put `before` back under it (an update or delete). `sync_key` is the row's travelling
    key (synced tables; None for `applied_command`): what pulled changes are matched on.

    A command's undo log is a list of these, oldest first, stored as JSON in
    `sync_pending.undo_json` (local_cache/outbox.py) and read by the rebase
    (local_cache/sync_rebase.py).
    """

    op: Op
    table: str
    pk: dict[str, Any]  # the row's primary key in this database, JSON-ready
    before: dict[str, Any] | None  # every column before the change; None for an insert
    sync_key: str | None

    def to_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _FIELDS}

    @classmethod
    def from_json(cls, data: Any) -> UndoEntry:
        """An entry as stored: an object, or the list `[op, table, pk, before, sync_key]`
        that desks stored before (an undo log outlives an upgrade of the desk; the oldest
        lists lack the travelling key)."""
        if isinstance(data, list) and 4 <= len(data) <= len(_FIELDS):
            data = dict(zip(_FIELDS, data, strict=False))
        if not isinstance(data, dict):
            raise ValueError(f"not an undo entry: {data!r}")
        op, table, pk = data.get("op"), data.get("table"), data.get("pk")
        before, sync_key = data.get("before"), data.get("sync_key")
        if op not in _OPS or not isinstance(table, str) or not isinstance(pk, dict):
            raise ValueError(f"not an undo entry: {data!r}")
        if not (before is None or isinstance(before, dict)):
            raise ValueError(f"not an undo entry: {data!r}")
        if not (sync_key is None or isinstance(sync_key, str)):
            raise ValueError(f"not an undo entry: {data!r}")
        return cls(op, table, pk, before, sync_key)


def undo_log_json(entries: Iterable[UndoEntry]) -> str:
    """A command's undo log as stored: a JSON list of entry objects."""
    return json.dumps([e.to_json() for e in entries], ensure_ascii=False)


def read_undo_log(stored: str | None) -> tuple[UndoEntry, ...] | None:
    """A stored undo log; None when there is none (null: a command queued before sync
    existed, part of the base already; or no `sync_pending` row at all)."""
    data = json.loads(stored) if stored else None
    if data is None:
        return None
    if not isinstance(data, list):
        raise ValueError(f"not an undo log: {stored!r}")
    return tuple(UndoEntry.from_json(entry) for entry in data)


@dataclass(slots=True)
class Touch:
    op: Op
    table: str
    pk: dict[str, Any]  # the row's primary key in this database, JSON-ready
    before: dict[str, Any] | None  # every column before the change; None for an insert
    obj: Any  # the ORM object (or the values of a row the server inserted with Core): the after-image

    def undo_entry(self) -> UndoEntry:
        return UndoEntry(self.op, self.table, self.pk, self.before, self.sync_key())

    def sync_key(self) -> str | None:
        spec = SYNCED.get(self.table)
        if spec is None:
            return None
        return "|".join(str(getattr(self.obj, k)) for k in spec.key)


def touches(session: Session) -> list[Touch]:
    buffer: list[Touch] = session.info.setdefault(BUFFER_KEY, [])
    return buffer


def changed_tables(session: Session) -> frozenset[str]:
    """The synced tables this session has written so far (kept after each command's
    outbox row takes its undo log, so the whole unit of work can be announced)."""
    return frozenset(session.info.get(CHANGED_KEY, ()))


def _table(mapper: Mapper[Any]) -> Table:
    table = mapper.local_table
    assert isinstance(table, Table)
    return table


def _pk(mapper: Mapper[Any], target: Any) -> dict[str, Any]:
    table = _table(mapper)
    values = {
        col.name: getattr(target, mapper.get_property_by_column(col).key)
        for col in mapper.primary_key
    }
    return encode_values(tuple(table.primary_key.columns), values)


def _before_image(mapper: Mapper[Any], connection: Connection, target: Any) -> dict[str, Any]:
    table = _table(mapper)
    key = {
        c.name: getattr(target, mapper.get_property_by_column(c).key) for c in mapper.primary_key
    }
    stmt = select(table).where(*(table.c[name] == value for name, value in key.items()))
    row = connection.execute(stmt).mappings().one()
    return encode_values(tuple(table.columns), dict(row))


def _record(op: Op, mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    session = object_session(target)
    if session is None or _table(mapper).name not in CAPTURED_TABLES:
        return
    wants_before = op != "insert" and session.info.get(BEFORE_IMAGES_KEY, True)
    before = _before_image(mapper, connection, target) if wants_before else None
    session.info.setdefault(CHANGED_KEY, set()).add(_table(mapper).name)
    touches(session).append(Touch(op, _table(mapper).name, _pk(mapper, target), before, target))


def _after_insert(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    _record("insert", mapper, connection, target)


def _before_update(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    session = object_session(target)
    if _table(mapper).name not in CAPTURED_TABLES:
        return
    if session is not None and not session.is_modified(target, include_collections=False):
        return  # marked dirty but nothing changed: no UPDATE worth undoing or sending
    _record("update", mapper, connection, target)


def _before_delete(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    _record("delete", mapper, connection, target)


# On the base class with propagate: every mapped table, whenever its module is imported.
event.listen(Base, "after_insert", _after_insert, propagate=True)
event.listen(Base, "before_update", _before_update, propagate=True)
event.listen(Base, "before_delete", _before_delete, propagate=True)


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_writes(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    name = getattr(getattr(state.statement, "table", None), "name", None)
    if name in CAPTURED_TABLES:
        raise RuntimeError(
            f"bulk write to synced table {name!r}: change rows through ORM objects "
            "so the undo log and the change log see them (shared_store/change_capture.py)"
        )
