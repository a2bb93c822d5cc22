"""SQLAlchemy implementation of `app.jobshop.ports.JobshopRepository`.

Synced rows change through ORM objects (the sync undo log listens to flushes).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.jobshop.ports import RecentVisitor, VacancyQuery
from app.jobshop.records import (
    AdviceSession,
    Company,
    CompanyContact,
    JobReferral,
    JobshopRules,
    KvikCandidate,
    KvikRequest,
    KvikStatus,
    TradeArea,
    Vacancy,
    VacancyStatus,
)
from app.jobshop.seed import parse_rules
from app.text_search import fold_name
from shared_store.jobshop.rows import (
    advice_record,
    candidate_record,
    company_record,
    company_values,
    contact_record,
    kvik_record,
    kvik_values,
    referral_record,
    referral_values,
    vacancy_record,
    vacancy_values,
)
from shared_store.jobshop.seeding import RULES_KEY
from shared_store.jobshop.tables import (
    AdviceSessionRow,
    CompanyContactRow,
    CompanyRow,
    JobReferralRow,
    JobshopRuleRow,
    JobWishRow,
    KvikCandidateRow,
    KvikRequestRow,
    TradeAreaRow,
    VacancyRow,
)
from shared_store.jobshop.vacancy_search import vacancy_select
from shared_store.tables import VisitRow


class SqlJobshop:
    def __init__(self, session: Session) -> None:
        self._s = session

    # --- configuration -------------------------------------------------------------------
    def trade_areas(self) -> Sequence[TradeArea]:
        rows = self._s.scalars(select(TradeAreaRow).order_by(TradeAreaRow.sort_order))
        return [TradeArea(r.code, r.label_da, r.label_en, r.sort_order) for r in rows]

    def rules(self) -> JobshopRules:
        row = self._s.get(JobshopRuleRow, RULES_KEY)
        return parse_rules(json.loads(row.value_json)) if row else JobshopRules()

    # --- companies and contacts -----------------------------------------------------------
    def add_company(self, company: Company) -> None:
        self._s.add(CompanyRow(**company_values(company)))
        self._s.flush()

    def company(self, company_id: str) -> Company | None:
        row = self._s.get(CompanyRow, company_id)
        return company_record(row) if row else None

    def company_by_cvr(self, cvr: str) -> Company | None:
        row = self._s.scalars(select(CompanyRow).where(CompanyRow.cvr == cvr).limit(1)).first()
        return company_record(row) if row else None

    def company_by_name(self, name: str) -> Company | None:
        folded = fold_name(name)
        row = self._s.scalars(
            select(CompanyRow).where(CompanyRow.name_folded == folded).limit(1)
        ).first()
        return company_record(row) if row else None

    def update_company(self, company: Company) -> None:
        row = self._s.get_one(CompanyRow, company.id)
        for key, value in company_values(company).items():
            setattr(row, key, value)
        self._s.flush()

    def companies(self, text: str = "", *, limit: int = 200) -> Sequence[Company]:
        stmt = select(CompanyRow).order_by(CompanyRow.name_folded).limit(limit)
        folded = fold_name(text)
        if folded:
            stmt = stmt.where(CompanyRow.name_folded.contains(folded, autoescape=True))
        return [company_record(r) for r in self._s.scalars(stmt)]

    def add_contact(self, contact: CompanyContact) -> None:
        self._s.add(
            CompanyContactRow(
                id=contact.id,
                company_id=contact.company_id,
                staff_id=contact.staff_id,
                site_code=contact.site_code,
                contacted_at=contact.contacted_at,
                subject=contact.subject.value,
                channel=contact.channel,
                note=contact.note,
                warned=contact.warned,
            )
        )
        self._s.flush()

    def contact(self, contact_id: str) -> CompanyContact | None:
        row = self._s.get(CompanyContactRow, contact_id)
        return contact_record(row) if row else None

    def contacts_for_company(
        self, company_id: str, *, since: dt.datetime | None = None
    ) -> Sequence[CompanyContact]:
        stmt = select(CompanyContactRow).where(CompanyContactRow.company_id == company_id)
        if since is not None:
            stmt = stmt.where(CompanyContactRow.contacted_at >= since)
        stmt = stmt.order_by(CompanyContactRow.contacted_at.desc())
        return [contact_record(r) for r in self._s.scalars(stmt)]

    # --- vacancies ------------------------------------------------------------------------------
    def add_vacancy(self, vacancy: Vacancy) -> None:
        self._s.add(VacancyRow(**vacancy_values(vacancy)))
        self._s.flush()

    def vacancy(self, vacancy_id: str) -> Vacancy | None:
        row = self._vacancy_row(vacancy_id)
        return vacancy_record(row) if row else None

    def vacancy_by_source_ref(self, source_ref: str) -> Vacancy | None:
        row = self._s.scalars(
            select(VacancyRow).where(VacancyRow.source_ref == source_ref).limit(1)
        ).first()
        return vacancy_record(row) if row else None

    def update_vacancy(self, vacancy: Vacancy) -> None:
        row = self._vacancy_row(vacancy.id)
        if row is None:
            raise LookupError(vacancy.id)
        for key, value in vacancy_values(vacancy).items():
            if getattr(row, key) != value:  # untouched columns stay out of the UPDATE
                setattr(row, key, value)
        self._s.flush()

    def search_vacancies(self, query: VacancyQuery) -> Sequence[Vacancy]:
        return [vacancy_record(r) for r in self._s.scalars(vacancy_select(self._s, query))]

    def untaken_vacancies(self) -> Sequence[Vacancy]:
        stmt = (
            select(VacancyRow)
            .where(
                VacancyRow.status == VacancyStatus.OPEN.value,
                VacancyRow.picked_up_at.is_(None),
                VacancyRow.responsible_site != "",
            )
            .order_by(VacancyRow.created_at)
        )
        return [vacancy_record(r) for r in self._s.scalars(stmt)]

    def _vacancy_row(self, vacancy_id: str) -> VacancyRow | None:
        return self._s.scalars(select(VacancyRow).where(VacancyRow.id == vacancy_id)).first()

    # --- referrals to vacancies --------------------------------------------------------------
    def add_job_referral(self, referral: JobReferral) -> None:
        self._s.add(JobReferralRow(**referral_values(referral)))
        self._s.flush()

    def job_referral(self, referral_id: str) -> JobReferral | None:
        row = self._s.get(JobReferralRow, referral_id)
        return referral_record(row) if row else None

    def job_referral_of(self, vacancy_id: str, citizen_id: str) -> JobReferral | None:
        row = self._s.scalars(
            select(JobReferralRow).where(
                JobReferralRow.vacancy_id == vacancy_id, JobReferralRow.citizen_id == citizen_id
            )
        ).first()
        return referral_record(row) if row else None

    def update_job_referral(self, referral: JobReferral) -> None:
        row = self._s.get_one(JobReferralRow, referral.id)
        for key, value in referral_values(referral).items():
            setattr(row, key, value)
        self._s.flush()

    def referrals_for_vacancy(self, vacancy_id: str) -> Sequence[JobReferral]:
        stmt = (
            select(JobReferralRow)
            .where(JobReferralRow.vacancy_id == vacancy_id)
            .order_by(JobReferralRow.referred_at.desc())
        )
        return [referral_record(r) for r in self._s.scalars(stmt)]

    def referrals_for_citizen(self, citizen_id: str) -> Sequence[JobReferral]:
        stmt = (
            select(JobReferralRow)
            .where(JobReferralRow.citizen_id == citizen_id)
            .order_by(JobReferralRow.referred_at.desc())
        )
        return [referral_record(r) for r in self._s.scalars(stmt)]

    # --- kvikservice -------------------------------------------------------------------------
    def add_kvik_request(self, request: KvikRequest) -> None:
        self._s.add(KvikRequestRow(**kvik_values(request)))
        self._s.flush()

    def kvik_request(self, request_id: str) -> KvikRequest | None:
        row = self._s.get(KvikRequestRow, request_id)
        return kvik_record(row) if row else None

    def update_kvik_request(self, request: KvikRequest) -> None:
        row = self._s.get_one(KvikRequestRow, request.id)
        for key, value in kvik_values(request).items():
            setattr(row, key, value)
        self._s.flush()

    def open_kvik_requests(self) -> Sequence[KvikRequest]:
        stmt = (
            select(KvikRequestRow)
            .where(KvikRequestRow.status == KvikStatus.OPEN.value)
            .order_by(KvikRequestRow.due_at)
        )
        return [kvik_record(r) for r in self._s.scalars(stmt)]

    def add_kvik_candidate(self, candidate: KvikCandidate) -> None:
        self._s.add(
            KvikCandidateRow(
                id=candidate.id,
                request_id=candidate.request_id,
                citizen_id=candidate.citizen_id,
                sent_at=candidate.sent_at,
                staff_id=candidate.staff_id,
                site_code=candidate.site_code,
                note=candidate.note,
            )
        )
        self._s.flush()

    def kvik_candidates(self, request_id: str) -> Sequence[KvikCandidate]:
        stmt = (
            select(KvikCandidateRow)
            .where(KvikCandidateRow.request_id == request_id)
            .order_by(KvikCandidateRow.sent_at)
        )
        return [candidate_record(r) for r in self._s.scalars(stmt)]

    def set_job_wishes(self, citizen_id: str, trade_areas: Sequence[str]) -> None:
        current = {
            r.trade_area: r
            for r in self._s.scalars(select(JobWishRow).where(JobWishRow.citizen_id == citizen_id))
        }
        for code, row in current.items():
            if code not in trade_areas:
                self._s.delete(row)
        for code in trade_areas:
            if code not in current:
                self._s.add(JobWishRow(citizen_id=citizen_id, trade_area=code))
        self._s.flush()

    def job_wishes(self, citizen_id: str) -> Sequence[str]:
        stmt = (
            select(JobWishRow.trade_area)
            .where(JobWishRow.citizen_id == citizen_id)
            .order_by(JobWishRow.trade_area)
        )
        return list(self._s.scalars(stmt))

    def recent_visitors_wishing(
        self, trade_area: str, *, site_code: str, since: dt.datetime, limit: int = 50
    ) -> Sequence[RecentVisitor]:
        last_visit = func.max(VisitRow.started_at)
        stmt = (
            select(VisitRow.citizen_id, last_visit)
            .join(JobWishRow, JobWishRow.citizen_id == VisitRow.citizen_id)
            .where(
                JobWishRow.trade_area == trade_area,
                VisitRow.site_code == site_code,
                VisitRow.started_at >= since,
            )
            .group_by(VisitRow.citizen_id)
            .order_by(last_visit.desc(), VisitRow.citizen_id)
            .limit(limit)
        )
        # max() over the stored ISO text gives text back: read it as the aware time it is.
        return [
            RecentVisitor(citizen_id, _as_moment(at)) for citizen_id, at in self._s.execute(stmt)
        ]

    # --- open advice ------------------------------------------------------------------------------
    def add_advice_session(self, session: AdviceSession) -> None:
        self._s.add(
            AdviceSessionRow(
                id=session.id,
                citizen_id=session.citizen_id,
                topic=session.topic.value,
                minutes=session.minutes,
                outcome=session.outcome,
                referred_to=session.referred_to,
                ticket_id=session.ticket_id,
                staff_id=session.staff_id,
                site_code=session.site_code,
                held_at=session.held_at,
            )
        )
        self._s.flush()

    def advice_session(self, session_id: str) -> AdviceSession | None:
        row = self._s.get(AdviceSessionRow, session_id)
        return advice_record(row) if row else None

    def advice_sessions(
        self, *, site_code: str | None, since: dt.datetime, until: dt.datetime
    ) -> Sequence[AdviceSession]:
        stmt = select(AdviceSessionRow).where(
            AdviceSessionRow.held_at >= since, AdviceSessionRow.held_at < until
        )
        if site_code is not None:
            stmt = stmt.where(AdviceSessionRow.site_code == site_code)
        stmt = stmt.order_by(AdviceSessionRow.held_at.desc())
        return [advice_record(r) for r in self._s.scalars(stmt)]

    def advice_for_citizen(self, citizen_id: str) -> Sequence[AdviceSession]:
        stmt = (
            select(AdviceSessionRow)
            .where(AdviceSessionRow.citizen_id == citizen_id)
            .order_by(AdviceSessionRow.held_at.desc())
        )
        return [advice_record(r) for r in self._s.scalars(stmt)]


def _as_moment(value: object) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
