"""Push: a workstation's mutations applied exactly once, in order, with the domain's rules.

One transaction per request (the mutations themselves are decided in
server/push_batch.py: savepoints per run, one per mutation only after a failure). Under the workstation's
row lock: a number already applied returns its stored outcome (a re-send after a
lost reply); a number beyond the next is a gap and is refused (the client sends
from the number the server names); the next number is applied by the same
`apply_command` the workstation ran. A domain refusal (`KnownError`) is stored as
"rejected" and still advances the number; only a temporary failure (lock,
deadlock, lost connection) leaves it — the whole request is retried or answered
503, and nothing of it is kept.
"""

from __future__ import annotations

import contextlib
import json
import random
import threading
import time
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm.attributes import set_committed_value

from app.commands.catalogue import Catalogue
from app.commands.envelope import utc_now
from app.sync import hlc
from server import change_log, pg_listen
from server.auth import Caller, still_valid
from server.batch_cache import BatchApplied, BatchCitizens
from server.bulk_insert import (
    COPY_FROM_ROWS,
    commit_in_pipeline,
    insert_rows,
    pipelined,
    table_of,
)
from server.db import Database
from server.errors import ApiError, temporarily_unavailable
from server.faults import Faults
from server.push_batch import BatchDecider
from server.reference_cache import CachedReference
from server.schemas import PushIn
from server.tables import ChangeLogRow, MutationResultRow, WorkstationRow
from shared_store.change_capture import BEFORE_IMAGES_KEY, touches

_ATTEMPTS = 6


class _Clock:
    """The server's hybrid logical clock, merged with every stamp it receives."""

    def __init__(self) -> None:
        self._last = ""
        self._lock = threading.Lock()

    def receive(self, stamps: list[str]) -> str:
        with self._lock:
            self._last = hlc.tick(max([self._last, *stamps]))
            return self._last


clock = _Clock()


@dataclass(frozen=True, slots=True)
class PushResult:
    body: dict[str, Any]
    written: list[change_log.WrittenBatch]  # what the push added to each stream, for events


class _Collided(Exception):
    """A concurrent push recorded the same command id first: the request starts over."""


def push(
    db: Database, caller: Caller, request: PushIn, faults: Faults, catalogue: Catalogue
) -> PushResult:
    """`catalogue`: what each command means, the desk's (`app.catalogue.CATALOGUE`)."""
    for attempt in range(_ATTEMPTS):
        try:
            return _push_once(db, caller, request, faults, catalogue)
        except (OperationalError, _Collided):
            if attempt == _ATTEMPTS - 1:
                break
            time.sleep(random.uniform(0.005, 0.05) * (attempt + 1))
    raise temporarily_unavailable()


def _outcome(row: MutationResultRow) -> dict[str, Any]:
    return {
        "mutation": row.mutation,
        "command_id": row.command_id,
        "status": row.status,
        "message": row.message,
        "field": row.field,
        "result": json.loads(row.result_json) if row.status == "applied" else None,
    }


