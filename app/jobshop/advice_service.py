"""Open advice (åben rådgivning): log a conversation, see today's at this site, and the
citizens booked on today's open-advice hours (from the phone desk or a counter)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.clock import COPENHAGEN
from app.commands.envelope import new_id
from app.jobshop.records import AdviceSession, AdviceTopic
from app.visitation.records import MeetingKind
from app.visitation.service_base import VisitationServiceBase


@dataclass(frozen=True, slots=True)
class AdviceLine:
    session: AdviceSession
    citizen_name: str  # "Anonym" when the person only asked


@dataclass(frozen=True, slots=True)
class BookedAdvice:
    """A citizen booked on one of today's open-advice hours at this site."""

    starts_at: dt.datetime
    citizen_id: str
    full_name: str
    masked_cpr: str


@dataclass(frozen=True, slots=True)
class TicketCitizen:
    """Whom a queue ticket was issued for (through its visit)."""

    citizen_id: str
    full_name: str
    masked_cpr: str


class AdviceService(VisitationServiceBase):
    def log_session(
        self,
        topic: AdviceTopic,
        minutes: int,
        *,
        citizen_id: str | None = None,
        outcome: str = "",
        referred_to: str = "",
        ticket_id: str | None = None,
    ) -> str:
        session_id = new_id()
        self._run(
            self._envelope(
                "log_advice_session",
                {
                    "session_id": session_id,
                    "citizen_id": citizen_id,
                    "topic": topic.value,
                    "minutes": minutes,
                    "outcome": outcome,
                    "referred_to": referred_to,
                    "ticket_id": ticket_id,
                },
            )
        )
        return session_id

    def sessions_today(self) -> list[AdviceLine]:
        day = self.today()
        start = dt.datetime.combine(day, dt.time(), tzinfo=COPENHAGEN)
        with self._uow_factory() as uow:
            lines = []
            for session in uow.jobshop.advice_sessions(
                site_code=self.site_code, since=start, until=start + dt.timedelta(days=1)
            ):
                citizen = uow.citizens.get(session.citizen_id) if session.citizen_id else None
                lines.append(AdviceLine(session, citizen.full_name if citizen else "Anonym"))
            return lines

    def booked_today(self) -> list[BookedAdvice]:
        """Today's open-advice hours here and who is booked on each, by time."""
        start = dt.datetime.combine(self.today(), dt.time(), tzinfo=COPENHAGEN)
        end = start + dt.timedelta(days=1)
        booked: list[BookedAdvice] = []
        with self._uow_factory() as uow:
            hours = uow.visitation.sessions(
                MeetingKind.OPEN_ADVICE, after=start, site_code=self.site_code
            )
            for hour in (h for h in hours if h.starts_at < end):
                for booking in uow.visitation.active_bookings_on(hour.id):
                    citizen = uow.citizens.get(booking.citizen_id)
                    if citizen is not None:
                        booked.append(
                            BookedAdvice(
                                hour.starts_at,
                                citizen.id,
                                citizen.full_name,
                                self._masked(citizen),
                            )
                        )
        return booked

    def for_citizen(self, citizen_id: str) -> list[AdviceSession]:
        with self._uow_factory() as uow:
            return list(uow.jobshop.advice_for_citizen(citizen_id))

    def ticket_citizen(self, ticket_id: str) -> TicketCitizen | None:
        """The citizen behind an advice-queue ticket, to prefill the session being served."""
        with self._uow_factory() as uow:
            ticket = uow.tickets.get(ticket_id)
            visit = uow.visits.get(ticket.visit_id) if ticket else None
            citizen = uow.citizens.get(visit.citizen_id) if visit else None
        if citizen is None:
            return None
        return TicketCitizen(citizen.id, citizen.full_name, self._masked(citizen))
