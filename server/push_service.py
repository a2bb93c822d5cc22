"""Push: a workstation's mutations applied exactly once, in order, with the domain's rules.

One transaction per request, a savepoint per mutation. Under the workstation's
row lock: a number already applied returns its stored outcome (a re-send after a
lost reply); a number beyond the next is a gap and is refused (the client sends
from the number the server names); the next number is applied by the same
`apply_command` the workstation ran. A domain refusal (`KnownError`) is stored as
"rejected" and still advances the number; only a temporary failure (lock,
deadlock, lost connection) leaves it — the whole request is retried or answered
503, and nothing of it is kept.
"""

from __future__ import annotations

import json
import random
import threading
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError, OperationalError

from app.commands.bus import apply_command
from app.commands.envelope import CommandEnvelope, utc_now
from app.cpr import parse_cpr
from app.errors import ConflictError, KnownError, UnknownCommandError
from app.sync import hlc
from local_cache.change_capture import BEFORE_IMAGES_KEY, touches
from local_cache.unit_of_work import SqlUnitOfWork
from local_cache.uow_port import as_port
from server import change_log, permissions
from server.auth import Caller
from server.db import Database
from server.errors import ApiError
from server.faults import Faults
from server.reference_cache import CachedReference
from server.schemas import MutationIn, PushIn
from server.tables import DuplicateReviewRow, MutationResultRow, WorkstationRow

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
    heads: dict[str, int]


class _Unsupported(Exception):
    def __init__(self, message: str) -> None:
        self.message = message


def push(db: Database, caller: Caller, request: PushIn, faults: Faults) -> PushResult:
    for attempt in range(_ATTEMPTS):
        try:
            return _push_once(db, caller, request, faults)
        except OperationalError:
            if attempt == _ATTEMPTS - 1:
                break
            time.sleep(random.uniform(0.005, 0.05) * (attempt + 1))
    raise ApiError(
        503,
        "temporarily_unavailable",
        "Serveren er travl lige nu; ændringerne sendes igen om lidt.",
        "The server is busy; the changes will be sent again shortly.",
    )


def _outcome(row: MutationResultRow) -> dict[str, Any]:
    return {
        "mutation": row.mutation,
        "command_id": row.command_id,
        "status": row.status,
        "message": row.message,
        "field": row.field,
        "result": json.loads(row.result_json) if row.status == "applied" else None,
    }


def _envelope(m: MutationIn) -> CommandEnvelope:
    return CommandEnvelope(
        name=m.name,
        version=m.version,
        args=m.args,
        workstation_id=m.workstation_id,
        site_code=m.site_code,
        staff_id=m.staff_id,
        command_id=m.command_id,
        issued_at=m.issued_at,
    )


