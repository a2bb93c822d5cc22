"""Small pieces every visitation command handler shares.

Handlers decide only from their arguments, the envelope and the store, so the
central server re-runs them to the same result: rows a command creates on its
own (follow-ups, the first anchor) get ids derived from the command's own ids.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from app.clock import service_day
from app.commands.envelope import CommandEnvelope
from app.entities import Citizen
from app.errors import NotFoundError, Phrase, ValidationError
from app.ports import UnitOfWork
from app.visitation.records import Anchor, FollowUp, FollowUpKind, FollowUpStatus
from app.visitation.schemes import Scheme, find_scheme
from app.visitation.targets import HOME_TARGET, Unit

SUPERVISOR_ROLE = "supervisor"


# a follow-up's kind in a sentence («Opfølgningen er ikke en partshøring efter udeblivelse.»)
_KIND_WORD = {
    FollowUpKind.CONTACT_INTERVIEW: Phrase("kontaktsamtale"),
    FollowUpKind.CATEGORISATION: Phrase("frist for kategorisering"),
    FollowUpKind.HEARING: Phrase("partshøring efter udeblivelse"),
    FollowUpKind.PENDING_ABSENCE: Phrase("udeblivelse til bekræftelse"),
    FollowUpKind.REASSESSMENT: Phrase("revurdering af kategorien"),
}


def derived_id(parent_id: str, label: str) -> str:
    """The same id on every machine that runs the command."""
    return str(uuid.uuid5(uuid.UUID(parent_id), label))


def day_of(cmd: CommandEnvelope) -> dt.date:
    return service_day(cmd.issued_at_dt)


def bool_arg(args: Mapping[str, Any], key: str, label: str) -> bool:
    value = args.get(key)
    if not isinstance(value, bool):
        raise ValidationError("{label} skal være ja eller nej.", label=Phrase(label), field=key)
    return value


def citizen_of(uow: UnitOfWork, citizen_id: str) -> Citizen:
    citizen = uow.citizens.get(citizen_id)
    if citizen is None:
        raise NotFoundError("Borgeren findes ikke.")
    return citizen


def scheme_in_force(uow: UnitOfWork, code: str, version: int, day: dt.date) -> Scheme:
    """The named scheme, which must be valid on the day of the command."""
    scheme = find_scheme(uow.visitation.schemes(), code, version)
    if scheme is None:
        raise NotFoundError(
            "Visitationsskemaet «{code}» version {version} findes ikke.", code=code, version=version
        )
    if not scheme.valid_on(day):
        raise ValidationError(
            "Visitationsskemaet «{scheme}» gælder ikke den {day:%d.%m.%Y}. Start visitationen forfra.",
            scheme=scheme.label_da,
            day=day,
        )
    return scheme


def ensure_anchor(uow: UnitOfWork, citizen_id: str, cmd: CommandEnvelope) -> Anchor:
    """A new case is anchored with the referring site's own team until a referral moves it."""
    anchor = uow.visitation.anchor(citizen_id)
    if anchor is None:
        anchor = Anchor(citizen_id, Unit(HOME_TARGET, cmd.site_code), cmd.issued_at_dt, None)
        uow.visitation.set_anchor(anchor)
    return anchor


def follow_up_site(uow: UnitOfWork, citizen_id: str, cmd: CommandEnvelope) -> str:
    """Follow-ups are worked where the case is anchored (or here, when anchored outside)."""
    anchor = uow.visitation.anchor(citizen_id)
    return anchor.unit.site_code if anchor and anchor.unit.site_code else cmd.site_code


def close_follow_up(
    uow: UnitOfWork,
    follow_up: FollowUp,
    cmd: CommandEnvelope,
    *,
    status: FollowUpStatus,
    outcome: str,
    reason: str = "",
) -> FollowUp:
    closed = replace(
        follow_up,
        status=status,
        outcome=outcome,
        outcome_reason=reason,
        closed_at=cmd.issued_at_dt,
        closed_by=cmd.staff_id,
    )
    uow.visitation.update_follow_up(closed)
    return closed


def open_follow_up_of(uow: UnitOfWork, follow_up_id: str, kind: FollowUpKind | None) -> FollowUp:
    follow_up = uow.visitation.follow_up(follow_up_id)
    if follow_up is None:
        raise NotFoundError("Opfølgningen findes ikke.")
    if follow_up.status is not FollowUpStatus.OPEN:
        raise ValidationError("Opfølgningen er allerede afsluttet.")
    if kind is not None and follow_up.kind is not kind:
        raise ValidationError("Opfølgningen er ikke en {kind}.", kind=_KIND_WORD[kind])
    return follow_up


def require_supervisor(uow: UnitOfWork, staff_id: str, what: str) -> None:
    staff = uow.reference.staff_member(staff_id)
    if staff is None or staff.role != SUPERVISOR_ROLE:
        raise ValidationError("Kun en leder kan {what}.", what=Phrase(what), field="supervisor_id")
