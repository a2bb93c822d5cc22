"""Production figures (ledelsesinformation): what the desk produced, per day, site, unit and staff.

The agreement of 2006 (§5.3) asks for production figures per site. This module is
their shape: one flat table of counts, the same for the dashboard's tables and
charts, the export and the tests. Every row is one count of one *measure* of one
*section* of the desk, for one key

    (day, site, unit, staff member)  and a breakdown (group, breakdown).

Section and measure (`Section`, `Measure`) say what is counted; `MEASURES` lists
which measures each section has and what `group`, `breakdown` and `unit` hold there:

* **Henvendelser** (`Section.REGISTRATION`), `Measure.VISITS`: citizens registered
  at the counter (a visit, `start_visit`), by the citizen's support basis
  (forsørgelsesgrundlag, `breakdown`, as on the citizen's card); `unit` is the
  reason for the visit (the queue service, e.g. ``jobsoegning``); `group` the
  reform's target group (målgruppe) on the visit's day, from the support basis and
  the citizen's latest category decided before the visit, by the target-group
  version in force that day ("" before 1 January 2027); staff: the receptionist who
  registered the visit; day: when the visit began.
* **Primærvisitation** (`Section.VISITATION`): categorisation decisions by scheme
  (`group`, e.g. ``match``, ``jobparat``) and the category decided (`breakdown`).
  `Measure.DECISIONS` counts every decision; `Measure.DEPARTED` those where the
  counsellor chose another category than the one the scheme suggested from the
  answers (a suggestion existed and differs). Staff: who decided; site: where.
  `unit` is empty: the reception decides.
* **Henvisninger** (`Section.REFERRAL`): `Measure.REFERRALS` every referral, by the
  receiving unit (`breakdown`, a referral target such as ``unge_uddannelse``) and
  the receiving site (`group`, empty for a unit outside the sites); `unit` is the
  unit that held the case when it was referred (``jobcenter_team`` for the
  referring site's own team). `Measure.RE_REFERRALS` the referrals that moved the
  case's anchor to another responsible unit (viderevisitation — what the
  anti-kastebold rule limits).
* **Gruppemøder** (`Section.MEETING`), by the meeting's day and site, the meeting
  kind in `group` (``jobmoede``, ``cv_moede``, ``aaben_raadgivning`` for a booked
  open-advice hour), staff: who booked the seat.
  `Measure.BOOKED` seats booked and not cancelled; `Measure.CANCELLED` bookings
  cancelled; `Measure.ABSENT` booked citizens registered absent from that meeting
  (udeblivelse); `Measure.ATTENDED` seats booked for meetings already held, less
  the absent (the desk records absence, not attendance).
* **Partshøringer** (`Section.HEARING`), hearings after an absence:
  `Measure.OPENED` by the day the hearing was opened (staff empty: the absence
  is the citizen's, not a staff member's work); `Measure.CONCLUDED` by the day it
  was concluded and the outcome (`breakdown`: ``indstilling_sendt``,
  ``underretning_sendt``, ``rimelig_grund``), staff: who concluded it;
  `Measure.KEPT` those of the concluded that were concluded no later than
  `Targets.hearing_conclusion_days` after the citizen's deadline. `group`, `unit`
  empty.
* **Jobbutik** (`Section.JOB_REFERRAL`), `Measure.REFERRALS`: citizens referred to
  a vacancy, by the day of the referral and the referral's outcome as it stands
  (`breakdown`: ``pending``, ``applied``, ``interview``, ``hired``, ``not_hired``,
  ``not_relevant``); `unit` is the vacancy's trade area (fagområde), staff: who
  referred.
* **Kvikservice** (`Section.KVIK`), requests from companies by the day received:
  `Measure.REQUESTS` by status (`breakdown`: ``open``, ``fulfilled``,
  ``cancelled``); `Measure.MET_IN_TIME` the requests fulfilled no later than their
  due time (the same clock time the next working day). `unit` is the trade area;
  staff: who took the call.
* **Åben rådgivning** (`Section.ADVICE`) by topic (`breakdown`: ``job``,
  ``uddannelse``, ``handicap``, ``etniske_minoriteter``, ``ligestilling``,
  ``eures``, ``andet``): `Measure.SESSIONS` sessions held and `Measure.MINUTES`
  their minutes in total. Staff: the counsellor; `unit` empty.
* **Kontaktforløb** (`Section.CONTACT_COURSE`), the reform's contact course as it
  stands on one day — the period's last day, or today while the period runs — per
  site (the site of the citizen's latest decision): `Measure.IN_COURSE` job-ready
  citizens in the course's first months, `Measure.ON_TRACK` those not exempted with
  every job interview due by then held, `Measure.EXEMPTED` those exempted (at most
  one in four). The share on track is ON_TRACK / IN_COURSE against
  `Targets.contact_course_share`. No rows while no scheme in force has a contact
  course (before 2027). `unit`, `group`, `breakdown` empty; staff empty.
* **Kø** (`Section.QUEUE`), tickets by service day, site and service (`unit`, the
  queue service); staff: who first called the ticket (empty: never called).
  `Measure.ARRIVALS` tickets issued; `Measure.SERVED` finished; `Measure.NO_SHOWS`
  called but did not come; `Measure.CANCELLED` cancelled; `Measure.CALLED` called
  at least once; `Measure.CALLED_IN_TIME` first called within
  `Targets.queue_service_level_minutes` of arrival (the service level is
  CALLED_IN_TIME / CALLED); `Measure.WAIT_SECONDS` the sum of the waits (first
  call − arrival) of the called, in seconds (mean wait = WAIT_SECONDS / CALLED).

Days are Copenhagen calendar days (the queue's service day for tickets). With
`per_staff=False` every row's `staff_id` is None (the counts are summed over staff);
with `per_staff=True` it is the staff member's id, or "" where the section names
no staff member. Staff figures are a supervisor's to read (permission
``read_production_figures``); the server refuses everyone else.

A key that counted nothing has no row: a missing row reads as 0 (`total`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol


class Section(StrEnum):
    """A part of the desk whose production is counted."""

    REGISTRATION = "henvendelser"
    VISITATION = "primaervisitation"
    REFERRAL = "henvisninger"
    MEETING = "gruppemoeder"
    HEARING = "partshoeringer"
    JOB_REFERRAL = "jobbutik"
    KVIK = "kvikservice"
    ADVICE = "raadgivning"
    CONTACT_COURSE = "kontaktforloeb"
    QUEUE = "koe"

    @property
    def label_da(self) -> str:
        return _SECTION_LABELS[self]


_SECTION_LABELS = {
    Section.REGISTRATION: "Henvendelser",
    Section.VISITATION: "Primærvisitation",
    Section.REFERRAL: "Henvisninger",
    Section.MEETING: "Gruppemøder",
    Section.HEARING: "Partshøringer",
    Section.JOB_REFERRAL: "Jobbutik",
    Section.KVIK: "Kvikservice",
    Section.ADVICE: "Åben rådgivning",
    Section.CONTACT_COURSE: "Kontaktforløb",
    Section.QUEUE: "Kø",
}


class Measure(StrEnum):
    """What one row counts (see the module's docstring for each section's measures)."""

    VISITS = "besoeg"
    DECISIONS = "afgoerelser"
    DEPARTED = "afvigelser"
    REFERRALS = "henvisninger"
    RE_REFERRALS = "viderevisitationer"
    BOOKED = "booket"
    CANCELLED = "aflyst"
    ABSENT = "udeblevet"
    ATTENDED = "fremmoedt"
    OPENED = "aabnet"
    CONCLUDED = "afsluttet"
    KEPT = "frist_overholdt"
    REQUESTS = "forespoergsler"
    MET_IN_TIME = "opfyldt_til_tiden"
    SESSIONS = "samtaler"
    MINUTES = "minutter"
    ARRIVALS = "ankomster"
    SERVED = "betjent"
    NO_SHOWS = "ikke_moedt"
    CALLED = "kaldt"
    CALLED_IN_TIME = "kaldt_til_tiden"
    WAIT_SECONDS = "ventetid_sekunder"
    IN_COURSE = "i_forloeb"
    ON_TRACK = "paa_sporet"
    EXEMPTED = "fritaget"

    @property
    def label_da(self) -> str:
        return _MEASURE_LABELS[self]


_MEASURE_LABELS = {
    Measure.VISITS: "Henvendelser",
    Measure.DECISIONS: "Afgørelser",
    Measure.DEPARTED: "Afveget fra forslaget",
    Measure.REFERRALS: "Henvisninger",
    Measure.RE_REFERRALS: "Viderevisitationer",
    Measure.BOOKED: "Booket",
    Measure.CANCELLED: "Aflyst",
    Measure.ABSENT: "Udeblevet",
    Measure.ATTENDED: "Fremmødt",
    Measure.OPENED: "Åbnet",
    Measure.CONCLUDED: "Afsluttet",
    Measure.KEPT: "Frist overholdt",
    Measure.REQUESTS: "Forespørgsler",
    Measure.MET_IN_TIME: "Opfyldt til tiden",
    Measure.SESSIONS: "Samtaler",
    Measure.MINUTES: "Minutter",
    Measure.ARRIVALS: "Ankomster",
    Measure.SERVED: "Betjent",
    Measure.NO_SHOWS: "Ikke mødt",
    Measure.CALLED: "Kaldt",
    Measure.CALLED_IN_TIME: "Kaldt inden for målet",
    Measure.WAIT_SECONDS: "Samlet ventetid (sek.)",
    Measure.IN_COURSE: "I forløb",
    Measure.ON_TRACK: "På sporet",
    Measure.EXEMPTED: "Fritaget",
}

# Each section's measures, in the order the dashboard and the export show them.
MEASURES: dict[Section, tuple[Measure, ...]] = {
    Section.REGISTRATION: (Measure.VISITS,),
    Section.VISITATION: (Measure.DECISIONS, Measure.DEPARTED),
    Section.REFERRAL: (Measure.REFERRALS, Measure.RE_REFERRALS),
    Section.MEETING: (Measure.BOOKED, Measure.CANCELLED, Measure.ATTENDED, Measure.ABSENT),
    Section.HEARING: (Measure.OPENED, Measure.CONCLUDED, Measure.KEPT),
    Section.JOB_REFERRAL: (Measure.REFERRALS,),
    Section.KVIK: (Measure.REQUESTS, Measure.MET_IN_TIME),
    Section.ADVICE: (Measure.SESSIONS, Measure.MINUTES),
    Section.CONTACT_COURSE: (Measure.IN_COURSE, Measure.ON_TRACK, Measure.EXEMPTED),
    Section.QUEUE: (
        Measure.ARRIVALS,
        Measure.SERVED,
        Measure.NO_SHOWS,
        Measure.CANCELLED,
        Measure.CALLED,
        Measure.CALLED_IN_TIME,
        Measure.WAIT_SECONDS,
    ),
}


class FiguresOrigin(StrEnum):
    """Where the figures were computed."""

    SERVER = "server"  # every site asked for, from what the workstations synced
    LOCAL = "local"  # the desk's own store, its own site only (offline)


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One count: `value` of `measure` in `section` for one day, site, unit, staff member
    and breakdown. Flat on purpose: a table row, a chart point and an export line."""

    section: Section
    measure: Measure
    day: dt.date  # Copenhagen calendar day (the queue's service day)
    site_code: str  # MUS, SKB, NYR
    unit: str  # see the section's description; "" where the section has no unit
    staff_id: str | None  # None: summed over staff; "": no staff member named
    group: str  # e.g. the scheme of a category, the kind of meeting; "" if none
    breakdown: str  # e.g. support basis, category, target, outcome, topic; "" if none
    value: int


