"""Writing the change log: every row a push changed, numbered per stream, in the push's transaction.

Numbers are taken by `UPDATE stream_head SET seq = seq + n … RETURNING seq` at
the very end of the transaction. The row lock that UPDATE takes is held until
commit, so a second writer of the same stream waits and gets the next numbers
only after the first has committed: numbers become visible in order, and a
reader's snapshot always holds a prefix of each stream — a pull can never skip a
change that commits late. Streams are locked in sorted order (no deadlock
between two pushes), and after all other writes (the lock is held briefly).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, update
from sqlalchemy.orm import Mapper, Session

from server.bulk_insert import insert_rows, table_of
from server.tables import ChangeLogRow, StreamHeadRow
from shared_store.change_capture import Touch
from shared_store.sync.tables import SYNCED, encode_row, row_key


@dataclass(frozen=True, slots=True)
class PendingChange:
    stream: str
    table: str
    key: str
    op: str
    row_json: str


_ATTRIBUTES: dict[tuple[type[Any], str], tuple[tuple[str, str], ...]] = {}


def _attributes(cls: type[Any], table: str) -> tuple[tuple[str, str], ...]:
    """(column name, ORM attribute) of the table's wire columns, worked out once per class."""
    known = _ATTRIBUTES.get((cls, table))
    if known is not None:
        return known
    mapper: Mapper[Any] = inspect(cls)
    found = tuple(
        (c.name, mapper.get_property_by_column(c).key) for c in SYNCED[table].wire_columns
    )
    _ATTRIBUTES[(cls, table)] = found
    return found


def _values(obj: Any, table: str) -> dict[str, Any]:
    if isinstance(obj, dict):  # a row the push inserted with Core (server/batch_cache.py)
        return {c.name: obj[c.name] for c in SYNCED[table].wire_columns}
    return {name: getattr(obj, attr) for name, attr in _attributes(type(obj), table)}


def collect(touched: Iterable[Touch]) -> list[PendingChange]:
    """One change per row, at the place it was first touched, with its final image: that of
    the last touch (read after the last flush, an ORM object shows its final values anyway;
    a row inserted with Core and updated later is only final in the later touch)."""
    order: dict[tuple[str, str], tuple[dict[str, Any], bool]] = {}
    for touch in touched:
        spec = SYNCED.get(touch.table)
        if spec is None:
            continue  # applied_command and other local bookkeeping never travels
        values = _values(touch.obj, touch.table)
        ident = (touch.table, row_key(spec, values))
        deleted = touch.op == "delete"
        order[ident] = (values, deleted)  # a dict keeps the place of its first entry
    out: list[PendingChange] = []
    for (table, key), (values, deleted) in order.items():
        spec = SYNCED[table]
        row = {k: values[k] for k in spec.key} if deleted else encode_row(spec, values)
        out.append(
            PendingChange(
                stream=spec.stream(values),
                table=table,
                key=key,
                op="delete" if deleted else "put",
                row_json=json.dumps(row, ensure_ascii=False, separators=(",", ":")),
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class WrittenBatch:
    """One push's changes of one stream, numbered `first`..`last`, as a pull sends them."""

    stream: str
    first: int
    last: int
    entries: tuple[tuple[str, str, str], ...]  # (table, op, row JSON) of first..last

    def changes_json(self) -> list[str]:
        """Each change's JSON text, exactly as in a pull reply (made only when asked)."""
        return [
            change_json(self.stream, self.first + offset, table, op, row_json)
            for offset, (table, op, row_json) in enumerate(self.entries)
        ]


def change_json(stream: str, seq: int, table: str, op: str, row_json: str) -> str:
    """A change as a pull (or an event) sends it; the row is spliced in as stored."""
    head = json.dumps({"stream": stream, "seq": seq, "table": table, "op": op})
    return f'{head[:-1]},"row":{row_json}}}'


def write(session: Session, changes: list[PendingChange]) -> list[WrittenBatch]:
    """Number and insert the changes: one batch per stream written, with its new head."""
    written, rows = number(session, changes)
    insert_rows(session.connection(), table_of(ChangeLogRow), rows)
    return written


def number(
    session: Session, changes: list[PendingChange]
) -> tuple[list[WrittenBatch], list[dict[str, Any]]]:
    """Take the changes' numbers from their streams' head rows (locked from here to the
    commit): the batches, and the change-log rows still to be inserted."""
    by_stream: dict[str, list[PendingChange]] = {}
    for change in changes:
        by_stream.setdefault(change.stream, []).append(change)
    written: list[WrittenBatch] = []
    rows: list[dict[str, Any]] = []
    for stream in sorted(by_stream):
        batch = by_stream[stream]
        head = session.execute(
            update(StreamHeadRow)
            .where(StreamHeadRow.stream == stream)
            .values(seq=StreamHeadRow.seq + len(batch))
            .returning(StreamHeadRow.seq)
            .execution_options(synchronize_session=False)
        ).scalar_one_or_none()
        if head is None:  # a stream nobody has written yet (a new site): start it
            session.add(StreamHeadRow(stream=stream, seq=len(batch)))
            session.flush()
            head = len(batch)
        first = head - len(batch) + 1
        for offset, change in enumerate(batch):
            rows.append(
                {
                    "stream": stream,
                    "seq": first + offset,
                    "table_name": change.table,
                    "row_key": change.key,
                    "op": change.op,
                    "row_json": change.row_json,
                }
            )
        written.append(
            WrittenBatch(
                stream,
                first,
                head,
                tuple((c.table, c.op, c.row_json) for c in batch),
            )
        )
    return written, rows
