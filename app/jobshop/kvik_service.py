"""Kvikservice: a company asks, and within a working day the receptions send candidates.

Candidates are citizens who came to this reception within the window
(JobshopRules.kvik_visit_window_days) and want work in the request's trade area.
Visits belong to each site's own stream, so each reception matches its own
visitors: that is how the agreement describes it ("sent from the receptions").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.commands.envelope import new_id
from app.cpr import mask_cpr
from app.jobshop.records import KvikCandidate, KvikRequest, KvikStatus
from app.jobshop.working_days import kvik_due
from app.visitation.service_base import VisitationServiceBase


@dataclass(frozen=True, slots=True)
class KvikLine:
    request: KvikRequest
    company_name: str
    trade_area_label: str
    sent: int  # candidates sent so far
    time_left: dt.timedelta  # negative: overdue

    @property
    def overdue(self) -> bool:
        return self.time_left < dt.timedelta(0)


@dataclass(frozen=True, slots=True)
class Candidate:
    citizen_id: str
    name: str
    masked_cpr: str
    last_visit_at: dt.datetime
    already_sent: bool


@dataclass(frozen=True, slots=True)
class SentLine:
    candidate: KvikCandidate
    citizen_name: str
    staff_name: str


class KvikService(VisitationServiceBase):
    def open_requests(self) -> list[KvikLine]:
        """Open requests, the one due soonest first, with the time left now."""
        now = self._clock()
        with self._uow_factory() as uow:
            labels = {t.code: t.label_da for t in uow.jobshop.trade_areas()}
            lines = []
            for request in uow.jobshop.open_kvik_requests():
                company = uow.jobshop.company(request.company_id)
                lines.append(
                    KvikLine(
                        request,
                        company.name if company else "",
                        labels.get(request.trade_area, request.trade_area),
                        len(uow.jobshop.kvik_candidates(request.id)),
                        request.due_at - now,
                    )
                )
            return lines

    def default_due(self) -> dt.datetime:
        """The due time a request taken now gets when none is given (next working day)."""
        with self._uow_factory() as uow:
            closed = uow.jobshop.rules().closed_days
        return kvik_due(self._clock(), closed)

    def candidates(self, request_id: str, *, limit: int = 50) -> list[Candidate]:
        with self._uow_factory() as uow:
            request = uow.jobshop.kvik_request(request_id)
            if request is None:
                return []
            window = uow.jobshop.rules().kvik_visit_window_days
            since = self._clock() - dt.timedelta(days=window)
            sent = {c.citizen_id for c in uow.jobshop.kvik_candidates(request_id)}
            found = []
            for visitor in uow.jobshop.recent_visitors_wishing(
                request.trade_area, site_code=self.site_code, since=since, limit=limit
            ):
                citizen = uow.citizens.get(visitor.citizen_id)
                if citizen is not None:
                    found.append(
                        Candidate(
                            citizen.id,
                            citizen.full_name,
                            mask_cpr(citizen.cpr),
                            visitor.last_visit_at,
                            citizen.id in sent,
                        )
                    )
            return found

    def sent_candidates(self, request_id: str) -> list[KvikCandidate]:
        with self._uow_factory() as uow:
            return list(uow.jobshop.kvik_candidates(request_id))

    def sent_lines(self, request_id: str) -> list[SentLine]:
        """The candidates sent, with the citizen's and the sender's names."""
        with self._uow_factory() as uow:
            staff = {s.id: s.name for s in uow.reference.staff()}
            lines = []
            for sent in uow.jobshop.kvik_candidates(request_id):
                citizen = uow.citizens.get(sent.citizen_id)
                name = citizen.full_name if citizen else sent.citizen_id
                lines.append(SentLine(sent, name, staff.get(sent.staff_id, sent.staff_id)))
            return lines

    def open_request(
        self,
        company_id: str,
        trade_area: str,
        description: str,
        *,
        positions: int = 1,
        due_at: dt.datetime | None = None,
    ) -> str:
        request_id = new_id()
        args: dict[str, object] = {
            "request_id": request_id,
            "company_id": company_id,
            "trade_area": trade_area,
            "positions": positions,
            "description": description,
        }
        if due_at is not None:
            args["due_at"] = due_at.isoformat()
        self._run(self._envelope("open_kvik_request", args))
        return request_id

    def mark_sent(self, request_id: str, citizen_id: str, note: str = "") -> None:
        self._run(
            self._envelope(
                "mark_kvik_candidate_sent",
                {
                    "candidate_id": new_id(),
                    "request_id": request_id,
                    "citizen_id": citizen_id,
                    "note": note,
                },
            )
        )

    def close(self, request_id: str, status: KvikStatus) -> None:
        self._run(
            self._envelope("close_kvik_request", {"request_id": request_id, "status": status.value})
        )

    def job_wishes(self, citizen_id: str) -> list[str]:
        with self._uow_factory() as uow:
            return list(uow.jobshop.job_wishes(citizen_id))

    def set_job_wishes(self, citizen_id: str, trade_areas: Sequence[str]) -> None:
        self._run(
            self._envelope(
                "set_job_wishes", {"citizen_id": citizen_id, "trade_areas": list(trade_areas)}
            )
        )
