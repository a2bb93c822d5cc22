"""register_company, assign_company_consultant, log_company_contact.

A contact is a fact that already happened, so logging it is never refused for
a colleague's recent contact: the warning belongs before the call (the
desk's CompanyService.contact_warning), and the entry records that it was shown.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.errors import ConflictError, ValidationError
from app.jobshop.handler_support import clean_cvr, company_of, staff_known
from app.jobshop.records import Company, CompanyContact, ContactSubject
from app.ports import UnitOfWork
from app.visitation.handler_support import bool_arg

CHANNELS = ("telefon", "e-mail", "besøg", "møde")


def register_company(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"company_id", "name", "cvr", "responsible_staff_id", "phone"})
    company_id = a.identifier(args, "company_id")
    if uow.jobshop.company(company_id) is not None:
        raise ConflictError("Virksomheden findes allerede med dette id.")
    name = a.text(args, "name", "Virksomhedens navn", max_length=200)
    cvr = clean_cvr(a.text(args, "cvr", "CVR-nummeret", required=False, max_length=12))
    twin = uow.jobshop.company_by_cvr(cvr) if cvr else uow.jobshop.company_by_name(name)
    if twin is not None and (cvr or not twin.cvr):
        if cvr:
            raise ConflictError("Virksomheden med CVR-nummer {cvr} er allerede oprettet.", cvr=cvr)
        raise ConflictError(
            "Virksomheden med navnet «{name}» er allerede oprettet.", name=twin.name
        )
    responsible = a.text(args, "responsible_staff_id", "Den ansvarlige konsulent", max_length=40)
    company = Company(
        id=company_id,
        name=name,
        cvr=cvr,
        responsible_staff_id=staff_known(
            uow, responsible, "responsible_staff_id", "Den ansvarlige konsulent"
        ),
        phone=a.text(args, "phone", "Telefonnummeret", required=False, max_length=20),
        created_at=cmd.issued_at_dt,
        created_by=cmd.staff_id,
    )
    uow.jobshop.add_company(company)
    return {"company_id": company.id}


def assign_company_consultant(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """A company has exactly one responsible consultant; this hands it over."""
    args = cmd.args
    a.reject_unknown(args, {"company_id", "staff_id"})
    company = company_of(uow, a.identifier(args, "company_id"))
    staff_id = staff_known(
        uow, a.text(args, "staff_id", "Konsulenten", max_length=40), "staff_id", "Konsulenten"
    )
    uow.jobshop.update_company(replace(company, responsible_staff_id=staff_id))
    return {"company_id": company.id, "responsible_staff_id": staff_id}


def log_company_contact(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"contact_id", "company_id", "subject", "channel", "note", "warned"})
    contact_id = a.identifier(args, "contact_id")
    if uow.jobshop.contact(contact_id) is not None:
        raise ConflictError("Kontakten er allerede registreret.")
    channel = a.text(args, "channel", "Kontaktformen", max_length=20)
    if channel not in CHANNELS:
        raise ValidationError(
            "Kontaktformen «{channel}» kendes ikke ({channels}).",
            channel=channel,
            channels=", ".join(CHANNELS),
        )
    company = company_of(uow, a.identifier(args, "company_id"))
    uow.jobshop.add_contact(
        CompanyContact(
            id=contact_id,
            company_id=company.id,
            staff_id=cmd.staff_id,
            site_code=cmd.site_code,
            contacted_at=cmd.issued_at_dt,
            subject=a.choice(args, "subject", "Emnet", ContactSubject),
            channel=channel,
            note=a.text(args, "note", "Notatet", required=False, max_length=2000),
            warned=bool_arg(args, "warned", "Advarslen"),
        )
    )
    return {"contact_id": contact_id}
