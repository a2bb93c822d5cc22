"""Deciding a push's new mutations: runs under one savepoint, a savepoint each only after a failure.

Each mutation runs the same `apply_command`, with the same catalogue, as on the
workstation. Mutations are
applied in runs of up to `RUN` under ONE savepoint (a savepoint per mutation cost
two statements and a fifth of the time). When a mutation fails:

* a domain refusal (`KnownError`) that wrote nothing — no statement other than a
  SELECT went to the database and the session holds no pending change — is
  recorded as rejected and the run goes on (most refusals are checks made before
  any write);
* anything else (a refusal after a write, a unique-key collision, an unknown
  command) rolls the whole run back; the mutations before it are applied again
  as a run, and the failing one alone under its own savepoint, exactly as
  before this module existed (with the batch caches stepped aside).

Registrations that follow each other have their citizen rows inserted together
(server/batch_cache.py, one Core executemany), before any other kind of mutation
runs, so rows and change log keep the mutations' order. If a
unique key collides anyway (another instance's push committed the same CPR after
this batch looked), the run is rolled back and the rest of the batch runs
"careful": no cache, no deferred insert, so the collision belongs to one
mutation, which is then re-run alone and refused with the domain's own reason.

So every mutation is decided as if it ran alone after those before it: the
outcome and the rows do not depend on the run length (tests/server/test_push_batches.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.commands.bus import apply_command
from app.commands.catalogue import Catalogue
from app.commands.envelope import CommandEnvelope, utc_now
from app.cpr import parse_cpr
from app.errors import ConflictError, KnownError, UnknownCommandError
from server import permissions
from server.auth import Caller
from server.batch_cache import BatchApplied, BatchCitizens
from server.schemas import MutationIn
from server.tables import DuplicateReviewRow
from server.write_count import writes_on
from shared_store.change_capture import touches
from shared_store.unit_of_work import SqlUnitOfWork
from shared_store.uow_port import as_port

RUN = 500  # mutations per savepoint; a failure that wrote costs at most this many re-runs

_COLLISION = "Ændringen strider mod data, som en anden arbejdsstation har gemt i mellemtiden."


@dataclass(frozen=True, slots=True)
class Decision:
    status: str  # applied | rejected
    result: dict[str, Any] | None
    message: str
    field: str | None


class Unsupported(Exception):
    def __init__(self, message: str) -> None:
        self.message = message


_ADDS = "skranke.push_adds"


def _count_add(session: Session, _instance: object) -> None:
    session.info[_ADDS] = session.info.get(_ADDS, 0) + 1


class _RunBroken(Exception):
    """A mutation of the run failed after writing: the run's savepoint must go."""


def envelope(m: MutationIn) -> CommandEnvelope:
    return CommandEnvelope(
        name=m.name,
        version=m.version,
        args=m.args,
        workstation_id=m.workstation_id,
        site_code=m.site_code,
        staff_id=m.staff_id,
        command_id=m.command_id,
        issued_at=m.issued_at,
        staff_proof=m.staff_proof,
        approval_proof=m.approval_proof,
    )