def _push_once(
    db: Database, caller: Caller, request: PushIn, faults: Faults, catalogue: Catalogue
) -> PushResult:
    with db.unit_of_work() as uow:
        session = uow.session
        session.info[BEFORE_IMAGES_KEY] = False
        uow.reference = CachedReference(uow.reference, db.reference_memo.answers())  # type: ignore[assignment]
        ws = session.scalar(
            select(WorkstationRow)
            .where(WorkstationRow.id == caller.workstation_id)
            .with_for_update()
        )
        assert ws is not None  # authenticated a moment ago; workstations are never deleted
        still_valid(ws.token_hash, ws.revoked_at, caller)
        first = request.mutations[0].mutation
        if first > ws.last_mutation + 1:
            raise ApiError(
                409,
                "mutation_gap",
                f"Serveren venter ændring nr. {ws.last_mutation + 1}; send fra den.",
                f"The server expects mutation {ws.last_mutation + 1}; send from there.",
                expected=ws.last_mutation + 1,
            )
        stored = (
            {
                r.mutation: r
                for r in session.scalars(
                    select(MutationResultRow).where(
                        MutationResultRow.workstation_id == ws.id,
                        MutationResultRow.mutation >= first,
                        MutationResultRow.mutation <= ws.last_mutation,
                    )
                )
            }
            if first <= ws.last_mutation  # a re-send: some outcomes are stored already
            else {}
        )
        outcomes: list[dict[str, Any]] = []
        for m in request.mutations:
            if m.mutation > ws.last_mutation:
                break
            earlier = stored.get(m.mutation)
            if earlier is not None and earlier.command_id != m.command_id:
                raise _fork(m.mutation)
            outcomes.append(
                _outcome(earlier)
                if earlier
                else {"mutation": m.mutation, "command_id": m.command_id, "status": "applied"}
            )
        todo = [m for m in request.mutations if m.mutation > ws.last_mutation]
        applied = BatchApplied(uow.applied, session, todo)
        citizens = BatchCitizens(uow.citizens, session, todo)
        uow.applied, uow.citizens = applied, citizens  # type: ignore[assignment]
        decider = BatchDecider(
            uow,
            caller,
            applied,
            citizens,
            lambda: faults.hit("push.after_mutation"),
            partial(db.staff_keys.verify, session),
            catalogue,
        )
        decisions, unsupported = decider.decide(todo)
        stopped: dict[str, Any] | None = None
        if unsupported is not None:
            m = todo[len(decisions)]
            stopped = {
                "mutation": m.mutation,
                "code": "command_not_supported",
                "message_da": unsupported.message + " Ændringen venter, til serveren er opdateret.",
                "message_en": f"The server does not know command {m.name} v{m.version} yet.",
            }
        results: list[dict[str, Any]] = []
        last = ws.last_mutation
        for m, d in zip(todo, decisions, strict=False):
            results.append(
                {
                    "workstation_id": ws.id,
                    "mutation": m.mutation,
                    "command_id": m.command_id,
                    "name": m.name,
                    "version": m.version,
                    "status": d.status,
                    "result_json": json.dumps(d.result or {}, ensure_ascii=False, sort_keys=True),
                    "message": d.message,
                    "field": d.field,
                    "hlc": m.hlc,
                    "decided_at": utc_now(),
                }
            )
            outcomes.append(
                {
                    "mutation": m.mutation,
                    "command_id": m.command_id,
                    "status": d.status,
                    "message": d.message,
                    "field": d.field,
                    "result": d.result,
                }
            )
            last = m.mutation
        written: list[change_log.WrittenBatch] = []
        if results:
            try:
                applied.write()
            except IntegrityError:
                # Another push recorded one of these command ids since we looked: start over.
                raise _Collided() from None
            session.flush()  # every change is out, and touched: nothing flushes after this
            written, log_rows = change_log.number(session, change_log.collect(touches(session)))
            positions = json.dumps({b.stream: b.last for b in written}, sort_keys=True)
            for row in results:
                row["positions_json"] = positions
            # From the numbering to the commit this push holds its streams' head rows, which
            # every other push of those streams waits for: the rest goes in one round trip.
            # A big batch's rows go by COPY instead, which cannot run in a pipeline.
            connection = session.connection()
            few = max(len(log_rows), len(results)) < COPY_FROM_ROWS
            with pipelined(connection) if few else contextlib.nullcontext():
                insert_rows(connection, table_of(ChangeLogRow), log_rows)
                if written and not db.is_sqlite:
                    pg_listen.announce(connection, written, caller.workstation_id)
                insert_rows(connection, table_of(MutationResultRow), results)
                connection.execute(
                    update(WorkstationRow)
                    .where(WorkstationRow.id == ws.id)
                    .values(last_mutation=last)
                )
                set_committed_value(ws, "last_mutation", last)
                faults.hit("push.before_commit")
                commit_in_pipeline(connection)
        uow.commit()
    faults.hit("push.after_commit")
    body = {
        "last_mutation": last,
        "outcomes": outcomes,
        "stopped": stopped,
        "hlc": clock.receive([m.hlc for m in request.mutations if m.hlc]),
    }
    return PushResult(body, written)


def _fork(mutation: int) -> ApiError:
    return ApiError(
        409,
        "workstation_fork",
        f"Serveren har en anden ændring nr. {mutation} fra denne arbejdsstation. Databasen er "
        "formentlig kopieret fra en anden arbejdsstation; ventende ændringer sættes til side.",
        f"The server holds a different mutation {mutation} from this workstation; its database "
        "is probably a copy of another one's.",
        mutation=mutation,
    )
