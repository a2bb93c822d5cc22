"""The job shop's vacancies and referrals to them, as the desk uses them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.commands.bus import CommandBus
from app.commands.envelope import new_id, utc_now
from app.jobshop.distribution import UntakenOrder, untaken_orders
from app.jobshop.ports import VacancyQuery
from app.jobshop.records import JobReferral, ReferralOutcome, TradeArea, Vacancy, VacancyStatus
from app.ports import UnitOfWork, UnitOfWorkFactory
from app.reference_data.readers import EntranceHours, entrance_hours_in_use
from app.visitation.service_base import Clock, VisitationServiceBase
from app.workstation import WorkstationConfig


@dataclass(frozen=True, slots=True)
class VacancyLine:
    """One row of the job-shop list: the order and how it stands today."""

    vacancy: Vacancy
    status: VacancyStatus  # as of today (an open order past its deadline shows expired)
    trade_area_label: str


@dataclass(frozen=True, slots=True)
class ReferralLine:
    referral: JobReferral
    citizen_name: str
    vacancy_title: str
    company_name: str


@dataclass(frozen=True, slots=True)
class VacancyDetail:
    line: VacancyLine
    contact_name: str
    referrals: tuple[ReferralLine, ...]
    lands_at_name: str = ""  # the site whose job shop the order landed at
    taken_by_name: str = ""  # who took it there ("" = not taken)


class VacancyService(VisitationServiceBase):
    """Same shape as the visitation services: store, command bus, desk and clock."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        bus: CommandBus,
        workstation: WorkstationConfig,
        *,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(uow_factory, bus, workstation, clock=clock)
        # The sites' opening hours, which an untaken order's wait counts (None: every minute).
        self.hours: EntranceHours | None = entrance_hours_in_use()

    def untaken_orders(self, *, only_overdue: bool = False) -> list[UntakenOrder]:
        """Orders that landed at a site's job shop and are not taken, longest overdue first."""
        with self._uow_factory() as uow:
            orders = untaken_orders(uow, self._clock(), self.hours)
        return [o for o in orders if o.overdue or not only_overdue]

    def trade_areas(self) -> list[TradeArea]:
        with self._uow_factory() as uow:
            return list(uow.jobshop.trade_areas())

    def staff_names(self) -> dict[str, str]:
        """Staff id -> name, for the list's contact-consultant column (read-only)."""
        with self._uow_factory() as uow:
            return {s.id: s.name for s in uow.reference.staff()}

    def search(
        self,
        text: str = "",
        *,
        trade_area: str | None = None,
        deadline_until: dt.date | None = None,
        include_closed: bool = False,
        limit: int = 200,
    ) -> list[VacancyLine]:
        """Open orders whose deadline has not passed, soonest deadline first."""
        today = self.today()
        query = VacancyQuery(
            text=text,
            trade_area=trade_area or None,
            deadline_from=None if include_closed else today,
            deadline_until=deadline_until,
            only_open=not include_closed,
            limit=limit,
        )
        with self._uow_factory() as uow:
            labels = {t.code: t.label_da for t in uow.jobshop.trade_areas()}
            return [
                VacancyLine(v, v.status_on(today), labels.get(v.trade_area, v.trade_area))
                for v in uow.jobshop.search_vacancies(query)
            ]

    def detail(self, vacancy_id: str) -> VacancyDetail | None:
        with self._uow_factory() as uow:
            vacancy = uow.jobshop.vacancy(vacancy_id)
            if vacancy is None:
                return None
            labels = {t.code: t.label_da for t in uow.jobshop.trade_areas()}
            contact = uow.reference.staff_member(vacancy.contact_staff_id)
            line = VacancyLine(
                vacancy,
                vacancy.status_on(self.today()),
                labels.get(vacancy.trade_area, vacancy.trade_area),
            )
            referrals = tuple(
                self._referral_line(uow, r) for r in uow.jobshop.referrals_for_vacancy(vacancy_id)
            )
            site = uow.reference.site(vacancy.lands_at)
            taker = uow.reference.staff_member(vacancy.picked_up_by)
            return VacancyDetail(
                line,
                contact.name if contact else vacancy.contact_staff_id,
                referrals,
                site.name if site else vacancy.lands_at,
                taker.name if taker else vacancy.picked_up_by,
            )

    def referrals_for_citizen(self, citizen_id: str) -> list[ReferralLine]:
        with self._uow_factory() as uow:
            return [
                self._referral_line(uow, r) for r in uow.jobshop.referrals_for_citizen(citizen_id)
            ]

    @staticmethod
    def _referral_line(uow: UnitOfWork, referral: JobReferral) -> ReferralLine:
        citizen = uow.citizens.get(referral.citizen_id)
        vacancy = uow.jobshop.vacancy(referral.vacancy_id)
        return ReferralLine(
            referral,
            citizen.full_name if citizen else "",
            vacancy.title if vacancy else "",
            vacancy.company_name if vacancy else "",
        )

    # --- changes (each one command through the bus) -------------------------------------------
    def create_vacancy(
        self,
        *,
        company_id: str,
        title: str,
        trade_area: str,
        place: str,
        deadline: dt.date,
        positions: int = 1,
        hours: str = "",
        requirements: str = "",
        contact_staff_id: str | None = None,
    ) -> str:
        vacancy_id = new_id()
        self._run(
            self._envelope(
                "create_vacancy",
                {
                    "vacancy_id": vacancy_id,
                    "company_id": company_id,
                    "title": title,
                    "trade_area": trade_area,
                    "place": place,
                    "hours": hours,
                    "requirements": requirements,
                    "deadline": deadline.isoformat(),
                    "positions": positions,
                    "contact_staff_id": contact_staff_id or self._ws.acting_staff_id,
                },
            )
        )
        return vacancy_id

    def edit_vacancy(self, vacancy_id: str, **changes: Any) -> None:
        args: dict[str, Any] = {"vacancy_id": vacancy_id}
        for key, value in changes.items():
            args[key] = value.isoformat() if isinstance(value, dt.date) else value
        self._run(self._envelope("edit_vacancy", args))

    def pick_up(self, vacancy_id: str) -> None:
        """Take an order that landed at this site's job shop."""
        self._run(self._envelope("pick_up_vacancy", {"vacancy_id": vacancy_id}))

    def set_status(self, vacancy_id: str, status: VacancyStatus) -> None:
        self._run(
            self._envelope("set_vacancy_status", {"vacancy_id": vacancy_id, "status": status.value})
        )

    def refer(self, citizen_id: str, vacancy_id: str, note: str = "") -> str:
        referral_id = new_id()
        self._run(
            self._envelope(
                "refer_to_vacancy",
                {
                    "referral_id": referral_id,
                    "vacancy_id": vacancy_id,
                    "citizen_id": citizen_id,
                    "note": note,
                },
            )
        )
        return referral_id

    def record_outcome(self, referral_id: str, outcome: ReferralOutcome, note: str = "") -> bool:
        """True when this outcome filled the vacancy's last position."""
        result = self._run(
            self._envelope(
                "record_referral_outcome",
                {"referral_id": referral_id, "outcome": outcome.value, "note": note},
            )
        )[0]
        return bool(result.get("vacancy_filled"))
