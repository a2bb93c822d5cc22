"""assign_selfservice_pc, release_selfservice_pc: a citizen's slot at a job-shop PC.

Both decide from their arguments, the envelope and the store only, so the server re-runs
them to the same result. A PC is held from a slot's start until it is released, so two
desks that give the same PC away for overlapping time offline do not both win: the one
the server sees second is refused, and its desk's local slot is undone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from app.clock import COPENHAGEN
from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.errors import ConflictError, NotFoundError, ValidationError
from app.ports import UnitOfWork
from app.selfservice.pcs import selfservice_pcs
from app.selfservice.records import MAX_MINUTES, MIN_MINUTES, PcSlot, SelfServicePc
from app.visitation.handler_support import citizen_of, day_of


def assign_selfservice_pc(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"slot_id", "citizen_id", "pc_code", "minutes"})
    slot_id = a.identifier(args, "slot_id")
    if uow.selfservice.slot(slot_id) is not None:
        raise ConflictError("Pladsen ved pc'en findes allerede med dette id.")
    citizen = citizen_of(uow, a.identifier(args, "citizen_id"))
    pcs = selfservice_pcs(uow, cmd.site_code, day_of(cmd))
    pc = _pc_of(pcs, a.text(args, "pc_code", "Pc'en", max_length=40))
    minutes = a.integer(args, "minutes", "Tiden", minimum=MIN_MINUTES, maximum=MAX_MINUTES)
    start = cmd.issued_at_dt
    end = start + dt.timedelta(minutes=minutes)
    for held in uow.selfservice.slots_holding(cmd.site_code, pc.code, start):
        if held.overlaps(start, end):
            raise ConflictError(
                "{pc} er optaget (til kl. {until:%H:%M}); vælg en ledig pc.",
                pc=pc.label,
                until=held.ends_at.astimezone(COPENHAGEN),
            )
    already = _open_slot_of(uow, cmd.site_code, citizen.id)
    if already is not None:
        raise ConflictError(
            "Borgeren sidder allerede ved {pc}; frigiv den først.",
            pc=next((p.label for p in pcs if p.code == already.pc_code), already.pc_code),
        )
    uow.selfservice.add_slot(
        PcSlot(
            id=slot_id,
            site_code=cmd.site_code,
            pc_code=pc.code,
            citizen_id=citizen.id,
            starts_at=start,
            ends_at=end,
            staff_id=cmd.staff_id,
        )
    )
    return {"slot_id": slot_id, "pc_code": pc.code, "ends_at": end.isoformat()}


def release_selfservice_pc(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """The PC is free again. Released twice (two desks at once) is no error: it is free."""
    args = cmd.args
    a.reject_unknown(args, {"slot_id"})
    slot = uow.selfservice.slot(a.identifier(args, "slot_id"))
    if slot is None or slot.site_code != cmd.site_code:
        raise NotFoundError("Pladsen ved pc'en findes ikke.")
    if not slot.is_open:
        return {"slot_id": slot.id, "changed": False}
    # A desk's clock a little behind the assigning one's must not end a slot before it began.
    released = max(cmd.issued_at_dt, slot.starts_at)
    uow.selfservice.save_slot(replace(slot, released_at=released, released_by=cmd.staff_id))
    return {"slot_id": slot.id, "changed": True}


def _pc_of(pcs: Sequence[SelfServicePc], code: str) -> SelfServicePc:
    pc = next((p for p in pcs if p.code == code), None)
    if pc is None:
        raise ValidationError(
            "Pc'en «{code}» findes ikke i afdelingens jobbutik.", code=code, field="pc_code"
        )
    return pc


def _open_slot_of(uow: UnitOfWork, site_code: str, citizen_id: str) -> PcSlot | None:
    return next(
        (s for s in uow.selfservice.open_slots(site_code) if s.citizen_id == citizen_id), None
    )
