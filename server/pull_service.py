"""Pull: the changes after a workstation's cursors, from one consistent snapshot.

Streams are read in order (shared before the site's), and a later stream is
only read when the earlier one is complete in this snapshot: a site row never
arrives before the shared row it refers to. The reply also carries, read in the same snapshot, the workstation's last applied
mutation number and the outcomes of the mutations this page completes: those
whose changes lie within the cursors the page leaves the workstation at.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from server.auth import Caller, still_valid
from server.change_log import change_json
from server.db import Database
from server.push_service import clock
from server.schemas import PullIn
from server.tables import (
    ChangeLogRow,
    MutationResultRow,
    ServerMetaRow,
    StreamHeadRow,
    WorkstationRow,
)
from shared_store.sync.tables import streams_for_site

MAX_OUTCOMES = 5000  # as many as a pull page has changes


def heads_of(session: Session, streams: tuple[str, ...]) -> dict[str, int]:
    rows = session.execute(
        select(StreamHeadRow.stream, StreamHeadRow.seq).where(StreamHeadRow.stream.in_(streams))
    ).all()
    found = {stream: seq for stream, seq in rows}
    return {s: int(found.get(s, 0)) for s in streams}


def pull(db: Database, caller: Caller, request: PullIn, max_outcomes: int = MAX_OUTCOMES) -> bytes:
    streams = streams_for_site(caller.site_code)
    # Core statements on a bare connection: a pull reads columns, never ORM objects.
    with db.read_engine.connect() as conn, conn.begin():
        # One statement for the heads, the workstation and the epoch; being the first
        # read, it fixes the snapshot everything below is read from.
        state = conn.execute(_state_query(streams), {"ws": caller.workstation_id}).one()
        still_valid(state.token_hash, state.revoked_at, caller)
        heads = {s: int(state[_HEADS_FROM + i] or 0) for i, s in enumerate(streams)}
        cursors: dict[str, int] = {}
        rewound: list[str] = []
        for stream in streams:
            cursor = request.cursors.get(stream, 0)
            if cursor > heads[stream]:
                rewound.append(stream)  # the server was restored: start again from its head
                cursor = heads[stream]
            cursors[stream] = cursor
        parts: list[str] = []
        budget = request.limit
        has_more = False
        for stream in streams:
            if cursors[stream] == heads[stream]:
                continue  # nothing new: no round trip (most pulls at 150 desks ask one stream)
            rows = conn.execute(
                _CHANGES,
                {
                    "owner": stream,
                    "after": cursors[stream],
                    "upto": heads[stream],
                    "n": budget + 1,
                },
            ).all()
            if len(rows) > budget:
                rows, has_more = rows[:budget], True
            parts.extend(change_json(stream, r.seq, r.table_name, r.op, r.row_json) for r in rows)
            if rows:
                cursors[stream] = rows[-1].seq
            budget -= len(rows)
            if has_more:
                break
        # Outcomes of the mutations whose changes this page completes (cursors reach the
        # positions their push ended at): the workstation settles exactly these.
        outcome_rows = (
            conn.execute(
                _OUTCOMES,
                {
                    "owner": caller.workstation_id,
                    "after": request.confirmed,
                    "upto": state.last_mutation,
                    "n": max_outcomes + 1,
                },
            ).all()
            if request.confirmed < state.last_mutation
            else []
        )
        if len(outcome_rows) > max_outcomes:
            outcome_rows, has_more = outcome_rows[:max_outcomes], True  # the rest next page
        settled = min(request.confirmed, state.last_mutation)
        outcomes: list[dict[str, Any]] = []
        for r in outcome_rows:
            positions = json.loads(r.positions_json or "{}")
            if any(seq > cursors.get(stream, seq) for stream, seq in positions.items()):
                break  # its changes are not all in this page yet (numbers only grow: stop)
            settled = r.mutation
            outcomes.append(
                {
                    "mutation": r.mutation,
                    "command_id": r.command_id,
                    "status": r.status,
                    "message": r.message,
                    "field": r.field,
                }
            )
        epoch = state.epoch or ""
    rest = json.dumps(
        {
            "cursors": cursors,
            "heads": heads,
            "has_more": has_more,
            "last_mutation": settled,
            "applied_mutation": state.last_mutation,
            "outcomes": outcomes,
            "server_epoch": epoch,
            "rewound": rewound,
            "hlc": clock.receive([]),
        },
        ensure_ascii=False,
    )
    return ('{"changes":[' + ",".join(parts) + "]," + rest[1:]).encode()


_HEADS_FROM = 4  # the state row: last_mutation, token_hash, revoked_at, epoch, then the heads


@functools.cache
def _state_query(streams: tuple[str, ...]) -> Select[Any]:
    heads = [
        select(StreamHeadRow.seq)
        .where(StreamHeadRow.stream == stream)
        .scalar_subquery()
        .label(f"head_{i}")
        for i, stream in enumerate(streams)
    ]
    epoch = select(ServerMetaRow.value).where(ServerMetaRow.key == "epoch").scalar_subquery()
    return select(
        WorkstationRow.last_mutation,
        WorkstationRow.token_hash,
        WorkstationRow.revoked_at,
        epoch.label("epoch"),
        *heads,
    ).where(WorkstationRow.id == bindparam("ws"))


def _numbered_after(number: Any, owner: Any, *columns: Any) -> Select[Any]:
    """`columns` of one owner's rows (a stream's changes, a workstation's outcomes)
    numbered after :after up to :upto, in order, at most :n of them."""
    return (
        select(*columns)
        .where(
            owner == bindparam("owner"), number > bindparam("after"), number <= bindparam("upto")
        )
        .order_by(number)
        .limit(bindparam("n"))
    )


_CHANGES = _numbered_after(
    ChangeLogRow.seq,
    ChangeLogRow.stream,
    ChangeLogRow.seq,
    ChangeLogRow.table_name,
    ChangeLogRow.op,
    ChangeLogRow.row_json,
)
_OUTCOMES = _numbered_after(
    MutationResultRow.mutation,
    MutationResultRow.workstation_id,
    MutationResultRow.mutation,
    MutationResultRow.command_id,
    MutationResultRow.status,
    MutationResultRow.message,
    MutationResultRow.field,
    MutationResultRow.positions_json,
)
