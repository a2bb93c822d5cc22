"""Row ↔ record mapping for the job-shop tables."""

from __future__ import annotations

from app.jobshop.records import (
    AdviceSession,
    AdviceTopic,
    Company,
    CompanyContact,
    ContactSubject,
    JobReferral,
    KvikCandidate,
    KvikRequest,
    KvikStatus,
    ReferralOutcome,
    Vacancy,
    VacancyChannel,
    VacancyStatus,
)
from app.text_search import fold_name
from shared_store.jobshop.tables import (
    AdviceSessionRow,
    CompanyContactRow,
    CompanyRow,
    JobReferralRow,
    KvikCandidateRow,
    KvikRequestRow,
    VacancyRow,
)


def company_record(r: CompanyRow) -> Company:
    return Company(
        id=r.id,
        name=r.name,
        cvr=r.cvr,
        responsible_staff_id=r.responsible_staff_id,
        phone=r.phone,
        created_at=r.created_at,
        created_by=r.created_by,
    )


def company_values(c: Company) -> dict[str, object]:
    return {
        "id": c.id,
        "name": c.name,
        "name_folded": fold_name(c.name),
        "cvr": c.cvr,
        "responsible_staff_id": c.responsible_staff_id,
        "phone": c.phone,
        "created_at": c.created_at,
        "created_by": c.created_by,
    }


def vacancy_search_text(v: Vacancy) -> str:
    return fold_name(" ".join((v.title, v.company_name, v.place, v.requirements)))


def vacancy_record(r: VacancyRow) -> Vacancy:
    return Vacancy(
        id=r.id,
        company_id=r.company_id,
        company_name=r.company_name,
        title=r.title,
        trade_area=r.trade_area,
        place=r.place,
        hours=r.hours,
        requirements=r.requirements,
        deadline=r.deadline,
        positions=r.positions,
        contact_staff_id=r.contact_staff_id,
        status=VacancyStatus(r.status),
        created_at=r.created_at,
        created_by=r.created_by,
        site_code=r.site_code,
        source_ref=r.source_ref,
        channel=VacancyChannel(r.channel),
        responsible_site=r.responsible_site,
        picked_up_at=r.picked_up_at,
        picked_up_by=r.picked_up_by,
    )


def vacancy_values(v: Vacancy) -> dict[str, object]:
    return {
        "id": v.id,
        "company_id": v.company_id,
        "company_name": v.company_name,
        "title": v.title,
        "trade_area": v.trade_area,
        "place": v.place,
        "hours": v.hours,
        "requirements": v.requirements,
        "deadline": v.deadline,
        "positions": v.positions,
        "contact_staff_id": v.contact_staff_id,
        "status": v.status.value,
        "created_at": v.created_at,
        "created_by": v.created_by,
        "site_code": v.site_code,
        "source_ref": v.source_ref,
        "channel": v.channel.value,
        "responsible_site": v.responsible_site,
        "picked_up_at": v.picked_up_at,
        "picked_up_by": v.picked_up_by,
        "search_folded": vacancy_search_text(v),
    }


def referral_record(r: JobReferralRow) -> JobReferral:
    return JobReferral(
        id=r.id,
        vacancy_id=r.vacancy_id,
        citizen_id=r.citizen_id,
        referred_at=r.referred_at,
        staff_id=r.staff_id,
        site_code=r.site_code,
        note=r.note,
        outcome=ReferralOutcome(r.outcome),
        outcome_at=r.outcome_at,
        outcome_by=r.outcome_by,
        outcome_note=r.outcome_note,
    )


def referral_values(j: JobReferral) -> dict[str, object]:
    return {
        "id": j.id,
        "vacancy_id": j.vacancy_id,
        "citizen_id": j.citizen_id,
        "referred_at": j.referred_at,
        "staff_id": j.staff_id,
        "site_code": j.site_code,
        "note": j.note,
        "outcome": j.outcome.value,
        "outcome_at": j.outcome_at,
        "outcome_by": j.outcome_by,
        "outcome_note": j.outcome_note,
    }


def contact_record(r: CompanyContactRow) -> CompanyContact:
    return CompanyContact(
        id=r.id,
        company_id=r.company_id,
        staff_id=r.staff_id,
        site_code=r.site_code,
        contacted_at=r.contacted_at,
        subject=ContactSubject(r.subject),
        channel=r.channel,
        note=r.note,
        warned=r.warned,
    )


def kvik_record(r: KvikRequestRow) -> KvikRequest:
    return KvikRequest(
        id=r.id,
        company_id=r.company_id,
        trade_area=r.trade_area,
        positions=r.positions,
        description=r.description,
        received_at=r.received_at,
        due_at=r.due_at,
        staff_id=r.staff_id,
        site_code=r.site_code,
        status=KvikStatus(r.status),
        closed_at=r.closed_at,
        closed_by=r.closed_by,
    )


def kvik_values(k: KvikRequest) -> dict[str, object]:
    return {
        "id": k.id,
        "company_id": k.company_id,
        "trade_area": k.trade_area,
        "positions": k.positions,
        "description": k.description,
        "received_at": k.received_at,
        "due_at": k.due_at,
        "staff_id": k.staff_id,
        "site_code": k.site_code,
        "status": k.status.value,
        "closed_at": k.closed_at,
        "closed_by": k.closed_by,
    }


def candidate_record(r: KvikCandidateRow) -> KvikCandidate:
    return KvikCandidate(
        id=r.id,
        request_id=r.request_id,
        citizen_id=r.citizen_id,
        sent_at=r.sent_at,
        staff_id=r.staff_id,
        site_code=r.site_code,
        note=r.note,
    )


def advice_record(r: AdviceSessionRow) -> AdviceSession:
    return AdviceSession(
        id=r.id,
        citizen_id=r.citizen_id,
        topic=AdviceTopic(r.topic),
        minutes=r.minutes,
        outcome=r.outcome,
        referred_to=r.referred_to,
        ticket_id=r.ticket_id,
        staff_id=r.staff_id,
        site_code=r.site_code,
        held_at=r.held_at,
    )
