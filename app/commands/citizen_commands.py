"""register_citizen and update_citizen."""

from __future__ import annotations

import re
from typing import Any

from app.clock import service_day
from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.cpr import mask_cpr, parse_cpr
from app.entities import Citizen, SupportBasis
from app.errors import ConflictError, NotFoundError, Phrase, ValidationError
from app.ports import UnitOfWork
from app.reference_data.readers import support_bases as bases_in_force

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ]{8,15}$")

EDITABLE_FIELDS = {"given_name", "family_name", "support_basis", "a_kasse", "phone", "email"}


def _contact(args: dict[str, Any]) -> dict[str, str]:
    phone = a.text(args, "phone", "Telefonnummeret", required=False, max_length=20)
    if phone and not _PHONE.match(phone):
        raise ValidationError(
            "Telefonnummeret skal have 8–15 cifre (evt. med + foran).", field="phone"
        )
    email = a.text(args, "email", "E-mailadressen", required=False, max_length=120)
    if email and not _EMAIL.match(email):
        raise ValidationError(
            "E-mailadressen ser ikke rigtig ud (fx navn@eksempel.dk).", field="email"
        )
    return {"phone": phone, "email": email}


def _check_support_basis(uow: UnitOfWork, basis: SupportBasis, cmd: CommandEnvelope) -> None:
    day = service_day(cmd.issued_at_dt)
    known = bases_in_force(uow, day)
    if all(info.code is not basis for info in known):  # neither in the release nor the data
        raise ValidationError(
            "{label} «{value}» kendes ikke.",
            label=Phrase("Forsørgelsesgrundlaget"),
            value=basis.value,
            field="support_basis",
        )
    for info in known:
        if info.code is basis and not info.valid_on(day):
            raise ValidationError(
                "Forsørgelsesgrundlaget «{info}» kan ikke vælges for nye registreringer efter {valid_to:%d.%m.%Y}.",
                info=info.label_da,
                valid_to=info.valid_to,
                field="support_basis",
            )


def register_citizen(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"citizen_id", "cpr", *EDITABLE_FIELDS})
    citizen_id = a.identifier(args, "citizen_id")
    cpr = parse_cpr(
        a.text(args, "cpr", "CPR-nummeret", max_length=20), today=service_day(cmd.issued_at_dt)
    )
    basis = a.choice(args, "support_basis", "Forsørgelsesgrundlaget", SupportBasis)
    _check_support_basis(uow, basis, cmd)
    citizen = Citizen(
        id=citizen_id,
        cpr=cpr.digits,
        given_name=a.text(args, "given_name", "Fornavn", max_length=100),
        family_name=a.text(args, "family_name", "Efternavn", max_length=100),
        support_basis=basis,
        a_kasse=a.text(args, "a_kasse", "A-kassen", required=False, max_length=100),
        created_at=cmd.issued_at_dt,
        updated_at=cmd.issued_at_dt,
        **_contact(args),
    )
    existing = uow.citizens.by_cpr(cpr.digits)
    if existing is not None:
        raise ConflictError(
            "CPR-nummeret {digits} er allerede registreret ({full_name}).",
            digits=mask_cpr(cpr.digits),
            full_name=existing.full_name,
            field="cpr",
        )
    if uow.citizens.get(citizen_id) is not None:
        raise ConflictError("Borgeren findes allerede med dette id.")
    uow.citizens.add(citizen)
    return {"citizen_id": citizen_id}


def update_citizen(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """Per-field change: only the fields named in `changes` are touched (merge-friendly)."""
    args = cmd.args
    a.reject_unknown(args, {"citizen_id", "changes"})
    citizen = uow.citizens.get(a.identifier(args, "citizen_id"))
    if citizen is None:
        raise NotFoundError("Borgeren findes ikke.")
    changes = args.get("changes")
    if not isinstance(changes, dict) or not changes:
        raise ValidationError("Der er ingen ændringer at gemme.")
    a.reject_unknown(changes, EDITABLE_FIELDS)
    if "given_name" in changes:
        citizen.given_name = a.text(changes, "given_name", "Fornavn", max_length=100)
    if "family_name" in changes:
        citizen.family_name = a.text(changes, "family_name", "Efternavn", max_length=100)
    if "support_basis" in changes:
        basis = a.choice(changes, "support_basis", "Forsørgelsesgrundlaget", SupportBasis)
        if basis is not citizen.support_basis:
            _check_support_basis(uow, basis, cmd)
        citizen.support_basis = basis
    if "a_kasse" in changes:
        citizen.a_kasse = a.text(changes, "a_kasse", "A-kassen", required=False, max_length=100)
    if "phone" in changes or "email" in changes:
        contact = _contact(
            {
                "phone": changes.get("phone", citizen.phone),
                "email": changes.get("email", citizen.email),
            }
        )
        citizen.phone, citizen.email = contact["phone"], contact["email"]
    citizen.updated_at = cmd.issued_at_dt
    uow.citizens.update(citizen)
    return {"citizen_id": citizen.id, "fields": sorted(changes)}
