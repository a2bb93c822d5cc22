"""create_vacancy, edit_vacancy, set_vacancy_status, pick_up_vacancy: job orders shared by
every site. An order lands at the site answering for its trade area (reference data
«Fagområdeansvar», read by the command on every desk and again on the server); someone at
that site's job shop takes it, and the first to take it has it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.clock import COPENHAGEN, service_day
from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.errors import ConflictError, ValidationError
from app.jobshop.handler_support import company_of, staff_known, trade_area_of, vacancy_of
from app.jobshop.records import Vacancy, VacancyChannel, VacancyStatus
from app.ports import UnitOfWork
from app.reference_data.readers import trade_area_site

_EDITABLE = {
    "title",
    "trade_area",
    "place",
    "hours",
    "requirements",
    "deadline",
    "positions",
    "contact_staff_id",
}


def _checked(
    uow: UnitOfWork, vacancy: Vacancy, cmd: CommandEnvelope, *, new_deadline: bool = True
) -> Vacancy:
    """The rules every version of a vacancy obeys, checked on create and on edit."""
    trade_area_of(uow, vacancy.trade_area)
    staff_known(uow, vacancy.contact_staff_id, "contact_staff_id", "Kontaktkonsulenten")
    if new_deadline and vacancy.deadline < service_day(cmd.issued_at_dt):
        raise ValidationError(
            "Ansøgningsfristen {deadline:%d.%m.%Y} er allerede overskredet.",
            deadline=vacancy.deadline,
            field="deadline",
        )
    return vacancy


def _responsible_site(uow: UnitOfWork, trade_area: str, cmd: CommandEnvelope) -> str:
    """The site answering for the trade area on the command's day; the taking site when the
    reference data names none."""
    answer = trade_area_site(uow, trade_area, service_day(cmd.issued_at_dt))
    return answer.site_code if answer else cmd.site_code


def _fields(args: dict[str, Any], present: set[str]) -> dict[str, Any]:
    """The editable fields given in `args`, each read and checked."""
    readers: dict[str, Any] = {
        "title": lambda: a.text(args, "title", "Stillingsbetegnelsen", max_length=200),
        "trade_area": lambda: a.text(args, "trade_area", "Branchen", max_length=40),
        "place": lambda: a.text(args, "place", "Arbejdsstedet", max_length=200),
        "hours": lambda: a.text(args, "hours", "Arbejdstiden", required=False, max_length=100),
        "requirements": lambda: a.text(
            args, "requirements", "Kravene", required=False, max_length=2000
        ),
        "deadline": lambda: a.date(args, "deadline", "Ansøgningsfristen"),
        "positions": lambda: a.integer(
            args, "positions", "Antal stillinger", minimum=1, maximum=999
        ),
        "contact_staff_id": lambda: a.text(
            args, "contact_staff_id", "Kontaktkonsulenten", max_length=40
        ),
    }
    return {key: readers[key]() for key in sorted(present)}


def create_vacancy(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"vacancy_id", "company_id", "source_ref", "channel"} | _EDITABLE)
    vacancy_id = a.identifier(args, "vacancy_id")
    if uow.jobshop.vacancy(vacancy_id) is not None:
        raise ConflictError("Jobbet findes allerede med dette id.")
    source_ref = a.text(args, "source_ref", "Kildens id", required=False, max_length=80)
    if source_ref and uow.jobshop.vacancy_by_source_ref(source_ref) is not None:
        raise ConflictError(
            "Jobordren «{source_ref}» er allerede importeret.", source_ref=source_ref
        )
    company = company_of(uow, a.identifier(args, "company_id"))
    channel = (
        a.choice(args, "channel", "Kanalen", VacancyChannel)
        if "channel" in args
        else VacancyChannel.FILE
        if source_ref
        else VacancyChannel.DESK
    )
    fields = _fields(args, _EDITABLE)
    vacancy = _checked(
        uow,
        Vacancy(
            id=vacancy_id,
            company_id=company.id,
            company_name=company.name,
            status=VacancyStatus.OPEN,
            created_at=cmd.issued_at_dt,
            created_by=cmd.staff_id,
            site_code=cmd.site_code,
            source_ref=source_ref,
            channel=channel,
            responsible_site=_responsible_site(uow, fields["trade_area"], cmd),
            **fields,
        ),
        cmd,
    )
    uow.jobshop.add_vacancy(vacancy)
    return {"vacancy_id": vacancy.id, "responsible_site": vacancy.responsible_site}


def edit_vacancy(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """Only the fields given change: two desks editing different fields both keep theirs."""
    args = cmd.args
    a.reject_unknown(args, {"vacancy_id"} | _EDITABLE)
    vacancy = vacancy_of(uow, a.identifier(args, "vacancy_id"))
    changes = _fields(args, set(args) & _EDITABLE)
    if not changes:
        raise ValidationError("Der er ingen ændringer at gemme.")
    if "trade_area" in changes and vacancy.picked_up_at is None:
        # Not taken yet: it moves to the site answering for its new trade area.
        changes["responsible_site"] = _responsible_site(uow, changes["trade_area"], cmd)
    edited = _checked(uow, replace(vacancy, **changes), cmd, new_deadline="deadline" in changes)
    uow.jobshop.update_vacancy(edited)
    return {"vacancy_id": vacancy.id, "changed": sorted(set(changes) & _EDITABLE)}


def set_vacancy_status(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"vacancy_id", "status"})
    vacancy = vacancy_of(uow, a.identifier(args, "vacancy_id"))
    status = a.choice(args, "status", "Status", VacancyStatus)
    if status is VacancyStatus.OPEN and vacancy.deadline < service_day(cmd.issued_at_dt):
        raise ValidationError(
            "Jobbet kan ikke genåbnes efter ansøgningsfristen; ret fristen først."
        )
    uow.jobshop.update_vacancy(replace(vacancy, status=status))
    return {"vacancy_id": vacancy.id, "status": status.value}


def pick_up_vacancy(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """A job-shop member at the site the order landed at takes it. Two desks taking the
    same order offline: the first to reach the server has it, the other is refused."""
    args = cmd.args
    a.reject_unknown(args, {"vacancy_id"})
    vacancy = vacancy_of(uow, a.identifier(args, "vacancy_id"))
    if vacancy.picked_up_at is not None:
        taker = uow.reference.staff_member(vacancy.picked_up_by)
        raise ConflictError(
            "Jobordren er allerede taget af {name} {moment:%d.%m.%Y %H:%M}.",
            name=taker.name if taker else vacancy.picked_up_by,
            moment=vacancy.picked_up_at.astimezone(COPENHAGEN),
        )
    if vacancy.status_on(service_day(cmd.issued_at_dt)) is not VacancyStatus.OPEN:
        raise ValidationError("Jobordren er lukket og kan ikke tages.")
    if cmd.site_code != vacancy.lands_at:
        site = uow.reference.site(vacancy.lands_at)
        raise ValidationError(
            "Jobordren hører til jobbutikken i {site}; den tages dér.",
            site=site.name if site else vacancy.lands_at,
        )
    uow.jobshop.update_vacancy(
        replace(vacancy, picked_up_at=cmd.issued_at_dt, picked_up_by=cmd.staff_id)
    )
    return {"vacancy_id": vacancy.id, "site_code": vacancy.lands_at}
