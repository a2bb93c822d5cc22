"""Jobnet at the desk: the card's Jobnet part, approving a CV, booking a CV meeting.

A CV meeting is the visitation's group meeting of kind «CV-møde» (one booking road,
`book_group_meeting`), so its seats, no-shows and hearings work as for any meeting.
"""

from __future__ import annotations

import datetime as dt

from app.commands.envelope import new_id
from app.errors import ConflictError
from app.jobnet.card import JobnetCard, read_card
from app.visitation.records import GroupSession, MeetingKind
from app.visitation.service_base import VisitationServiceBase
from app.visitation.visitation_service import VisitationService


class JobnetService(VisitationServiceBase):
    def __init__(self, visitation: VisitationService) -> None:
        """On the same store, bus, workstation and clock as the visitation service, which
        books the CV meetings."""
        super().__init__(
            visitation._uow_factory, visitation._bus, visitation._ws, clock=visitation._clock
        )
        self._visitation = visitation

    def card(self, citizen_id: str) -> JobnetCard:
        with self._uow_factory() as uow:
            self._citizen(uow, citizen_id)
            return read_card(uow, citizen_id, self._clock())

    def approve_cv(self, citizen_id: str) -> dt.date:
        args = {"approval_id": new_id(), "citizen_id": citizen_id}
        result = self._bus.execute_one(self._envelope("approve_cv", args))
        return dt.date.fromisoformat(str(result["approved_on"]))

    def book_cv_meeting(self, citizen_id: str) -> GroupSession:
        """The next CV meeting here with a free seat; returns it."""
        visitation = self._visitation
        sessions = [
            s for s in visitation.sessions_for_booking(MeetingKind.CV_MEETING) if s.seats_left
        ]
        if not sessions:
            raise ConflictError("Der er ingen CV-møder med ledige pladser i de næste uger.")
        visitation.book(citizen_id, sessions[0].id)
        return sessions[0]