@dataclass(frozen=True, slots=True)
class Targets:
    """The targets the dashboard draws beside the figures (plain numbers)."""

    # Kvikservice: the share of requests to be met within their due time (the same
    # clock time the next working day: "within a day", agreement of 2009).
    kvik_met_share: float = 1.0
    kvik_due_working_days: int = 1
    # The queue's thresholds: the supervisor's overview turns yellow when a queue's
    # longest wait passes `queue_warn_minutes`, red past `queue_limit_minutes`.
    queue_warn_minutes: int = 10
    queue_limit_minutes: int = 15
    # The queue's service level counts tickets first called within this many minutes.
    queue_service_level_minutes: int = 15
    # A hearing's deadline is kept when it is concluded at most this many calendar
    # days after the citizen's deadline ran out (0: on the deadline day itself).
    hearing_conclusion_days: int = 7
    # The contact course: the share of citizens in the course to be on track (the rule in
    # force on the course figures' day; 75 % from 2027).
    contact_course_share: float = 0.75


@dataclass(frozen=True, slots=True)
class StaffLabel:
    staff_id: str
    initials: str
    name: str


@dataclass(frozen=True, slots=True)
class ProductionFigures:
    """The production figures of `sites` from `period_start` to `period_end` (both
    included), computed at `computed_at` by `origin`."""

    period_start: dt.date
    period_end: dt.date
    sites: tuple[str, ...]
    per_staff: bool
    origin: FiguresOrigin
    computed_at: dt.datetime
    rows: tuple[FigureRow, ...]
    targets: Targets = field(default_factory=Targets)
    # The staff members named in `rows` (per_staff only), for their initials and names.
    staff: tuple[StaffLabel, ...] = ()

    def of(self, section: Section, measure: Measure | None = None) -> tuple[FigureRow, ...]:
        return tuple(
            r
            for r in self.rows
            if r.section is section and (measure is None or r.measure is measure)
        )

    def total(
        self,
        section: Section,
        measure: Measure,
        *,
        day: dt.date | None = None,
        site_code: str | None = None,
        unit: str | None = None,
        staff_id: str | None = None,
        group: str | None = None,
        breakdown: str | None = None,
    ) -> int:
        """The sum of `measure` over the rows matching every filter given (0 if none)."""
        return sum(
            r.value
            for r in self.rows
            if r.section is section
            and r.measure is measure
            and (day is None or r.day == day)
            and (site_code is None or r.site_code == site_code)
            and (unit is None or r.unit == unit)
            and (staff_id is None or r.staff_id == staff_id)
            and (group is None or r.group == group)
            and (breakdown is None or r.breakdown == breakdown)
        )


class ProductionFiguresSource(Protocol):
    """Computes production figures (the server's for every site; the desk's own store
    for its own site when offline). `sites` empty: every site the source holds.
    Raises KnownError when it cannot."""

    def production_figures(
        self,
        period_start: dt.date,
        period_end: dt.date,
        sites: Sequence[str],
        per_staff: bool,
    ) -> ProductionFigures: ...
