"""Small pieces the job-shop command handlers share (arguments, look-ups, Danish refusals)."""

from __future__ import annotations

from stdnum.dk import cvr as cvr_number
from stdnum.exceptions import ValidationError as NumberError

from app.errors import NotFoundError, Phrase, ValidationError
from app.jobshop.records import Company, KvikRequest, TradeArea, Vacancy
from app.ports import UnitOfWork


def clean_cvr(value: str) -> str:
    """Eight digits with a valid check digit (python-stdnum), or "" when none was given."""
    if not value:
        return ""
    try:
        return str(cvr_number.validate(value))
    except NumberError:
        raise ValidationError(
            "CVR-nummeret «{value}» er ikke gyldigt (8 cifre med korrekt kontrolciffer).",
            value=value,
            field="cvr",
        ) from None


def trade_area_of(uow: UnitOfWork, code: str) -> TradeArea:
    area = next((t for t in uow.jobshop.trade_areas() if t.code == code), None)
    if area is None:
        raise ValidationError("Branchen «{code}» kendes ikke.", code=code, field="trade_area")
    return area


def company_of(uow: UnitOfWork, company_id: str) -> Company:
    company = uow.jobshop.company(company_id)
    if company is None:
        raise NotFoundError("Virksomheden findes ikke.")
    return company


def vacancy_of(uow: UnitOfWork, vacancy_id: str) -> Vacancy:
    vacancy = uow.jobshop.vacancy(vacancy_id)
    if vacancy is None:
        raise NotFoundError("Jobbet findes ikke.")
    return vacancy


def kvik_request_of(uow: UnitOfWork, request_id: str) -> KvikRequest:
    request = uow.jobshop.kvik_request(request_id)
    if request is None:
        raise NotFoundError("Kvikservice-forespørgslen findes ikke.")
    return request


def staff_known(uow: UnitOfWork, staff_id: str, field: str, label: str) -> str:
    if uow.reference.staff_member(staff_id) is None:
        raise ValidationError(
            "{label} «{staff_id}» kendes ikke.", label=Phrase(label), staff_id=staff_id, field=field
        )
    return staff_id
