"""Pull: the changes after a workstation's cursors, from one consistent snapshot.

Streams are read in order (shared before the site's), and a later stream is
only read when the earlier one is complete in this snapshot: a site row never
arrives before the shared row it refers to. The reply also carries, read in the same snapshot, the workstation's last applied
mutation number and the outcomes of the mutations this page completes: those
whose changes lie within the cursors the page leaves the workstation at.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from local_cache.sync_tables import streams_for_site
from server.auth import Caller, still_valid
from server.change_log import change_json
from server.db import Database, server_epoch
from server.push_service import clock
from server.schemas import PullIn
from server.tables import ChangeLogRow, MutationResultRow, StreamHeadRow, WorkstationRow

MAX_OUTCOMES = 5000  # as many as a pull page has changes


def heads_of(session: Session, streams: tuple[str, ...]) -> dict[str, int]:
    rows = session.execute(
        select(StreamHeadRow.stream, StreamHeadRow.seq).where(StreamHeadRow.stream.in_(streams))
    ).all()
    found = {stream: seq for stream, seq in rows}
    return {s: int(found.get(s, 0)) for s in streams}


def pull(db: Database, caller: Caller, request: PullIn, max_outcomes: int = MAX_OUTCOMES) -> bytes:
    streams = streams_for_site(caller.site_code)
    with db.reads() as session, session.begin():
        heads = heads_of(session, streams)  # the first read fixes the snapshot
        ws = session.get(WorkstationRow, caller.workstation_id)
        assert ws is not None
        still_valid(ws, caller)
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
            rows = session.execute(
                select(
                    ChangeLogRow.seq,
                    ChangeLogRow.table_name,
                    ChangeLogRow.op,
                    ChangeLogRow.row_json,
                )
                .where(
                    ChangeLogRow.stream == stream,
                    ChangeLogRow.seq > cursors[stream],
                    ChangeLogRow.seq <= heads[stream],
                )
                .order_by(ChangeLogRow.seq)
                .limit(budget + 1)
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
        outcome_rows = session.scalars(
            select(MutationResultRow)
            .where(
                MutationResultRow.workstation_id == ws.id,
                MutationResultRow.mutation > request.confirmed,
                MutationResultRow.mutation <= ws.last_mutation,
            )
            .order_by(MutationResultRow.mutation)
            .limit(max_outcomes + 1)
        ).all()
        if len(outcome_rows) > max_outcomes:
            outcome_rows, has_more = outcome_rows[:max_outcomes], True  # the rest next page
        settled = min(request.confirmed, ws.last_mutation)
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
        epoch = server_epoch(session)
    rest = json.dumps(
        {
            "cursors": cursors,
            "heads": heads,
            "has_more": has_more,
            "last_mutation": settled,
            "applied_mutation": ws.last_mutation,
            "outcomes": outcomes,
            "server_epoch": epoch,
            "rewound": rewound,
            "hlc": clock.receive([]),
        },
        ensure_ascii=False,
    )
    return ('{"changes":[' + ",".join(parts) + "]," + rest[1:]).encode()
