"""The phone desk: find who calls, log the call with its outcome. A callback is placed in
the chosen site's queue, a company's job order or kvikservice request is created, a citizen
is booked on a group meeting or an open-advice hour, and the call is logged, in ONE batch
of commands: both or neither."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.clock import COPENHAGEN
from app.commands.bus import CommandBus
from app.commands.envelope import new_id, utc_now
from app.cpr import parse_cpr
from app.entities import Citizen
from app.errors import NotFoundError, TicketNumberTakenError, ValidationError
from app.jobshop.handler_support import clean_cvr
from app.jobshop.records import Company, VacancyChannel
from app.phone.records import Call, CallerKind, CallOutcome, CallTopic
from app.ports import UnitOfWorkFactory
from app.queue.callback_service import CallbackService
from app.queue.callbacks import callback_number, phone_number
from app.reference_data.kinds import PHONE_ENTRANCE
from app.reference_data.readers import EntranceHours
from app.visitation.meetings import (
    MeetingTemplate,
    SeatRaceError,
    describe_session,
    load_template,
    session_args,
)
from app.visitation.planning import unplanned_sessions
from app.visitation.records import GroupSession, MeetingKind
from app.workstation import WorkstationConfig

BOOKABLE = (MeetingKind.JOB_MEETING, MeetingKind.CV_MEETING, MeetingKind.OPEN_ADVICE)


@dataclass(frozen=True, slots=True)
class CallDraft:
    """What the phone screen collected; checked here and again by the command."""

    caller_kind: CallerKind
    identifier: str  # CPR for a citizen, CVR for a company, a number for a phone caller
    topic: CallTopic
    note: str
    outcome: CallOutcome
    to_site: str = ""  # a callback's or a handed call's site
    service_code: str = ""  # a callback's queue
    callback_phone: str = ""  # the number to ring back (the caller's by default)
    session_id: str = ""  # the group meeting or open-advice hour a citizen is booked on


@dataclass(frozen=True, slots=True)
class LoggedCall:
    call_id: str
    outcome: CallOutcome
    to_site: str
    callback_number: str  # the callback's ticket number, "" for no callback
    meeting: str = ""  # the booked meeting, as `describe_session` writes it
    rings_from: dt.datetime | None = None  # a callback placed at a closed site: its opening


@dataclass(frozen=True, slots=True)
class EntranceNow:
    """Whether an entrance (the phone desk, a site) is open at a moment, by its hours."""

    open_now: bool
    closes_at: dt.datetime | None  # today's closing, while open
    opens_at: dt.datetime | None  # the next opening, while closed (None: none within a month)


@dataclass(frozen=True, slots=True)
class MeetingChoice:
    """An upcoming group meeting or open-advice hour the phone desk may book a caller on."""

    session: GroupSession
    text: str  # «Jobmøde tirsdag 08.12.2026 kl. 09:00 (Musvågevej, Lokale 1)»


class PhoneDeskService:
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        bus: CommandBus,
        workstation: WorkstationConfig,
        *,
        hours: EntranceHours | None = None,  # None: every entrance counts as always open
    ) -> None:
        self._uow_factory, self._bus, self._ws = uow_factory, bus, workstation
        self._hours = hours
        self._callbacks = CallbackService(uow_factory, bus, workstation)
        self._template: MeetingTemplate | None = None

    def _citizen(self, cpr_text: str) -> Citizen:
        cpr = parse_cpr(cpr_text)  # a wrong CPR says what is wrong with it
        with self._uow_factory() as uow:
            citizen = uow.citizens.by_cpr(cpr.digits)
        if citizen is None:
            raise NotFoundError(
                "Ingen borger med CPR-nummeret {cpr}: registrér borgeren eller vælg «Telefonnummer».",
                cpr=cpr.masked,
            )
        return citizen

    def entrance_now(
        self, entrance: str = PHONE_ENTRANCE, now: dt.datetime | None = None
    ) -> EntranceNow | None:
        """The entrance's state by its opening hours (reference data, public holidays
        closed); None when hours are not in use on this machine."""
        if self._hours is None:
            return None
        moment = now or utc_now()
        with self._uow_factory() as uow:
            hours = self._hours(uow, entrance, moment.astimezone(COPENHAGEN).date())
        if hours.is_open(moment):
            return EntranceNow(True, hours.closes_today(moment), None)
        return EntranceNow(False, None, hours.next_opening(moment))

    def company_by_cvr(self, cvr_text: str) -> Company | None:
        """The registered company with the CVR number (a wrong one says what is wrong)."""
        cvr = clean_cvr(cvr_text)
        with self._uow_factory() as uow:
            return uow.jobshop.company_by_cvr(cvr)

    def company_calling(self, draft: CallDraft) -> Company | None:
        """The company a job order or kvikservice call is for: the caller must be a
        company by CVR; None when that CVR is not registered yet."""
        if draft.caller_kind is not CallerKind.COMPANY:
            raise ValidationError(
                "En jobordre eller kvikservice kræver, at en virksomhed ringer: vælg «Virksomhed (CVR)».",
                field="caller_kind",
            )
        return self.company_by_cvr(draft.identifier)

    def log_job_order(
        self, draft: CallDraft, company_id: str, order: Mapping[str, object]
    ) -> LoggedCall:
        """The job order (the vacancy form's fields, channel «telefon») and the call, in one
        batch. The order lands at the site answering for its trade area."""
        vacancy_id = new_id()
        fields = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in order.items()}
        create = self._ws.envelope(
            "create_vacancy",
            1,
            {
                "vacancy_id": vacancy_id,
                "company_id": company_id,
                "channel": VacancyChannel.PHONE.value,
                "contact_staff_id": self._ws.acting_staff_id,
            }
            | fields,
        )
        args = self._args(draft) | {"vacancy_id": vacancy_id}
        results = self._bus.execute(create, self._ws.envelope("log_call", 1, args))
        return LoggedCall(str(args["call_id"]), draft.outcome, str(results[1]["to_site"]), "")

    def log_kvik(
        self,
        draft: CallDraft,
        company_id: str,
        trade_area: str,
        description: str,
        positions: int = 1,
        due_at: dt.datetime | None = None,  # None: the next working day, as the command says
    ) -> LoggedCall:
        """A kvikservice request (candidates within a working day) and the call, one batch."""
        request_id = new_id()
        fields: dict[str, object] = {
            "request_id": request_id,
            "company_id": company_id,
            "trade_area": trade_area,
            "positions": positions,
            "description": description,
        }
        if due_at is not None:
            fields["due_at"] = due_at.isoformat()
        request = self._ws.envelope("open_kvik_request", 1, fields)
        args = self._args(draft) | {"kvik_request_id": request_id}
        results = self._bus.execute(request, self._ws.envelope("log_call", 1, args))
        return LoggedCall(str(args["call_id"]), draft.outcome, str(results[1]["to_site"]), "")

    def meetings_at(self, site_code: str, *, limit: int = 12) -> list[MeetingChoice]:
        """The site's upcoming job and CV meetings and open-advice hours, soonest first.

        The template's next weeks at that site are planned first, as a counter desk plans
        them when it books: a session's id is derived from what it is, so the phone desk
        and the site's counters planning the same week make one session.
        """
        self._plan_sessions(site_code)
        with self._uow_factory() as uow:
            found = [
                s
                for kind in BOOKABLE
                for s in uow.visitation.sessions(
                    kind, after=utc_now(), site_code=site_code, limit=limit
                )
            ]
            sites = {s.code: s.name for s in uow.reference.sites()}
        found.sort(key=lambda s: (s.starts_at, s.kind.value))
        return [
            MeetingChoice(s, describe_session(s, sites.get(s.site_code, ""))) for s in found[:limit]
        ]

    def _plan_sessions(self, site_code: str) -> None:
        if self._template is None:
            self._template = load_template()
        today = utc_now().astimezone(COPENHAGEN).date()
        missing = unplanned_sessions(self._uow_factory, self._template, site_code, BOOKABLE, today)
        if missing:
            self._bus.execute(
                *(self._ws.envelope("schedule_group_meeting", 1, session_args(s)) for s in missing)
            )

    def log_booking(self, draft: CallDraft) -> LoggedCall:
        """The citizen's place on the chosen meeting or open-advice hour and the call, in one
        batch; the call goes to the meeting's site. A full or begun meeting is refused, and
        no call is logged."""
        if draft.caller_kind is not CallerKind.CITIZEN:
            raise ValidationError(
                "En booking på et møde kræver, at borgeren ringer: vælg «Borger (CPR)».",
                field="caller_kind",
            )
        if not draft.session_id:
            raise ValidationError(
                "Vælg det møde eller den rådgivningstid, borgeren skal bookes på.",
                field="session_id",
            )
        citizen = self._citizen(draft.identifier)
        booking_id = new_id()
        book = self._ws.envelope(
            "book_group_meeting",
            1,
            {"booking_id": booking_id, "session_id": draft.session_id, "citizen_id": citizen.id},
        )
        args = self._args(draft) | {
            "outcome": CallOutcome.BOOKED.value,
            "citizen_id": citizen.id,
            "booking_id": booking_id,
        }
        if draft.to_site:
            args["to_site"] = draft.to_site
        logged = self._ws.envelope("log_call", 1, args)
        try:
            results = self._bus.execute(book, logged)
        except SeatRaceError:  # another desk took a seat in between: read again, once
            results = self._bus.execute(book, logged)
        with self._uow_factory() as uow:
            session = uow.visitation.session(draft.session_id)
            sites = {s.code: s.name for s in uow.reference.sites()}
        meeting = describe_session(session, sites.get(session.site_code, "")) if session else ""
        return LoggedCall(
            str(args["call_id"]), CallOutcome.BOOKED, str(results[1]["to_site"]), "", meeting
        )

    def _args(self, draft: CallDraft) -> dict[str, object]:
        args: dict[str, object] = {
            "call_id": new_id(),
            "caller_kind": draft.caller_kind.value,
            "topic": draft.topic.value,
            "note": draft.note,
            "outcome": draft.outcome.value,
        }
        if draft.caller_kind is CallerKind.COMPANY:
            args["cvr"] = draft.identifier
        return args

    def log(self, draft: CallDraft) -> LoggedCall:
        if draft.outcome is CallOutcome.BOOKED:
            return self.log_booking(draft)
        args: dict[str, object] = {
            "call_id": new_id(),
            "caller_kind": draft.caller_kind.value,
            "topic": draft.topic.value,
            "note": draft.note,
            "outcome": draft.outcome.value,
        }
        citizen: Citizen | None = None
        if draft.caller_kind is CallerKind.CITIZEN:
            citizen = self._citizen(draft.identifier)
            args["citizen_id"] = citizen.id
        elif draft.caller_kind is CallerKind.COMPANY:
            args["cvr"] = draft.identifier
        elif draft.caller_kind is CallerKind.PHONE:
            args["phone"] = draft.identifier
        if draft.outcome is CallOutcome.HANDED:
            args["to_site"] = draft.to_site
        if draft.outcome is not CallOutcome.CALLBACK:
            result = self._bus.execute_one(self._ws.envelope("log_call", 1, args))
            return LoggedCall(str(args["call_id"]), draft.outcome, str(result["to_site"]), "")
        if citizen is None:
            raise ValidationError(
                "Et tilbagekald kræver, at borgeren er fundet på CPR-nummeret.",
                field="caller_kind",
            )
        if not (draft.callback_phone or citizen.phone):
            raise ValidationError(
                "Borgeren har intet telefonnummer: skriv nummeret, der skal ringes tilbage til, "
                "i «Ring til».",
                field="callback_phone",
            )
        ring = phone_number(draft.callback_phone or citizen.phone)
        return self._log_with_callback(args, citizen, ring, draft)

    def _log_with_callback(
        self, args: dict[str, object], citizen: Citizen, ring: str, draft: CallDraft
    ) -> LoggedCall:
        site = draft.to_site or self._ws.site_code
        sequence = self._callbacks.next_sequence()
        for _attempt in range(3):
            ticket_id, visit_id = new_id(), new_id()
            place = self._ws.envelope(
                "place_callback",
                1,
                {
                    "ticket_id": ticket_id,
                    "visit_id": visit_id,
                    "citizen_id": citizen.id,
                    "service_code": draft.service_code,
                    "site_code": site,
                    "phone": ring,
                    "series": self._ws.ticket_series,
                    "sequence": sequence,
                    "note": draft.note[:500],
                },
            )
            logged = self._ws.envelope("log_call", 1, args | {"callback_ticket_id": ticket_id})
            try:
                self._bus.execute(place, logged)
            except TicketNumberTakenError:
                sequence += 1
                continue
            number = callback_number(self._ws.site_code, self._ws.ticket_series, sequence)
            state = self.entrance_now(site)  # the phone opens longer than the sites
            rings_from = state.opens_at if state is not None and not state.open_now else None
            return LoggedCall(
                str(args["call_id"]), CallOutcome.CALLBACK, site, number, rings_from=rings_from
            )
        raise ValidationError("Der kunne ikke tildeles et ledigt billetnummer. Prøv igen.")

    def calls_today(self) -> Sequence[Call]:
        """Today's calls at every site's phone desk, newest first."""
        today = utc_now().astimezone(COPENHAGEN).date()
        start = dt.datetime.combine(today, dt.time(), tzinfo=COPENHAGEN)
        with self._uow_factory() as uow:
            return list(uow.phone.calls_between(start, start + dt.timedelta(days=1)))