class BatchDecider:
    def __init__(
        self,
        uow: SqlUnitOfWork,
        caller: Caller,
        applied: BatchApplied,
        citizens: BatchCitizens,
        after_each: Callable[[], None],
        proven: permissions.Proven,
        catalogue: Catalogue,
    ) -> None:
        self._uow = uow
        self._catalogue = catalogue
        self._proven = proven
        self._caller = caller
        self._applied = applied
        self._citizens = citizens
        self._after_each = after_each
        self._careful = False
        event.listen(uow.session, "transient_to_pending", _count_add)

    def decide(self, todo: list[MutationIn]) -> tuple[list[Decision], Unsupported | None]:
        """Decisions for a prefix of `todo` (all of it unless a command is unknown here)."""
        decisions: list[Decision] = []
        broken: int | None = None  # a mutation known to break a run: it runs alone
        i = 0
        while i < len(todo):
            if broken == i:
                try:
                    decisions.append(self._alone(todo[i]))
                except Unsupported as exc:
                    return decisions, exc
                self._after_each()
                broken, i = None, i + 1
                continue
            end = min(len(todo), i + RUN, broken if broken is not None else len(todo))
            ran, broken = self._run(todo[i:end], i)
            decisions.extend(ran)
            i += len(ran)
        return decisions, None

    def _run(self, run: list[MutationIn], start: int) -> tuple[list[Decision], int | None]:
        """The run's decisions, or none and the index of the mutation that broke it."""
        session = self._uow.session
        buffer = touches(session)
        mark, applied_mark = len(buffer), self._applied.mark()
        connection = session.connection()
        savepoint = session.begin_nested()
        out: list[Decision] = []
        try:
            for m in run:
                out.append(self._in_run(connection, m))
                self._after_each()
            self._citizens.defer = False
            self._citizens.flush_pending()
            savepoint.commit()
            return out, None
        except (_RunBroken, IntegrityError) as exc:
            self._citizens.defer = False
            self._citizens.drop_pending()
            savepoint.rollback()
            del buffer[mark:]
            self._applied.forget_after(applied_mark)
            if isinstance(exc, IntegrityError) and not self._careful:
                # A collision the batch caches did not foresee (a concurrent push), maybe
                # in a deferred insert of an earlier mutation: from here on every mutation
                # asks the database and flushes at once, so a collision has an owner.
                self._careful = True
                self._citizens.trusted = self._applied.trusted = False
                return [], None
            return [], start + len(out)

    def _in_run(self, connection: Connection, m: MutationIn) -> Decision:
        env = envelope(m)
        uow = as_port(self._uow)
        session = self._uow.session
        denial = permissions.check(uow, self._caller, env, self._proven)
        if denial is not None:
            return Decision("rejected", None, denial.message, denial.field)
        # Registrations back to back insert their citizens in one flush; before anything
        # else runs, they are flushed, so rows and change log keep the mutations' order
        # (and a registration that will meet its CPR again is refused without a write).
        defer = m.name == "register_citizen" and not self._careful and self._citizens.all_free(m)
        if not defer:
            self._citizens.flush_pending()
        self._citizens.defer = defer
        writes, adds, kept = (
            writes_on(connection),
            session.info.get(_ADDS, 0),
            self._citizens.pending,
        )
        try:
            result = apply_command(uow, env, self._catalogue, to_outbox=False)
        except UnknownCommandError:
            raise _RunBroken() from None
        except KnownError as exc:
            wrote = (
                writes_on(connection) != writes
                or session.info.get(_ADDS, 0) != adds
                or self._citizens.pending != kept
            )
            if wrote or session.dirty or session.deleted:
                raise _RunBroken() from None
            return self._rejected(env, exc, m.mutation)
        return Decision("applied", result, "", None)

    def _alone(self, m: MutationIn) -> Decision:
        """One mutation under its own savepoint, every question asked of the database."""
        self._citizens.trusted = self._applied.trusted = False
        try:
            return self._alone_uncached(m)
        finally:
            self._citizens.trusted = self._applied.trusted = not self._careful

    def _alone_uncached(self, m: MutationIn) -> Decision:
        session = self._uow.session
        buffer = touches(session)
        mark, applied_mark = len(buffer), self._applied.mark()
        env = envelope(m)
        uow = as_port(self._uow)
        denial = permissions.check(uow, self._caller, env, self._proven)
        for attempt in (1, 2):
            savepoint = session.begin_nested()
            try:
                if denial is not None:
                    raise denial
                result = apply_command(uow, env, self._catalogue, to_outbox=False)
                savepoint.commit()
                return Decision("applied", result, "", None)
            except UnknownCommandError as exc:
                savepoint.rollback()
                del buffer[mark:]
                self._applied.forget_after(applied_mark)
                raise Unsupported(exc.message) from None
            except KnownError as exc:
                savepoint.rollback()
                del buffer[mark:]
                self._applied.forget_after(applied_mark)
                return self._rejected(env, exc, m.mutation)
            except IntegrityError:
                # A concurrent push committed the same key between our check and our insert;
                # running the command once more lets its own check give the proper reason.
                savepoint.rollback()
                del buffer[mark:]
                self._applied.forget_after(applied_mark)
                if attempt == 2:
                    return Decision("rejected", None, _COLLISION, None)
        raise AssertionError("unreachable")

    def _rejected(self, env: CommandEnvelope, exc: KnownError, mutation: int) -> Decision:
        if isinstance(exc, ConflictError) and exc.field == "cpr":
            self._flag_duplicate(env, mutation)
        return Decision("rejected", None, exc.message, exc.field)

    def _flag_duplicate(self, env: CommandEnvelope, mutation: int) -> None:
        """Two workstations registered one CPR (typically both offline): keep it for review."""
        existing = None
        try:
            existing = self._uow.citizens.by_cpr(parse_cpr(str(env.args.get("cpr", ""))).digits)
        except KnownError:
            pass
        self._uow.session.add(
            DuplicateReviewRow(
                workstation_id=self._caller.workstation_id,
                mutation=mutation,
                command_id=env.command_id,
                existing_citizen_id=existing.id if existing else None,
                submitted_json=json.dumps(env.args, ensure_ascii=False, sort_keys=True),
                created_at=utc_now(),
                status="open",
            )
        )
        self._uow.session.flush()
