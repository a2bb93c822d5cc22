"""record_audit and purge_audit: the audit trail travels and expires like any other change.

`record_audit` runs on the workstation (which built the link) and again on the
server, which holds every workstation's chain: there the link is checked once
more against the server's own copy. An entry whose content does not match its
hash is refused (it was altered on the way, e.g. in the outbox); an entry that
does not link to the chain the server holds is kept — an audit entry is never
thrown away — with a note of the break, which `verify_chain` reports as well.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.errors import ConflictError, ValidationError
from app.ports import UnitOfWork
from app.security.audit import (
    MAX_ACTION,
    MAX_DETAIL,
    MAX_PURPOSE,
    AuditEntry,
    audit_time,
    next_link,
)

ENTRY_ARGS = {
    "entry_id",
    "seq",
    "at",
    "action",
    "citizen_id",
    "purpose",
    "detail",
    "prev_hash",
    "hash",
}


def _hex64(args: dict[str, Any], key: str) -> str:
    value = args.get(key)
    if not isinstance(value, str) or len(value) != 64 or value.strip("0123456789abcdef"):
        raise ValidationError("Revisionsposten har en ugyldig «{key}».", key=key, field=key)
    return value


def _time(args: dict[str, Any], key: str) -> str:
    try:
        return audit_time(dt.datetime.fromisoformat(str(args.get(key))))
    except (ValueError, OverflowError):  # OverflowError: year 1 in a zone east of UTC
        raise ValidationError(
            "Revisionsposten har en ugyldig tid «{key}».", key=key, field=key
        ) from None


def _plain(args: dict[str, Any], key: str, max_length: int, *, required: bool = False) -> str:
    """Text exactly as hashed (no tidying here: the builder tidied it before hashing)."""
    value = args.get(key, "")
    if not isinstance(value, str) or len(value) > max_length or (required and not value):
        raise ValidationError("Revisionsposten har et ugyldigt felt «{key}».", key=key, field=key)
    return value


def _canonical_time(value: str) -> str:
    if _time({"at": value}, "at") != value:
        raise ValidationError("Revisionspostens tid skal være i UTC med mikrosekunder.", field="at")
    return value


def entry_args(entry: AuditEntry) -> dict[str, Any]:
    """The command arguments that carry `entry` (workstation, staff, site: the envelope)."""
    content = entry.content()
    args = {k: v for k, v in content.items() if k in ENTRY_ARGS}
    return args | {"entry_id": entry.id, "prev_hash": entry.prev_hash, "hash": entry.hash}


def entry_from(cmd: CommandEnvelope) -> AuditEntry:
    args = cmd.args
    a.reject_unknown(args, ENTRY_ARGS)
    return AuditEntry(
        id=_plain(args, "entry_id", 36, required=True),
        workstation_id=cmd.workstation_id,
        seq=a.integer(args, "seq", "Løbenummeret", minimum=1),
        at=_canonical_time(_plain(args, "at", 32, required=True)),
        staff_id=cmd.staff_id,
        site_code=cmd.site_code,
        action=_plain(args, "action", MAX_ACTION, required=True),
        citizen_id=_plain(args, "citizen_id", 36),
        purpose=_plain(args, "purpose", MAX_PURPOSE),
        detail=_plain(args, "detail", MAX_DETAIL),
        prev_hash=_hex64(args, "prev_hash"),
        hash=_hex64(args, "hash"),
    )


def record_audit(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    entry = entry_from(cmd)
    if entry.computed_hash() != entry.hash:
        raise ValidationError(
            "Revisionspost nr. {seq} fra arbejdsstationen passer ikke med sin kontrolsum; den er ændret undervejs.",
            seq=entry.seq,
        )
    if uow.audit.get(entry.id) is not None:
        raise ConflictError("Revisionsposten findes allerede.")
    seq, prev = next_link(uow.audit.head(entry.workstation_id))
    note = ""
    if (entry.seq, entry.prev_hash) != (seq, prev):
        note = (
            f"Kæden var brudt ved modtagelsen: forventede nr. {seq}, "
            f"fik nr. {entry.seq} med en anden forrige post."
        )
    uow.audit.add(replace(entry, link_note=note))
    return {"entry_id": entry.id, "seq": entry.seq, "linked": not note}


def purge_audit(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """Retention: remove each chain's oldest entries before the given time.

    The cut-off travels in the command, so the workstation and the server delete the
    same entries; each chain keeps its last deleted link as its anchor.
    """
    args = cmd.args
    a.reject_unknown(args, {"before"})
    before = _time(args, "before")
    if before > audit_time(cmd.issued_at_dt):
        raise ValidationError("Der kan kun slettes poster fra før i dag.", field="before")
    purged = {ws: uow.audit.purge_prefix(ws, before) for ws in uow.audit.workstations()}
    return {"purged": sum(purged.values())}
