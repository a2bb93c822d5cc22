"""Look-ups answered once per push instead of once per mutation.

A push of 500 mutations used to ask the database, for every one of them, whether
its command id had taken effect already and (for a registration) whether its CPR
and citizen id were free: three SELECTs through the ORM that nearly always find
nothing. Here they are asked once for the whole batch (`IN (…)`), and only the
ANSWER "not there" is remembered. A row that was absent at the start of the push
can only appear through a write in this push, and every such write makes the
cache step aside for that key (conservatively: it never comes back). The
handlers themselves are untouched — they still ask `uow.applied` and
`uow.citizens`; these wrappers only answer some of the questions faster.

`trusted` is switched off while a mutation is re-run on its own after a failure:
then every question goes to the database, as before this cache existed.

Registrations back to back also WRITE together: while `BatchCitizens.defer` is on,
a new citizen is kept as a row of values and inserted with the others in one
statement (`flush_pending`, server/bulk_insert.py: COPY on PostgreSQL); the ORM's
per-object insert — one INSERT … RETURNING per row on SQLite, for the local
integer key — was two fifths of a push. The row
is still entered in the session's change buffer, as a plain mapping, at the
moment it is inserted, so the change log keeps the mutations' order.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.commands.envelope import CommandEnvelope, utc_now
from app.entities import Citizen
from server.bulk_insert import insert_rows, table_of
from server.schemas import MutationIn
from shared_store.change_capture import Touch, touches
from shared_store.registration.repositories import citizen_row_values
from shared_store.tables import AppliedCommandRow, CitizenRow


class BatchApplied:
    """`uow.applied` for one push: prefetched answers, and records written in one INSERT.

    The records are inserted with a Core statement at the end of the push (not as ORM
    objects): `applied_command` is not a synced table, so the server's change log never
    needs them, and 500 single-row flushes were a fifth of the push's time.
    """

    def __init__(self, inner: Any, session: Session, mutations: list[MutationIn]) -> None:
        self._inner = inner
        self._session = session
        self._asked = {m.command_id for m in mutations}
        rows = session.execute(
            select(AppliedCommandRow.command_id, AppliedCommandRow.result_json).where(
                AppliedCommandRow.command_id.in_(self._asked)
            )
        )
        self._stored: dict[str, str] = {cid: result for cid, result in rows}
        self._pending: dict[str, dict[str, Any]] = {}
        self.trusted = True

    def result_of(self, command_id: str) -> dict[str, Any] | None:
        pending = self._pending.get(command_id)
        if pending is not None:
            result: dict[str, Any] = json.loads(pending["result_json"])
            return result
        if self.trusted and command_id in self._asked:
            stored = self._stored.get(command_id)
            return json.loads(stored) if stored is not None else None
        earlier: dict[str, Any] | None = self._inner.result_of(command_id)
        return earlier

    def record(self, envelope: CommandEnvelope, result: dict[str, Any]) -> None:
        self._pending[envelope.command_id] = {
            "command_id": envelope.command_id,
            "name": envelope.name,
            "version": envelope.version,
            "result_json": json.dumps(result, ensure_ascii=False, sort_keys=True),
            "applied_at": utc_now(),
        }

    def mark(self) -> int:
        return len(self._pending)

    def forget_after(self, mark: int) -> None:
        """A savepoint was rolled back: the records made since `mark` never happened."""
        for command_id in list(self._pending)[mark:]:
            del self._pending[command_id]

    def write(self) -> None:
        if self._pending:
            # Core, on the session's connection: the ORM-level guard against bulk writes to
            # captured tables exists for the workstation's undo log, which the server has not.
            insert_rows(
                self._session.connection(),
                table_of(AppliedCommandRow),
                list(self._pending.values()),
            )
            self._pending.clear()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def _registration_key(m: MutationIn) -> tuple[str, str]:
    """The CPR and citizen id a registration will ask about (a hint only: if the handler's
    own parsing disagrees, its question is not in the cache and goes to the database)."""
    digits = "".join(ch for ch in str(m.args.get("cpr", "")) if ch.isdigit())
    return digits, str(m.args.get("citizen_id", ""))


def _registration_keys(mutations: list[MutationIn]) -> tuple[set[str], set[str]]:
    keys = [_registration_key(m) for m in mutations if m.name == "register_citizen"]
    return {cpr for cpr, _ in keys}, {citizen_id for _, citizen_id in keys}


class BatchCitizens:
    """`uow.citizens` for one push: "no such CPR / id" answered from one prefetch."""

    def __init__(self, inner: Any, session: Session, mutations: list[MutationIn]) -> None:
        self._inner = inner
        self._session = session
        cprs, ids = _registration_keys(mutations)
        self._free_cprs, self._free_ids = set(cprs), set(ids)
        if cprs or ids:
            for cpr, citizen_id in session.execute(
                select(CitizenRow.cpr, CitizenRow.id).where(
                    or_(CitizenRow.cpr.in_(cprs), CitizenRow.id.in_(ids))
                )
            ):
                self._free_cprs.discard(cpr)
                self._free_ids.discard(citizen_id)
        self._seen = 0  # how far the session's change buffer has been read
        self._pending: list[dict[str, Any]] = []
        self.trusted = True
        self.defer = False  # set by the push for registrations that find their keys free

    def _forget_written(self) -> None:
        """Every citizen row written since the start (by any code path) stops being 'free'."""
        buffer = touches(self._session)
        for touch in buffer[min(self._seen, len(buffer)) :]:
            if touch.table == CitizenRow.__tablename__ and not isinstance(touch.obj, dict):
                self._free_cprs.discard(touch.obj.cpr)
                self._free_ids.discard(touch.obj.id)
        self._seen = len(buffer)

    def all_free(self, m: MutationIn) -> bool:
        """Will this registration find its CPR and id free (the usual case)?"""
        cpr, citizen_id = _registration_key(m)
        return self.trusted and cpr in self._free_cprs and citizen_id in self._free_ids

    def by_cpr(self, cpr_digits: str) -> Citizen | None:
        if self.trusted and cpr_digits in self._free_cprs:
            self._forget_written()
            if cpr_digits in self._free_cprs:
                return None
        self.flush_pending()  # as the ORM's autoflush would: the database must see them
        found: Citizen | None = self._inner.by_cpr(cpr_digits)
        return found

    def get(self, citizen_id: str) -> Citizen | None:
        if self.trusted and citizen_id in self._free_ids:
            self._forget_written()
            if citizen_id in self._free_ids:
                return None
        self.flush_pending()
        found: Citizen | None = self._inner.get(citizen_id)
        return found

    def add(self, citizen: Citizen) -> None:
        self._free_cprs.discard(citizen.cpr)
        self._free_ids.discard(citizen.id)
        if self.defer:
            self._pending.append(citizen_row_values(citizen))
        else:
            self._inner.add(citizen)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def flush_pending(self) -> None:
        """Insert the kept registrations (one statement) and enter them in the change buffer."""
        if not self._pending:
            return
        table = table_of(CitizenRow)
        # Core on the session's connection, as BatchApplied.write: the change buffer entries
        # below stand in for the ORM's insert events.
        insert_rows(self._session.connection(), table, self._pending)
        buffer = touches(self._session)
        buffer.extend(Touch("insert", table.name, {}, None, row) for row in self._pending)
        self._pending = []

    def drop_pending(self) -> None:
        """The run's savepoint was rolled back: kept registrations never happened."""
        self._pending = []

    def update(self, citizen: Citizen) -> None:
        self._free_cprs.discard(citizen.cpr)
        self._free_ids.discard(citizen.id)
        self.flush_pending()
        self._inner.update(citizen)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        self.flush_pending()  # any other question of the citizen table sees every row
        return getattr(self._inner, name)
