"""What a workstation may do: checked by the server before it runs a command.

The token says which workstation is asking; the proofs on the command say who at
that workstation made it (app/security/staff_proof.py). A command names a staff
member only with that person's proof, made at a desk of a site the reference data
lets them work at; an override names its approver only with the approver's proof
(four eyes: someone else, with the role the table asks for). Whether the staff
member's ROLE may do the command is the role table's business, checked by
`apply_command` itself (the same call on the desk and here), so not repeated here.

A refusal is a rejection of that one mutation (with a Danish reason), not of the
request: the number advances, so the outbox drains and the user sees why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.clock import COPENHAGEN
from app.commands.envelope import CommandEnvelope, utc_now
from app.commands.text_rules import shown
from app.errors import KnownError
from app.ports import UnitOfWork
from app.security import staff_proof
from app.security.roles import allowed, works_at
from server.auth import Caller
from server.field_rules import issued_in_range

# (staff id, label, message, proof, when the change was made) → whether it is theirs
Proven = Callable[[str, str, bytes, str, dt.datetime | None], bool]


class PermissionDenied(KnownError):
    """The authenticated workstation may not do this."""


def check(
    uow: UnitOfWork, caller: Caller, env: CommandEnvelope, proven: Proven
) -> PermissionDenied | None:
    if env.workstation_id != caller.workstation_id:
        return PermissionDenied("Kommandoen er udstedt af en anden arbejdsstation end afsenderen.")
    if env.site_code != caller.site_code:
        return PermissionDenied(
            "Arbejdsstationen hører til afdelingen {site_code} og kan ikke handle for {site_code2}.",
            site_code=caller.site_code,
            site_code2=env.site_code,
        )
    now = utc_now()
    if not issued_in_range(env.issued_at_dt, now):
        made = env.issued_at_dt.astimezone(COPENHAGEN)
        return PermissionDenied(
            "Ændringen er tidsstemplet {made:%d.%m.%Y %H:%M}, men serverens ur viser {now:%d.%m.%Y %H:%M}: arbejdsstationens ur går forkert. Få uret rettet, og lav ændringen igen.",
            made=made,
            now=now.astimezone(COPENHAGEN),
            field="issued_at",
        )
    staff = uow.reference.staff_member(env.staff_id)
    if staff is None:
        return PermissionDenied(
            "Medarbejderen «{staff_id}» kendes ikke af serveren.", staff_id=env.staff_id
        )
    message = staff_proof.canonical(env)
    if not proven(env.staff_id, staff_proof.STAFF, message, env.staff_proof, env.issued_at_dt):
        return PermissionDenied(
            "Ændringen bærer ikke bevis for, at {name} var logget ind ved arbejdsstationen, da den blev lavet (eller adgangskoden er skiftet siden); serveren har afvist den.",
            name=staff.name,
            field="staff_id",
        )
    if not works_at(staff, caller.site_code):
        return PermissionDenied(
            "{name} arbejder i afdelingen {site_code} og kan ikke handle ved en skranke i {site_code2}.",
            name=staff.name,
            site_code=staff.site_code,
            site_code2=caller.site_code,
            field="staff_id",
        )
    if env.name == "issue_ticket" and env.args.get("series") != caller.series:
        return PermissionDenied(
            "Denne arbejdsstation udsteder billetter i nummerserie {series}, ikke {value}.",
            series=caller.series,
            value=shown(env.args.get("series")),
            field="series",
        )
    return _approval(uow, caller, env, message, proven)


def _approval(
    uow: UnitOfWork, caller: Caller, env: CommandEnvelope, message: bytes, proven: Proven
) -> PermissionDenied | None:
    """Four eyes: a command that names an approver carries the approver's own proof."""
    needed = staff_proof.APPROVALS.get(env.name)
    approver_id = env.args.get(needed.arg) if needed else None
    if needed is None or not approver_id:
        return None
    approver = uow.reference.staff_member(str(approver_id))
    if approver is None or not allowed(approver.role, needed.action):
        return PermissionDenied(
            "«{approver_id}» er ikke en leder, der kan godkende dette.",
            approver_id=shown(approver_id),
            field=needed.arg,
        )
    if approver.id == env.staff_id:
        return PermissionDenied(
            "Godkendelsen skal gives af en anden leder end den, der laver ændringen (fire øjne).",
            field=needed.arg,
        )
    if not works_at(approver, caller.site_code):
        return PermissionDenied(
            "{name} er leder i afdelingen {site_code} og kan ikke godkende ved en skranke i {site_code2}.",
            name=approver.name,
            site_code=approver.site_code,
            site_code2=caller.site_code,
            field=needed.arg,
        )
    if not proven(approver.id, staff_proof.APPROVAL, message, env.approval_proof, env.issued_at_dt):
        return PermissionDenied(
            "Godkendelsen bærer ikke {name}s bevis: lederen skal selv logge ind ved skranken for at godkende (eller godkende fra sin egen arbejdsstation).",
            name=approver.name,
            field=needed.arg,
        )
    return None
