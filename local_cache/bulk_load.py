"""Fast loading of generated citizens (and past visits) straight into a store.

This writes reference/demo data *directly*, not through commands: demo citizens
are not shared changes, so nothing here goes into the outbox, the applied-command
log or the sync undo log, and nothing will ever be sent to the central server.
Use it for the demo desk and the benchmarks only; real registrations always go
through `app.commands` (`register_citizen`).

Rows go in with plain `executemany` in batches, one transaction per batch. The
FTS5 name indexes are kept right by the schema's triggers; with `reindex=True`
the triggers are set aside for the load and both indexes are rebuilt from the
table at the end instead, all inside one transaction (bench/ measures both ways).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine

from app.entities import Citizen, Visit
from app.text_search import fold_name
from shared_store.tables import UtcDateTime

_T = TypeVar("_T")
_stamp = UtcDateTime().process_bind_param  # the same text the ORM would store

_CITIZEN_SQL = (
    "INSERT INTO citizen (id, cpr, given_name, family_name, name_folded, support_basis, "
    "a_kasse, phone, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_VISIT_SQL = (
    "INSERT INTO visit (id, citizen_id, site_code, service_code, started_at, workstation_id, "
    "staff_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_FTS_TABLES = ("citizen_words", "citizen_fts")
_INSERT_TRIGGER = "citizen_fts_insert"


def _batches(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _citizen_row(c: Citizen) -> tuple[Any, ...]:
    return (
        c.id,
        c.cpr,
        c.given_name,
        c.family_name,
        fold_name(c.full_name),
        c.support_basis.value,
        c.a_kasse,
        c.phone,
        c.email,
        _stamp(c.created_at, None),
        _stamp(c.updated_at, None),
    )


def _visit_row(v: Visit) -> tuple[Any, ...]:
    started = _stamp(v.started_at, None)
    return (
        v.id,
        v.citizen_id,
        v.site_code,
        v.service_code,
        started,
        v.workstation_id,
        v.staff_id,
        v.note,
    )


def bulk_load_citizens(
    engine: Engine,
    citizens: Iterable[Citizen],
    *,
    batch_size: int = 20_000,
    reindex: bool = False,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Insert the citizens; returns how many. A CPR already in the store is an error."""
    if reindex:
        return _load_then_reindex(engine, citizens, batch_size, progress)
    loaded = 0
    for batch in _batches(citizens, batch_size):
        with engine.begin() as conn:
            conn.exec_driver_sql(_CITIZEN_SQL, [_citizen_row(c) for c in batch])
        loaded += len(batch)
        if progress:
            progress(loaded)
    return loaded


def _load_then_reindex(
    engine: Engine,
    citizens: Iterable[Citizen],
    batch_size: int,
    progress: Callable[[int], None] | None,
) -> int:
    # One transaction: the trigger is dropped and re-created inside it, so a failed load
    # leaves the schema (and the indexes) exactly as they were.
    loaded = 0
    with engine.begin() as conn:
        # pysqlite opens transactions only before DML; DDL must not run in autocommit here.
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        trigger_sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_INSERT_TRIGGER,)
        ).scalar_one()
        conn.exec_driver_sql(f"DROP TRIGGER {_INSERT_TRIGGER}")
        for batch in _batches(citizens, batch_size):
            conn.exec_driver_sql(_CITIZEN_SQL, [_citizen_row(c) for c in batch])
            loaded += len(batch)
            if progress:
                progress(loaded)
        rebuild_name_indexes(conn)
        conn.exec_driver_sql(trigger_sql)
    return loaded


def rebuild_name_indexes(conn: Connection) -> None:
    """Re-read every citizen's folded name into both FTS5 indexes."""
    for table in _FTS_TABLES:
        conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('rebuild')")


def bulk_load_visits(engine: Engine, visits: Iterable[Visit], *, batch_size: int = 20_000) -> int:
    """Insert past visits (their citizens must be loaded already); returns how many."""
    loaded = 0
    for batch in _batches(visits, batch_size):
        with engine.begin() as conn:
            conn.exec_driver_sql(_VISIT_SQL, [_visit_row(v) for v in batch])
        loaded += len(batch)
    return loaded
