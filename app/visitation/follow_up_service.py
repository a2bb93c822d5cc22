"""Follow-up deadlines at the desk: the site's worklist, missed meetings and hearings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.commands.envelope import new_id
from app.errors import Fragment, Phrase
from app.visitation.deadlines import DueState, due_state
from app.visitation.records import Audience, FollowUp, FollowUpKind, HearingOutcome
from app.visitation.service_base import VisitationServiceBase
from app.visitation.trigger_commands import BOOKED_MEETING_SERVICE, booked_that_day


@dataclass(frozen=True, slots=True)
class WorklistItem:
    follow_up_id: str
    citizen_id: str
    citizen_name: str
    masked_cpr: str
    kind: FollowUpKind
    due: dt.date
    state: DueState
    action_da: str
    note: str
    audience: Audience = Audience.NONE  # who hears of a missed meeting after the hearing


def action_for(follow_up: FollowUp, today: dt.date) -> str:
    """What the case calls for now, in Danish (the desk translates it through the catalogue
    of messages, ui/failures.py `danish_text`)."""
    if follow_up.kind is FollowUpKind.CONTACT_INTERVIEW:
        return Phrase("Hold kontaktsamtale")
    if follow_up.kind is FollowUpKind.CATEGORISATION:
        return Phrase("Kategorisér borgeren (forsikret)")
    if follow_up.kind is FollowUpKind.PENDING_ABSENCE:
        return Phrase("Bekræft eller afvis udeblivelsen fra køen")
    if follow_up.kind is FollowUpKind.REASSESSMENT:
        return Phrase("Revurdér kategorien")
    if follow_up.due >= today:
        return str(
            Fragment("Afvent borgerens svar (partshøringsfrist {due:%d.%m.%Y})", due=follow_up.due)
        )
    if follow_up.audience is Audience.A_KASSE:
        return Phrase("Send underretning til a-kassen")
    return Phrase("Send indstilling til Ydelsesservice")


class FollowUpService(VisitationServiceBase):
    def worklist(
        self, *, site_code: str | None = None, today: dt.date | None = None, soon_days: int = 7
    ) -> list[WorklistItem]:
        """Open deadlines at the site that are overdue, due today or due within `soon_days`."""
        site = site_code or self.site_code
        day = today or self.today()
        with self._uow_factory() as uow:
            follow_ups = uow.visitation.open_follow_ups_at_site(
                site, day + dt.timedelta(days=soon_days)
            )
            items = []
            for f in follow_ups:
                citizen = self._citizen(uow, f.citizen_id)
                items.append(
                    WorklistItem(
                        f.id,
                        citizen.id,
                        citizen.full_name,
                        self._masked(citizen),
                        f.kind,
                        f.due,
                        due_state(f.due, day, soon_days=soon_days),
                        action_for(f, day),
                        f.note,
                        f.audience,
                    )
                )
        return items  # already in due order: overdue first

    def register_absence(
        self, citizen_id: str, missed_on: dt.date, *, booking_id: str = "", note: str = ""
    ) -> dt.date:
        """A missed meeting registered at reception; returns the hearing deadline."""
        args: dict[str, object] = {
            "follow_up_id": new_id(),
            "citizen_id": citizen_id,
            "missed_on": missed_on.isoformat(),
            "note": note,
        }
        if booking_id:
            args["booking_id"] = booking_id
        result = self._bus.execute_one(self._envelope("register_absence", args))
        return dt.date.fromisoformat(result["due"])

    def register_refused_offer(
        self,
        citizen_id: str,
        referral_id: str,
        refused_on: dt.date,
        *,
        reason: str,
        good_reason: bool = False,
    ) -> dt.date:
        """A refused offer (afvist tilbud) opens a hearing as an absence does; returns its
        deadline."""
        args: dict[str, object] = {
            "follow_up_id": new_id(),
            "citizen_id": citizen_id,
            "referral_id": referral_id,
            "refused_on": refused_on.isoformat(),
            "reason": reason,
            "good_reason": good_reason,
        }
        result = self._bus.execute_one(self._envelope("register_refused_offer", args))
        return dt.date.fromisoformat(result["due"])

    def pending_absence_for_no_show(self, ticket_id: str) -> str | None:
        """After a no-show at the counter: when the ticket was for a booked meeting the
        citizen has today, an absence for the counsellor to confirm (its id); else None."""
        with self._uow_factory() as uow:
            ticket = uow.tickets.get(ticket_id)
            if ticket is None or ticket.service_code != BOOKED_MEETING_SERVICE:
                return None
            visit = uow.visits.get(ticket.visit_id)
            if visit is None or not booked_that_day(
                uow, visit.citizen_id, ticket.site_code, ticket.service_day
            ):
                return None
        result = self._bus.execute_one(
            self._envelope("register_pending_absence", {"ticket_id": ticket_id})
        )
        return str(result["follow_up_id"])

    def confirm_pending_absence(self, follow_up_id: str) -> dt.date:
        """The counsellor confirms an absence from the queue: the hearing starts (its deadline)."""
        result = self._bus.execute_one(
            self._envelope(
                "confirm_pending_absence", {"follow_up_id": follow_up_id, "hearing_id": new_id()}
            )
        )
        return dt.date.fromisoformat(result["due"])

    def dismiss_pending_absence(self, follow_up_id: str, reason: str) -> None:
        self._bus.execute_one(
            self._envelope(
                "dismiss_pending_absence", {"follow_up_id": follow_up_id, "reason": reason}
            )
        )

    def conclude_hearing(
        self, follow_up_id: str, outcome: HearingOutcome, reason: str = ""
    ) -> None:
        self._bus.execute_one(
            self._envelope(
                "conclude_hearing",
                {"follow_up_id": follow_up_id, "outcome": outcome.value, "reason": reason},
            )
        )

    def complete(self, follow_up_id: str, note: str = "") -> dt.date | None:
        """Mark a contact interview held (returns the next one's due date) or a deadline met."""
        result = self._bus.execute_one(
            self._envelope("complete_follow_up", {"follow_up_id": follow_up_id, "note": note})
        )
        following = result.get("next_due")
        return dt.date.fromisoformat(following) if following else None
