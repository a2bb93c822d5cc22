"""The things the reception works with, as plain dataclasses.

Storage (local_cache/, server/) maps these to tables; nothing here knows how.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

_BASIS_CODE = re.compile(r"[a-z0-9_]{1,40}", re.ASCII)


class SupportBasis(StrEnum):
    """Forsørgelsesgrundlag. Codes are stable; labels, validity and what a basis leads to
    (primary visitation, the a-kasse) live in reference data (app/reference_data)."""

    INSURED = "forsikret"  # dagpenge via an a-kasse
    CASH_BENEFIT = "kontanthjaelp"
    EDUCATION_BENEFIT = "uddannelseshjaelp"  # folded into kontanthjælp from 1 July 2025
    SICKNESS_BENEFIT = "sygedagpenge"
    EMPLOYED = "beskaeftiget"
    STUDENT = "studerende"
    OTHER = "andet"

    @property
    def is_uninsured_unemployed(self) -> bool:
        """Uninsured citizens are categorised at once (primærvisitation)."""
        return self in (SupportBasis.CASH_BENEFIT, SupportBasis.EDUCATION_BENEFIT)

    @classmethod
    def _missing_(cls, value: object) -> SupportBasis | None:
        """A basis an administrator added as reference data (docs/reference-data.md): any
        code of lower-case letters, digits and _ reads as a basis of its own; whether it
        may be chosen is the reference data's business (the registration command checks
        it against the version in force), and what it does is its flags'."""
        if not isinstance(value, str) or not _BASIS_CODE.fullmatch(value):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class Site:
    code: str  # MUS, SKB, NYR
    name: str
    specialist_function: str
    trade_area: str


@dataclass(frozen=True, slots=True)
class Service:
    """A reason for visit; each has its own queue and ticket letter."""

    code: str
    letter: str
    name_da: str
    name_en: str
    sort_order: int = 0


@dataclass(frozen=True, slots=True)
class Counter:
    site_code: str
    number: int
    name: str


@dataclass(frozen=True, slots=True)
class Staff:
    id: str
    initials: str
    name: str
    role: str
    site_code: str


@dataclass(frozen=True, slots=True)
class SupportBasisInfo:
    """Label and validity of a support basis: the law moves, so this is data."""

    code: SupportBasis
    label_da: str
    label_en: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@dataclass(slots=True)
class Citizen:
    id: str
    cpr: str  # ten digits; shown masked everywhere unless revealed on purpose
    given_name: str
    family_name: str
    support_basis: SupportBasis
    a_kasse: str = ""
    phone: str = ""
    email: str = ""
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    updated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass(frozen=True, slots=True)
class Visit:
    id: str
    citizen_id: str
    site_code: str
    service_code: str
    started_at: dt.datetime
    workstation_id: str
    staff_id: str
    note: str = ""


class TicketStatus(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    PARKED = "parked"


@dataclass(frozen=True, slots=True)
class Ticket:
    id: str
    visit_id: str
    site_code: str
    service_code: str
    service_day: dt.date
    series: int  # the issuing workstation's own series: no collision even offline
    sequence: int
    number: str  # what the citizen sees, e.g. "J3-017"
    issued_at: dt.datetime
    workstation_id: str
    status: TicketStatus = TicketStatus.WAITING
    queued_at: dt.datetime | None = None  # place in the queue; kept on transfer for fairness
    counter_number: int | None = None
    called_at: dt.datetime | None = None
    called_by: str | None = None
    recall_count: int = 0
    serving_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None
    # A transfer may reserve the ticket for one counter or one staff member (at most one).
    target_counter: int | None = None
    target_staff: str | None = None
    first_called_at: dt.datetime | None = None  # a recall moves called_at, never this
    # A callback (channel "phone") waits with a phone number instead of in a waiting room.
    channel: str = "walk_in"
    phone: str | None = None
    no_answers: int = 0  # calls not answered; at the limit the callback is given up

    @property
    def arrival(self) -> dt.datetime:
        return self.queued_at or self.issued_at

    @property
    def first_called(self) -> dt.datetime | None:
        """When the wait ended: the first call (tickets from before 0008 have only called_at)."""
        return self.first_called_at or self.called_at


def ticket_number(letter: str, series: int, sequence: int) -> str:
    """Service letter, the workstation's series, then the running number of the day."""
    return f"{letter}{series}-{sequence:03d}"