def _push_once(db: Database, caller: Caller, request: PushIn, faults: Faults) -> PushResult:
    with db.unit_of_work() as uow:
        session = uow.session
        session.info[BEFORE_IMAGES_KEY] = False
        uow.reference = CachedReference(uow.reference)  # type: ignore[assignment]
        ws = session.scalar(
            select(WorkstationRow)
            .where(WorkstationRow.id == caller.workstation_id)
            .with_for_update()
        )
        assert ws is not None  # authenticated a moment ago; workstations are never deleted
        first = request.mutations[0].mutation
        if first > ws.last_mutation + 1:
            raise ApiError(
                409,
                "mutation_gap",
                f"Serveren venter ændring nr. {ws.last_mutation + 1}; send fra den.",
                f"The server expects mutation {ws.last_mutation + 1}; send from there.",
                expected=ws.last_mutation + 1,
            )
        stored = {
            r.mutation: r
            for r in session.scalars(
                select(MutationResultRow).where(
                    MutationResultRow.workstation_id == ws.id,
                    MutationResultRow.mutation >= first,
                    MutationResultRow.mutation <= ws.last_mutation,
                )
            )
        }
        outcomes: list[dict[str, Any]] = []
        results: list[dict[str, Any]] = []
        stopped: dict[str, Any] | None = None
        last = ws.last_mutation
        for m in request.mutations:
            if m.mutation <= last:
                earlier = stored.get(m.mutation)
                if earlier is not None and earlier.command_id != m.command_id:
                    raise _fork(m.mutation)
                outcomes.append(
                    _outcome(earlier)
                    if earlier
                    else {"mutation": m.mutation, "command_id": m.command_id, "status": "applied"}
                )
                continue
            try:
                status, result, message, field = _apply_one(uow, caller, _envelope(m), m.mutation)
            except _Unsupported as exc:
                stopped = {
                    "mutation": m.mutation,
                    "code": "command_not_supported",
                    "message_da": exc.message + " Ændringen venter, til serveren er opdateret.",
                    "message_en": f"The server does not know command {m.name} v{m.version} yet.",
                }
                break
            row = {
                "workstation_id": ws.id,
                "mutation": m.mutation,
                "command_id": m.command_id,
                "name": m.name,
                "version": m.version,
                "status": status,
                "result_json": json.dumps(result or {}, ensure_ascii=False, sort_keys=True),
                "message": message,
                "field": field,
                "hlc": m.hlc,
                "decided_at": utc_now(),
            }
            results.append(row)
            outcomes.append(
                {
                    "mutation": m.mutation,
                    "command_id": m.command_id,
                    "status": status,
                    "message": message,
                    "field": field,
                    "result": result,
                }
            )
            last = m.mutation
            faults.hit("push.after_mutation")
        heads: dict[str, int] = {}
        if results:
            heads = change_log.write(session, change_log.collect(touches(session)))
            positions = json.dumps(heads, sort_keys=True)
            for row in results:
                row["positions_json"] = positions
            session.execute(insert(MutationResultRow), results)
            ws.last_mutation = last
            faults.hit("push.before_commit")
        uow.commit()
    faults.hit("push.after_commit")
    body = {
        "last_mutation": last,
        "outcomes": outcomes,
        "stopped": stopped,
        "hlc": clock.receive([m.hlc for m in request.mutations if m.hlc]),
    }
    return PushResult(body, heads)


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


def _apply_one(
    uow: SqlUnitOfWork, caller: Caller, env: CommandEnvelope, mutation: int
) -> tuple[str, dict[str, Any] | None, str, str | None]:
    session = uow.session
    buffer = touches(session)
    mark = len(buffer)
    denial = permissions.check(as_port(uow), caller, env)
    for attempt in (1, 2):
        savepoint = session.begin_nested()
        try:
            if denial is not None:
                raise denial
            result = apply_command(as_port(uow), env, to_outbox=False)
            savepoint.commit()
            return "applied", result, "", None
        except UnknownCommandError as exc:
            savepoint.rollback()
            del buffer[mark:]
            raise _Unsupported(exc.message) from None
        except KnownError as exc:
            savepoint.rollback()
            del buffer[mark:]
            if isinstance(exc, ConflictError) and exc.field == "cpr":
                _flag_duplicate(uow, env, caller.workstation_id, mutation)
            return "rejected", None, exc.message, exc.field
        except IntegrityError:
            # A concurrent push committed the same key between our check and our insert;
            # running the command once more lets its own check give the proper reason.
            savepoint.rollback()
            del buffer[mark:]
            if attempt == 2:
                return (
                    "rejected",
                    None,
                    "Ændringen strider mod data, som en anden arbejdsstation har gemt i mellemtiden.",
                    None,
                )
    raise AssertionError("unreachable")


def _flag_duplicate(
    uow: SqlUnitOfWork, env: CommandEnvelope, workstation_id: str, mutation: int
) -> None:
    """Two workstations registered one CPR (typically both offline): keep it for review."""
    existing = None
    try:
        existing = uow.citizens.by_cpr(parse_cpr(str(env.args.get("cpr", ""))).digits)
    except KnownError:
        pass
    uow.session.add(
        DuplicateReviewRow(
            workstation_id=workstation_id,
            mutation=mutation,
            command_id=env.command_id,
            existing_citizen_id=existing.id if existing else None,
            submitted_json=json.dumps(env.args, ensure_ascii=False, sort_keys=True),
            created_at=utc_now(),
            status="open",
        )
    )
    uow.session.flush()
