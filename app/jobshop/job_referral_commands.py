"""refer_to_vacancy, record_referral_outcome: a citizen sent to a concrete job, and what came of it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.clock import service_day
from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.errors import ConflictError, NotFoundError, Phrase, ValidationError
from app.jobshop.handler_support import vacancy_of
from app.jobshop.records import JobReferral, ReferralOutcome, VacancyStatus
from app.ports import UnitOfWork
from app.visitation.handler_support import citizen_of

# a job's state in a sentence («Jobbet «Lagerarbejder» er besat; …»)
_STATUS_WORD = {
    VacancyStatus.OPEN: Phrase("ledig"),
    VacancyStatus.FILLED: Phrase("besat"),
    VacancyStatus.EXPIRED: Phrase("udløbet"),
}


def refer_to_vacancy(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"referral_id", "vacancy_id", "citizen_id", "note"})
    referral_id = a.identifier(args, "referral_id")
    if uow.jobshop.job_referral(referral_id) is not None:
        raise ConflictError("Henvisningen findes allerede med dette id.")
    vacancy = vacancy_of(uow, a.identifier(args, "vacancy_id"))
    citizen = citizen_of(uow, a.identifier(args, "citizen_id"))
    status = vacancy.status_on(service_day(cmd.issued_at_dt))
    if status is not VacancyStatus.OPEN:
        raise ValidationError(
            "Jobbet «{title}» er {status}; der kan ikke henvises til det.",
            title=vacancy.title,
            status=_STATUS_WORD[status],
        )
    earlier = uow.jobshop.job_referral_of(vacancy.id, citizen.id)
    if earlier is not None:
        raise ConflictError(
            "{full_name} er allerede henvist til «{title}» (den {referred_at:%d.%m.%Y}).",
            full_name=citizen.full_name,
            title=vacancy.title,
            referred_at=earlier.referred_at,
        )
    uow.jobshop.add_job_referral(
        JobReferral(
            id=referral_id,
            vacancy_id=vacancy.id,
            citizen_id=citizen.id,
            referred_at=cmd.issued_at_dt,
            staff_id=cmd.staff_id,
            site_code=cmd.site_code,
            note=a.text(args, "note", "Bemærkningen", required=False, max_length=500),
        )
    )
    return {"referral_id": referral_id}


def record_referral_outcome(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """The outcome may change as it develops (applied → interview → hired)."""
    args = cmd.args
    a.reject_unknown(args, {"referral_id", "outcome", "note"})
    referral = uow.jobshop.job_referral(a.identifier(args, "referral_id"))
    if referral is None:
        raise NotFoundError("Henvisningen findes ikke.")
    outcome = a.choice(args, "outcome", "Resultatet", ReferralOutcome)
    if outcome is ReferralOutcome.PENDING:
        raise ValidationError("Vælg et resultat (søgt, samtale, ansat, ikke ansat, ikke relevant).")
    uow.jobshop.update_job_referral(
        replace(
            referral,
            outcome=outcome,
            outcome_at=cmd.issued_at_dt,
            outcome_by=cmd.staff_id,
            outcome_note=a.text(args, "note", "Bemærkningen", required=False, max_length=500),
        )
    )
    result: dict[str, Any] = {"referral_id": referral.id, "outcome": outcome.value}
    vacancy = vacancy_of(uow, referral.vacancy_id)
    hired = sum(
        1
        for r in uow.jobshop.referrals_for_vacancy(vacancy.id)
        if (outcome if r.id == referral.id else r.outcome) is ReferralOutcome.HIRED
    )
    if vacancy.status is VacancyStatus.OPEN and hired >= vacancy.positions:
        # Every position is taken: the order leaves the job shop's list by itself.
        uow.jobshop.update_vacancy(replace(vacancy, status=VacancyStatus.FILLED))
        result["vacancy_filled"] = True
    return result
