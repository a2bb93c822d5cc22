"""Writing the audit trail on a workstation: look-ups by hand, changes by the command bus.

An entry is built and linked inside the transaction that appends it (after the
store's write lock is taken), so two entries can never claim the same place in
the chain. It goes out as a `record_audit` command through the outbox.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from app.change_kinds import OUTBOX
from app.commands.bus import apply_command
from app.commands.catalogue import Catalogue
from app.commands.envelope import CommandEnvelope, new_id, utc_now
from app.cpr import looks_like_cpr, mask_cpr
from app.ports import UnitOfWork, UnitOfWorkFactory
from app.security import handlers
from app.security.audit import (
    LOOKUP_ACTIONS,
    MAX_ACTION,
    MAX_DETAIL,
    MAX_PURPOSE,
    AuditEntry,
    audit_time,
    chain_hash,
    next_link,
)
from app.security.audit_commands import entry_args
from app.security.roles import PermissionDeniedError, require
from app.security.staff_proof import APPROVALS

AUDIT_COMMANDS = frozenset({"record_audit", "purge_audit"})  # never an entry about an entry
# An entry is appended by security's own command (record_audit), the same handler the
# desk's catalogue lists: the trail needs no other command.
_OWN_COMMANDS = Catalogue(handlers.HANDLERS)


def _tidy(value: str, max_length: int) -> str:
    return " ".join(value.split())[:max_length]


def build_entry(
    uow: UnitOfWork,
    *,
    entry_id: str,
    workstation_id: str,
    site_code: str,
    staff_id: str,
    at: dt.datetime,
    action: str,
    citizen_id: str = "",
    purpose: str = "",
    detail: str = "",
) -> AuditEntry:
    """The next entry of the workstation's chain, linked to the newest one in `uow`."""
    seq, prev = next_link(uow.audit.head(workstation_id))
    content: dict[str, object] = {
        "id": entry_id,
        "workstation_id": workstation_id,
        "seq": seq,
        "at": audit_time(at),
        "staff_id": staff_id,
        "site_code": site_code,
        "action": _tidy(action, MAX_ACTION),
        "citizen_id": citizen_id,
        "purpose": _tidy(purpose, MAX_PURPOSE),
        "detail": _tidy(detail, MAX_DETAIL),
    }
    return AuditEntry(**content, prev_hash=prev, hash=chain_hash(prev, content))  # type: ignore[arg-type]


def _envelope(entry: AuditEntry, issued_at: str, command_id: str) -> CommandEnvelope:
    return CommandEnvelope(
        name="record_audit",
        version=1,
        args=entry_args(entry),
        workstation_id=entry.workstation_id,
        site_code=entry.site_code,
        staff_id=entry.staff_id,
        command_id=command_id,
        issued_at=issued_at,
    )


def _detail(env: CommandEnvelope) -> str:
    """What the entry says of a change; an override names its approver too (four eyes)."""
    detail = f"{env.name} v{env.version}, kommando {env.command_id}"
    needed = APPROVALS.get(env.name)
    approver = env.args.get(needed.arg) if needed else None
    return f"{detail}, godkendt af {approver}" if approver else detail


def audit_change(uow: UnitOfWork, env: CommandEnvelope) -> None:
    """The command bus's hook: one entry for every change, in the change's transaction."""
    if env.name in AUDIT_COMMANDS:
        return
    entry_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"skranke:audit:{env.command_id}"))
    if uow.audit.get(entry_id) is not None:
        return  # the same command again (already applied): already logged
    citizen = env.args.get("citizen_id")
    entry = build_entry(
        uow,
        entry_id=entry_id,
        workstation_id=env.workstation_id,
        site_code=env.site_code,
        staff_id=env.staff_id,
        at=env.issued_at_dt,
        action=env.name,
        citizen_id=citizen if isinstance(citizen, str) else "",
        detail=_detail(env),
    )
    apply_command(uow, _envelope(entry, env.issued_at, new_id()), _OWN_COMMANDS, to_outbox=True)


def masked_query(text: str) -> str:
    """A search text as logged: a CPR number is kept with its serial masked."""
    return mask_cpr(text) if looks_like_cpr(text) else text


class AuditTrail:
    """Logs look-ups (view, CPR reveal, search, print) for whoever is signed in.

    Each method first checks that the staff member's role may do the look-up at all
    (the same table as the commands), then appends the entry.
    """

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        *,
        workstation_id: str,
        site_code: str,
        staff_id: Callable[[], str],
        clock: Callable[[], dt.datetime] = utc_now,
        committed: Callable[[frozenset[str]], None] | None = None,
    ) -> None:
        """`committed(tables)` after each entry, like the command bus's listeners: an entry
        is a command in the outbox, so the count of waiting changes and the sync engine
        hear of it as of any other."""
        self._uow_factory = uow_factory
        self._committed = committed
        self._workstation_id = workstation_id
        self._site_code = site_code
        self._staff_id = staff_id  # asked every time: the signed-in person changes
        self._clock = clock

    def record(
        self, action: str, *, citizen_id: str = "", purpose: str = "", detail: str = ""
    ) -> AuditEntry:
        if action not in LOOKUP_ACTIONS:
            raise ValueError(f"not a look-up action: {action}")
        staff_id = self._staff_id()
        now = self._clock()
        with self._uow_factory() as uow:
            uow.begin_write()
            staff = uow.reference.staff_member(staff_id)
            if staff is None:
                raise PermissionDeniedError(
                    "Medarbejderen «{staff_id}» kendes ikke.", staff_id=staff_id
                )
            require(staff.role, action)
            entry = build_entry(
                uow,
                entry_id=new_id(),
                workstation_id=self._workstation_id,
                site_code=self._site_code,
                staff_id=staff_id,
                at=now,
                action=action,
                citizen_id=citizen_id,
                purpose=purpose,
                detail=detail,
            )
            apply_command(
                uow, _envelope(entry, now.isoformat(), new_id()), _OWN_COMMANDS, to_outbox=True
            )
            uow.commit()
            changed = uow.changed_tables() | {OUTBOX}
        if self._committed is not None:
            self._committed(changed)
        return entry

    def viewed_citizen(self, citizen_id: str, purpose: str = "") -> AuditEntry:
        return self.record("view_citizen", citizen_id=citizen_id, purpose=purpose)

    def revealed_cpr(self, citizen_id: str, purpose: str) -> AuditEntry:
        return self.record("reveal_cpr", citizen_id=citizen_id, purpose=purpose)

    def searched(self, query: str, *, hits: int, citizen_id: str = "") -> AuditEntry:
        detail = f"«{masked_query(query)}»: {hits} fundet"
        return self.record("search", citizen_id=citizen_id, detail=detail)

    def printed(self, what: str, citizen_id: str = "") -> AuditEntry:
        return self.record("print", citizen_id=citizen_id, detail=what)
