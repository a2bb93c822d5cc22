"""What the job shop records: vacancies, referrals to them, companies and their
contacts, kvikservice requests and open-advice sessions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class TradeArea:
    """A trade area (branche); the list is configuration (resources/seed/jobshop.json)."""

    code: str
    label_da: str
    label_en: str
    sort_order: int = 0


class VacancyStatus(StrEnum):
    OPEN = "open"
    FILLED = "filled"
    EXPIRED = "expired"

    @property
    def label_da(self) -> str:
        return {"open": "Ledig", "filled": "Besat", "expired": "Udløbet"}[self.value]


class VacancyChannel(StrEnum):
    """How the order came in: at a desk, by the phone entrance, or from a file."""

    DESK = "skranke"
    PHONE = "telefon"
    FILE = "fil"

    @property
    def label_da(self) -> str:
        return {"skranke": "Skranke", "telefon": "Telefon", "fil": "Fil"}[self.value]


@dataclass(frozen=True, slots=True)
class Vacancy:
    """A job order (jobordre), visible to all staff at all sites. It lands at the job shop
    of the site answering for its trade area (`responsible_site`), where someone takes it."""

    id: str
    company_id: str
    company_name: str  # as the company was called when the order came in (search reads it)
    title: str
    trade_area: str
    place: str
    hours: str  # "37 t/uge", "deltid 20 t", "aften/weekend"
    requirements: str
    deadline: dt.date
    positions: int
    contact_staff_id: str
    status: VacancyStatus
    created_at: dt.datetime
    created_by: str
    site_code: str
    source_ref: str = ""  # the importing file's own id for the order (re-import is refused)
    channel: VacancyChannel = VacancyChannel.DESK
    responsible_site: str = ""  # "" (orders from before the distribution): the taking site
    picked_up_at: dt.datetime | None = None
    picked_up_by: str = ""

    @property
    def lands_at(self) -> str:
        return self.responsible_site or self.site_code

    def status_on(self, today: dt.date) -> VacancyStatus:
        """An open order past its deadline counts as expired without anyone touching it."""
        if self.status is VacancyStatus.OPEN and self.deadline < today:
            return VacancyStatus.EXPIRED
        return self.status


class ReferralOutcome(StrEnum):
    PENDING = "pending"
    APPLIED = "applied"
    INTERVIEW = "interview"
    HIRED = "hired"
    NOT_HIRED = "not_hired"
    NOT_RELEVANT = "not_relevant"

    @property
    def label_da(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    ReferralOutcome.PENDING: "Afventer svar",
    ReferralOutcome.APPLIED: "Har søgt",
    ReferralOutcome.INTERVIEW: "Til samtale",
    ReferralOutcome.HIRED: "Ansat",
    ReferralOutcome.NOT_HIRED: "Ikke ansat",
    ReferralOutcome.NOT_RELEVANT: "Ikke relevant",
}


@dataclass(frozen=True, slots=True)
class JobReferral:
    """A citizen sent to a concrete vacancy (henvisning til job); the outcome comes later."""

    id: str
    vacancy_id: str
    citizen_id: str
    referred_at: dt.datetime
    staff_id: str
    site_code: str
    note: str
    outcome: ReferralOutcome = ReferralOutcome.PENDING
    outcome_at: dt.datetime | None = None
    outcome_by: str = ""
    outcome_note: str = ""


@dataclass(frozen=True, slots=True)
class Company:
    id: str
    name: str
    cvr: str  # eight digits, or "" when not known yet
    responsible_staff_id: str  # the one consultant who owns the contact
    phone: str
    created_at: dt.datetime
    created_by: str


class ContactSubject(StrEnum):
    JOB_ORDER = "jobordre"
    KVIKSERVICE = "kvikservice"
    RECRUITMENT = "rekruttering"
    FOLLOW_UP = "opfoelgning"
    LAYOFF_NOTICE = "varsling"
    PARTNERSHIP = "samarbejde"
    OTHER = "andet"

    @property
    def label_da(self) -> str:
        return _SUBJECT_LABELS[self]


_SUBJECT_LABELS = {
    ContactSubject.JOB_ORDER: "Jobordre",
    ContactSubject.KVIKSERVICE: "Kvikservice",
    ContactSubject.RECRUITMENT: "Rekruttering og opkvalificering",
    ContactSubject.FOLLOW_UP: "Opfølgning på ansættelse",
    ContactSubject.LAYOFF_NOTICE: "Varsling af afskedigelser",
    ContactSubject.PARTNERSHIP: "Samarbejdsaftale",
    ContactSubject.OTHER: "Andet",
}


@dataclass(frozen=True, slots=True)
class CompanyContact:
    id: str
    company_id: str
    staff_id: str
    site_code: str
    contacted_at: dt.datetime
    subject: ContactSubject
    channel: str  # telefon, e-mail, besøg, møde
    note: str
    warned: bool  # the desk showed a colleague's recent contact on the same subject first


class KvikStatus(StrEnum):
    OPEN = "open"
    FULFILLED = "fulfilled"
    CANCELLED = "cancelled"

    @property
    def label_da(self) -> str:
        return {"open": "Åben", "fulfilled": "Opfyldt", "cancelled": "Annulleret"}[self.value]


@dataclass(frozen=True, slots=True)
class KvikRequest:
    """A company's request through the kvikservice hotline: candidates within a day."""

    id: str
    company_id: str
    trade_area: str
    positions: int
    description: str
    received_at: dt.datetime
    due_at: dt.datetime
    staff_id: str
    site_code: str
    status: KvikStatus = KvikStatus.OPEN
    closed_at: dt.datetime | None = None
    closed_by: str = ""


@dataclass(frozen=True, slots=True)
class KvikCandidate:
    id: str
    request_id: str
    citizen_id: str
    sent_at: dt.datetime
    staff_id: str
    site_code: str
    note: str


class AdviceTopic(StrEnum):
    JOB = "job"
    EDUCATION = "uddannelse"
    DISABILITY = "handicap"
    ETHNIC_MINORITIES = "etniske_minoriteter"
    GENDER_EQUALITY = "ligestilling"
    EURES = "eures"
    OTHER = "andet"

    @property
    def label_da(self) -> str:
        return _TOPIC_LABELS[self]


_TOPIC_LABELS = {
    AdviceTopic.JOB: "Job og jobsøgning",
    AdviceTopic.EDUCATION: "Uddannelse",
    AdviceTopic.DISABILITY: "Handicap",
    AdviceTopic.ETHNIC_MINORITIES: "Etniske minoriteter",
    AdviceTopic.GENDER_EQUALITY: "Ligestilling",
    AdviceTopic.EURES: "EURES (arbejde i EU)",
    AdviceTopic.OTHER: "Andet",
}


@dataclass(frozen=True, slots=True)
class AdviceSession:
    """One open-advice conversation; the citizen is optional (people who only ask)."""

    id: str
    citizen_id: str | None
    topic: AdviceTopic
    minutes: int
    outcome: str
    referred_to: str  # where the counsellor sent them, in words ("" = nowhere)
    ticket_id: str | None  # the advice-queue ticket it served, if any
    staff_id: str
    site_code: str
    held_at: dt.datetime


@dataclass(frozen=True, slots=True)
class JobshopRules:
    contact_warning_days: int = 14  # a colleague's contact on the same subject warns this long
    kvik_visit_window_days: int = 30  # "came to reception": a visit within this many days
    closed_days: tuple[str, ...] = ("12-24", "12-31", "06-05")  # MM-DD besides public holidays
