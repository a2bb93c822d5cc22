"""A call at the phone entrance: who called, about what, and how it ended."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class CallerKind(StrEnum):
    CITIZEN = "borger"  # found by CPR or name: the citizen's id
    COMPANY = "virksomhed"  # by CVR (checked with python-stdnum)
    PHONE = "telefon"  # only a phone number
    ANONYMOUS = "anonym"

    @property
    def label_da(self) -> str:
        return _CALLER_LABELS[self]


_CALLER_LABELS = {
    CallerKind.CITIZEN: "Borger",
    CallerKind.COMPANY: "Virksomhed",
    CallerKind.PHONE: "Telefonnummer",
    CallerKind.ANONYMOUS: "Anonym",
}


class CallTopic(StrEnum):
    JOB_SEARCH = "jobsoegning"
    BENEFITS = "ydelser"
    SICKNESS = "sygedagpenge"
    APPOINTMENT = "aftale"
    JOB_ORDER = "jobordre"
    RECRUITMENT = "rekruttering"
    OTHER = "andet"

    @property
    def label_da(self) -> str:
        return _TOPIC_LABELS[self]


_TOPIC_LABELS = {
    CallTopic.JOB_SEARCH: "Jobsøgning",
    CallTopic.BENEFITS: "Ydelser",
    CallTopic.SICKNESS: "Sygedagpenge",
    CallTopic.APPOINTMENT: "Aftaler og møder",
    CallTopic.JOB_ORDER: "Jobordre",
    CallTopic.RECRUITMENT: "Rekruttering",
    CallTopic.OTHER: "Andet",
}


class CallOutcome(StrEnum):
    ANSWERED = "besvaret"  # answered on the phone
    CALLBACK = "tilbagekald"  # a callback placed in a site's queue
    HANDED = "overdraget"  # handed to a named site
    JOB_ORDER = "jobordre"  # a company's job order, created in the same batch
    KVIK = "kvikservice"  # a company's kvikservice request, opened in the same batch
    BOOKED = "booket"  # a citizen booked on a meeting or open-advice hour, same batch

    @property
    def label_da(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    CallOutcome.ANSWERED: "Besvaret i telefonen",
    CallOutcome.CALLBACK: "Tilbagekald",
    CallOutcome.HANDED: "Overdraget til afdeling",
    CallOutcome.JOB_ORDER: "Jobordre oprettet",
    CallOutcome.KVIK: "Kvikservice-forespørgsel",
    CallOutcome.BOOKED: "Booket på møde eller rådgivning",
}


@dataclass(frozen=True, slots=True)
class Call:
    id: str
    site_code: str  # where the phone desk took it
    staff_id: str
    taken_at: dt.datetime
    caller_kind: CallerKind
    citizen_id: str | None
    cvr: str
    phone: str
    topic: CallTopic
    note: str
    outcome: CallOutcome
    to_site: str  # the site a callback or a handed call went to; "" when answered
    callback_ticket_id: str | None
    vacancy_id: str | None = None  # the job order the call created
    kvik_request_id: str | None = None  # the kvikservice request the call opened
    booking_id: str | None = None  # the group-meeting booking the call made
