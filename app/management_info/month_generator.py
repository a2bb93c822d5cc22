"""A month of desk activity at the three sites, made through the real commands, with its
production figures known by construction.

Every visit, ticket, categorisation, referral, meeting booking, absence, hearing,
job-shop referral, kvikservice request and advice session is one command envelope
(the same catalogue the desk and the server run), issued at a chosen moment by one
of the site's staff. As it emits each command, the generator counts what the
command will count in the production figures (`Expected`): the figures computed
from the store afterwards must equal these counts, number for number.

`execute` runs a batch of envelopes in one transaction: the desk's
`CommandBus.execute` in the tests, the server's own apply in the benchmark.
Commands are emitted in the order their effects depend on, and the generator
keeps track of what the rules will do with them (the case's anchor, the hearing's
site and deadline), so it never asks for a refusal.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from app.clock import COPENHAGEN
from app.commands.envelope import CommandEnvelope
from app.demo_population import generate_citizens
from app.entities import Citizen, SupportBasis
from app.jobshop.working_days import is_working_day, kvik_due, next_working_day
from app.management_info.figures import Measure, Section, Targets
from app.ports import UnitOfWork
from app.reference_data.referral_targets import referral_targets
from app.visitation.schemes import Scheme, choose_scheme
from app.visitation.target_groups import target_group_for
from app.visitation.targets import HOME_TARGET, Placement, ReferralTarget, Unit, resolve_unit

Execute = Callable[[Sequence[CommandEnvelope]], object]
UowFactory = Callable[[], UnitOfWork]
# (section, measure, day, site, unit, staff, group, breakdown): staff "" = none named
ExpectedKey = tuple[Section, Measure, dt.date, str, str, str, str, str]

SITES = ("MUS", "SKB", "NYR")
OPENS = dt.time(8, 0)
OPEN_SECONDS = 6 * 3600
WAIT_TARGET = dt.timedelta(minutes=Targets().queue_service_level_minutes)

# The reason for the visit, by the citizen's support basis (weights).
_SERVICES: dict[SupportBasis, tuple[tuple[str, int], ...]] = {
    SupportBasis.CASH_BENEFIT: (
        ("primaervisitation", 5),
        ("jobbutik", 2),
        ("ydelsesservice", 2),
        ("aaben_raadgivning", 1),
        ("aftale", 1),
    ),
    SupportBasis.INSURED: (("jobbutik", 4), ("aaben_raadgivning", 2), ("aftale", 2)),
    SupportBasis.SICKNESS_BENEFIT: (("sygedagpenge", 4), ("aaben_raadgivning", 1)),
    SupportBasis.EMPLOYED: (("aaben_raadgivning", 3), ("jobbutik", 2)),
    SupportBasis.STUDENT: (("aaben_raadgivning", 3), ("jobbutik", 1)),
    SupportBasis.OTHER: (("aaben_raadgivning", 2), ("jobbutik", 1)),
}
_BASES = (
    (SupportBasis.CASH_BENEFIT, 40),
    (SupportBasis.INSURED, 30),
    (SupportBasis.SICKNESS_BENEFIT, 10),
    (SupportBasis.EMPLOYED, 10),
    (SupportBasis.STUDENT, 5),
    (SupportBasis.OTHER, 5),
)
_TOPICS = ("job", "uddannelse", "handicap", "etniske_minoriteter", "ligestilling", "eures", "andet")
_OUTCOMES = ("", "applied", "interview", "hired", "not_hired", "not_relevant")
_TRADE_AREAS = ("butik_handel_kontor", "industri_lager_transport_service", "sosu", "andet")


@dataclass
class Expected:
    """What the generated activity counts in the production figures."""

    counts: Counter[ExpectedKey] = field(default_factory=Counter)
    visits: int = 0
    commands: int = 0

    def add(
        self,
        section: Section,
        measure: Measure,
        day: dt.date,
        site: str,
        unit: str,
        staff: str,
        group: str = "",
        breakdown: str = "",
        value: int = 1,
    ) -> None:
        if value:
            self.counts[(section, measure, day, site, unit, staff, group, breakdown)] += value

    def rows(
        self,
        first: dt.date,
        last: dt.date,
        *,
        sites: Iterable[str] = (),
        per_staff: bool = False,
    ) -> dict[tuple[Section, Measure, dt.date, str, str, str | None, str, str], int]:
        """The expected counts of the days first–last at `sites` (all: empty), keyed as
        the figures' rows (staff None when not per staff)."""
        wanted = set(sites)
        out: Counter[tuple[Section, Measure, dt.date, str, str, str | None, str, str]] = Counter()
        for (section, measure, day, site, unit, staff, group, breakdown), n in self.counts.items():
            if first <= day <= last and (not wanted or site in wanted):
                who = staff if per_staff else None
                out[(section, measure, day, site, unit, who, group, breakdown)] += n
        return dict(out)


def _local(day: dt.date, seconds: float) -> dt.datetime:
    start = dt.datetime.combine(day, OPENS, tzinfo=COPENHAGEN)
    return (start + dt.timedelta(seconds=seconds)).astimezone(dt.UTC)


@dataclass
class _Site:
    code: str
    front: str  # the receptionist
    counsellor: str
    workstation: str
    vacancies: list[tuple[str, str]] = field(default_factory=list)  # (id, trade area)
    companies: list[str] = field(default_factory=list)
    sessions: dict[dt.date, tuple[str, dt.datetime]] = field(default_factory=dict)


class MonthGenerator:
    def __init__(
        self,
        uow_factory: UowFactory,
        execute: Execute,
        *,
        first_day: dt.date,
        days: int,
        visits_per_day: int,
        seed: int = 2026,
        sites: Sequence[str] = SITES,
        citizens: int | None = None,
        now: dt.datetime | None = None,
    ) -> None:
        self._uow_factory = uow_factory
        self._execute = execute
        self.first_day = first_day
        self.last_day = first_day + dt.timedelta(days=days - 1)
        self._visits_per_day = visits_per_day
        self._rng = random.Random(seed)
        self._site_codes = tuple(sites)
        self._citizen_count = citizens
        self.expected = Expected()
        # A meeting counts as attended once it has begun (as the figures count it): one
        # generated for later today is booked, not yet attended.
        self._now = now or dt.datetime.now(dt.UTC)
        self._anchor: dict[str, Unit] = {}
        self._moved: set[str] = set()  # citizens whose anchor moved (once is enough here)
        self._hearing_open: set[str] = set()  # an open hearing: its site must stay put
        self._referred: set[tuple[str, str]] = set()  # (vacancy, citizen)
        self._booked: set[tuple[str, str]] = set()  # (meeting, citizen)
        # Registrations wait for their target group until every decision is known: a
        # decision at another site may be generated after a later visit.
        self._registered: list[tuple[dt.date, str, str, str, str, str, dt.datetime]] = []
        self._decided: dict[str, list[tuple[dt.datetime, str]]] = {}

    # --- envelopes ----------------------------------------------------------------------
    def _id(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def _env(
        self, name: str, args: dict[str, object], site: _Site, staff: str, at: dt.datetime
    ) -> CommandEnvelope:
        return CommandEnvelope(
            name=name,
            version=1,
            args=dict(args),
            workstation_id=site.workstation,
            site_code=site.code,
            staff_id=staff,
            command_id=self._id(),
            issued_at=at.isoformat(),
        )

    def _run(self, envelopes: Sequence[CommandEnvelope]) -> None:
        if envelopes:
            self._execute(envelopes)
            self.expected.commands += len(envelopes)

    # --- the month ----------------------------------------------------------------------
    def generate(self) -> Expected:
        with self._uow_factory() as uow:
            staff = list(uow.reference.staff())
            self._all_sites = list(uow.reference.sites())
            self._closed_days = uow.jobshop.rules().closed_days
            self._schemes = list(uow.visitation.schemes())
            self._targets: dict[dt.date, Sequence[ReferralTarget]] = {}
            for day in self._days(extra=1):
                self._targets[day] = referral_targets(uow, day)
        sites = []
        for code in self._site_codes:
            of_site = [s for s in staff if s.site_code == code]
            front = next(s.id for s in of_site if s.role == "receptionist")
            counsellor = next(s.id for s in of_site if s.role == "counsellor")
            sites.append(_Site(code, front, counsellor, self._id()))
        self._sites = sites
        self._prepare()
        for day in self._days():
            for site in sites:
                self._day(site, day)
        self._count_registrations()
        return self.expected

    def _count_registrations(self) -> None:
        """Each visit by its target group: the seed's rules on the visit's day, from the
        support basis and the latest category decided before the visit."""
        for day, site, service, staff, basis, citizen, at in self._registered:
            earlier = [d for d in self._decided.get(citizen, ()) if d[0] <= at]
            latest = max(earlier)[1] if earlier else None
            group = target_group_for(basis, latest, day)
            self.expected.add(
                Section.REGISTRATION,
                Measure.VISITS,
                day,
                site,
                service,
                staff,
                group.code if group else "",
                basis,
            )

    def _days(self, extra: int = 0) -> list[dt.date]:
        days = []
        day = self.first_day
        while day <= self.last_day + dt.timedelta(days=extra * 7):
            if is_working_day(day, getattr(self, "_closed_days", ())):
                days.append(day)
            day += dt.timedelta(days=1)
        return days

    def _prepare(self) -> None:
        """The citizens, the companies and their vacancies, and the group meetings."""
        total = self._citizen_count or max(
            60, len(self._days()) * len(self._sites) * self._visits_per_day // 5
        )
        before = _local(self.first_day, -3600)
        people: list[Citizen] = []
        batch: list[CommandEnvelope] = []
        first = self._sites[0]
        for person in generate_citizens(
            total, seed=self._rng.randrange(1 << 30), today=before.date()
        ):
            basis = self._pick(_BASES)
            citizen_args: dict[str, object] = {
                "citizen_id": person.id,
                "cpr": person.cpr,
                "given_name": person.given_name,
                "family_name": person.family_name,
                "support_basis": basis.value,
            }
            if basis is SupportBasis.INSURED:
                citizen_args["a_kasse"] = "3F"
            batch.append(self._env("register_citizen", citizen_args, first, first.front, before))
            people.append(
                Citizen(
                    id=person.id,
                    cpr=person.cpr,
                    given_name=person.given_name,
                    family_name=person.family_name,
                    support_basis=basis,
                )
            )
            if len(batch) >= 500:
                self._run(batch)
                batch = []
        self._run(batch)
        self._people = people
        batch = []
        for site in self._sites:
            for i, area in enumerate(_TRADE_AREAS):
                company = self._id()
                site.companies.append(company)
                batch.append(
                    self._env(
                        "register_company",
                        {
                            "company_id": company,
                            "name": f"Virksomhed {site.code} {i + 1}",
                            "cvr": "",
                            "responsible_staff_id": site.counsellor,
                        },
                        site,
                        site.counsellor,
                        before,
                    )
                )
                vacancy = self._id()
                site.vacancies.append((vacancy, area))
                batch.append(
                    self._env(
                        "create_vacancy",
                        {
                            "vacancy_id": vacancy,
                            "company_id": company,
                            "title": f"Medarbejder {i + 1}",
                            "trade_area": area,
                            "place": "København",
                            "deadline": (self.last_day + dt.timedelta(days=60)).isoformat(),
                            "positions": 999,
                            "contact_staff_id": site.counsellor,
                        },
                        site,
                        site.counsellor,
                        before,
                    )
                )
            for day in self._days(extra=1):
                session = self._id()
                starts = _local(day, 3600)  # 09:00
                site.sessions[day] = (session, starts)
                batch.append(
                    self._env(
                        "schedule_group_meeting",
                        {
                            "session_id": session,
                            "kind": "jobmoede",
                            "site_code": site.code,
                            "room": "Mødelokale 1",
                            "starts_at": starts.isoformat(),
                            "capacity": 500,
                        },
                        site,
                        site.front,
                        before,
                    )
                )
        self._run(batch)

    def _pick(self, weighted: Sequence[tuple[SupportBasis, int]]) -> SupportBasis:
        return self._rng.choices([w[0] for w in weighted], [w[1] for w in weighted])[0]

    # --- one day at one site --------------------------------------------------------------
    def _day(self, site: _Site, day: dt.date) -> None:
        n = self._visits_per_day
        step = OPEN_SECONDS / max(n, 1)
        scheme = choose_scheme(self._schemes, day)
        for i in range(n):
            self._visit(site, day, i, _local(day, i * step), scheme)
        for i in range(3):
            self._kvik(site, day, _local(day, 2 * 3600 + i * 3600))

    def _visit(
        self, site: _Site, day: dt.date, sequence: int, at: dt.datetime, scheme: Scheme
    ) -> None:
        rng, x = self._rng, self.expected
        citizen = rng.choice(self._people)
        basis = citizen.support_basis
        services = _SERVICES[basis]
        service = rng.choices([s[0] for s in services], [s[1] for s in services])[0]
        visit, ticket = self._id(), self._id()
        counsellor_desk = service in ("aaben_raadgivning", "jobbutik")
        caller = site.counsellor if counsellor_desk else site.front
        counter = 2 if counsellor_desk else 1
        batch = [
            self._env(
                "start_visit",
                {"visit_id": visit, "citizen_id": citizen.id, "service_code": service},
                site,
                site.front,
                at,
            ),
            self._env(
                "issue_ticket",
                {"ticket_id": ticket, "visit_id": visit, "series": 1, "sequence": sequence + 1},
                site,
                site.front,
                at,
            ),
        ]
        x.visits += 1
        self._registered.append((day, site.code, service, site.front, basis, citizen.id, at))
        wait = dt.timedelta(seconds=rng.randrange(30, 1800))
        called_at = at + wait
        fate = rng.random()
        q = (day, site.code, service)
        if fate < 0.06:  # gave up waiting: cancelled at the counter, never called
            batch.append(
                self._env("cancel_ticket", {"ticket_id": ticket}, site, site.front, called_at)
            )
            x.add(Section.QUEUE, Measure.ARRIVALS, *q, "")
            x.add(Section.QUEUE, Measure.CANCELLED, *q, "")
            self._run(batch)
            return
        batch.append(
            self._env(
                "call_ticket",
                {"ticket_id": ticket, "counter_number": counter},
                site,
                caller,
                called_at,
            )
        )
        for measure in (Measure.ARRIVALS, Measure.CALLED):
            x.add(Section.QUEUE, measure, *q, caller)
        x.add(Section.QUEUE, Measure.WAIT_SECONDS, *q, caller, value=int(wait.total_seconds()))
        if wait <= WAIT_TARGET:
            x.add(Section.QUEUE, Measure.CALLED_IN_TIME, *q, caller)
        if fate < 0.14:  # did not come to the counter
            later = called_at + dt.timedelta(minutes=2)
            batch.append(self._env("mark_no_show", {"ticket_id": ticket}, site, caller, later))
            x.add(Section.QUEUE, Measure.NO_SHOWS, *q, caller)
            self._run(batch)
            return
        serving = called_at + dt.timedelta(seconds=20)
        done = serving + dt.timedelta(minutes=rng.randrange(3, 15))
        batch.append(self._env("start_serving", {"ticket_id": ticket}, site, caller, serving))
        batch.append(self._env("finish_ticket", {"ticket_id": ticket}, site, caller, done))
        x.add(Section.QUEUE, Measure.SERVED, *q, caller)
        self._run(batch)
        if service == "primaervisitation":
            self._visitation(site, day, citizen, visit, caller, done, scheme)
        elif service == "aaben_raadgivning":
            self._advice(site, day, citizen, ticket, caller, done)
        elif service == "jobbutik" and rng.random() < 0.5:
            self._job_referral(site, day, citizen, caller, done)

    def _visitation(
        self,
        site: _Site,
        day: dt.date,
        citizen: Citizen,
        visit: str,
        staff: str,
        at: dt.datetime,
        scheme: Scheme,
    ) -> None:
        rng, x = self._rng, self.expected
        answers = scheme.default_answers() | {
            q.key: q.options[0].value for q in scheme.questions if q.default is None
        }
        if scheme.question("kan_tage_job") is not None:
            answers["kan_tage_job"] = rng.choice(("ja", "nej"))
        suggested = scheme.suggest(scheme.check_answers(answers))
        category = suggested or scheme.categories[0].code
        reason = ""
        if suggested is not None and rng.random() < 0.15:
            others = [c.code for c in scheme.categories if c.code != suggested]
            category, reason = rng.choice(others), "Vurderet anderledes efter samtalen."
        args: dict[str, object] = {
            "decision_id": self._id(),
            "visitation_id": visit,
            "citizen_id": citizen.id,
            "scheme_code": scheme.code,
            "scheme_version": scheme.version,
            "answers": answers,
            "category": category,
            "reason": reason,
        }
        batch = [self._env("record_categorisation", args, site, staff, at)]
        self._decided.setdefault(citizen.id, []).append((at, category))
        self._anchor.setdefault(citizen.id, Unit(HOME_TARGET, site.code))
        key = (day, site.code, "", staff, scheme.code, category)
        x.add(Section.VISITATION, Measure.DECISIONS, *key)
        if suggested is not None and category != suggested:
            x.add(Section.VISITATION, Measure.DEPARTED, *key)
        if rng.random() < 0.6:
            batch += self._referral(site, day, citizen, staff, at + dt.timedelta(minutes=1))
        self._run(batch)
        if category == "jobparat" and rng.random() < 0.8:
            self._meeting(site, day, citizen, staff, at + dt.timedelta(minutes=2))

    def _referral(
        self, site: _Site, day: dt.date, citizen: Citizen, staff: str, at: dt.datetime
    ) -> list[CommandEnvelope]:
        rng, x = self._rng, self.expected
        targets = [t for t in self._targets[day] if t.selectable]
        target = rng.choice(targets)
        chosen = ""
        if target.placement not in (Placement.OUTSIDE, Placement.OWN_SITE, Placement.SPECIALIST):
            chosen = rng.choice(self._site_codes)  # a unit at every site: the counsellor picks
        to_unit = resolve_unit(
            target, self._all_sites, referring_site=site.code, chosen_site=chosen
        )
        anchor = self._anchor[citizen.id]
        move = (
            target.can_anchor
            and citizen.id not in self._moved
            and citizen.id not in self._hearing_open
            and anchor != to_unit
            and rng.random() < 0.5
        )
        args: dict[str, object] = {
            "referral_id": self._id(),
            "citizen_id": citizen.id,
            "target": target.code,
            "move_anchor": move,
            "note": "",
        }
        if chosen:
            args["target_site"] = chosen
        key = (day, site.code, anchor.target, staff, to_unit.site_code, to_unit.target)
        x.add(Section.REFERRAL, Measure.REFERRALS, *key)
        if move:
            x.add(Section.REFERRAL, Measure.RE_REFERRALS, *key)
            self._moved.add(citizen.id)
            self._anchor[citizen.id] = to_unit
        return [self._env("refer_citizen", args, site, staff, at)]

    def _meeting(
        self, site: _Site, day: dt.date, citizen: Citizen, staff: str, at: dt.datetime
    ) -> None:
        rng, x = self._rng, self.expected
        meeting_day = next_working_day(day, self._closed_days)
        session, starts = site.sessions[meeting_day]
        if (session, citizen.id) in self._booked:
            return  # one seat per citizen and meeting
        self._booked.add((session, citizen.id))
        booking = self._id()
        batch = [
            self._env(
                "book_group_meeting",
                {"booking_id": booking, "session_id": session, "citizen_id": citizen.id},
                site,
                staff,
                at,
            )
        ]
        key = (meeting_day, site.code, "", staff, "jobmoede", "")
        fate = rng.random()
        if fate < 0.1:
            batch.append(
                self._env(
                    "cancel_group_meeting_booking",
                    {"booking_id": booking},
                    site,
                    staff,
                    at + dt.timedelta(hours=1),
                )
            )
            x.add(Section.MEETING, Measure.CANCELLED, *key)
            self._run(batch)
            return
        x.add(Section.MEETING, Measure.BOOKED, *key)
        if fate >= 0.3 or citizen.id in self._hearing_open:
            if starts < self._now:
                x.add(Section.MEETING, Measure.ATTENDED, *key)
            self._run(batch)
            return
        # Absent: the absence is registered the afternoon of the meeting; a hearing opens.
        x.add(Section.MEETING, Measure.ABSENT, *key)
        absence_at = starts + dt.timedelta(hours=6)
        hearing = self._id()
        batch.append(
            self._env(
                "register_absence",
                {
                    "follow_up_id": hearing,
                    "citizen_id": citizen.id,
                    "missed_on": meeting_day.isoformat(),
                    "booking_id": booking,
                },
                site,
                site.front,
                absence_at,
            )
        )
        anchor = self._anchor.setdefault(citizen.id, Unit(HOME_TARGET, site.code))
        hearing_site = anchor.site_code or site.code
        x.add(Section.HEARING, Measure.OPENED, meeting_day, hearing_site, "", "")
        scheme = choose_scheme(self._schemes, meeting_day)
        due = meeting_day + dt.timedelta(days=scheme.deadlines.hearing_days)
        fate = rng.random()
        if fate < 0.2:  # still open
            self._hearing_open.add(citizen.id)
            self._run(batch)
            return
        if fate < 0.45:
            outcome, reason = "rimelig_grund", "Borgeren var syg."
            closed = absence_at + dt.timedelta(days=2)
        else:
            outcome, reason = "indstilling_sendt", ""
            closed = _local(due + dt.timedelta(days=rng.randrange(1, 12)), 2 * 3600)
        batch.append(
            self._env(
                "conclude_hearing",
                {"follow_up_id": hearing, "outcome": outcome, "reason": reason},
                site,
                site.counsellor,
                closed,
            )
        )
        closed_day = closed.astimezone(COPENHAGEN).date()
        key = (closed_day, hearing_site, "", site.counsellor, "", outcome)
        x.add(Section.HEARING, Measure.CONCLUDED, *key)
        if closed_day <= due + dt.timedelta(days=Targets().hearing_conclusion_days):
            x.add(Section.HEARING, Measure.KEPT, *key)
        self._run(batch)

    def _advice(
        self, site: _Site, day: dt.date, citizen: Citizen, ticket: str, staff: str, at: dt.datetime
    ) -> None:
        topic = self._rng.choice(_TOPICS)
        minutes = self._rng.randrange(5, 45)
        args: dict[str, object] = {
            "session_id": self._id(),
            "citizen_id": citizen.id,
            "topic": topic,
            "minutes": minutes,
            "ticket_id": ticket,
        }
        self._run([self._env("log_advice_session", args, site, staff, at)])
        key = (day, site.code, "", staff, "", topic)
        self.expected.add(Section.ADVICE, Measure.SESSIONS, *key)
        self.expected.add(Section.ADVICE, Measure.MINUTES, *key, value=minutes)

    def _job_referral(
        self, site: _Site, day: dt.date, citizen: Citizen, staff: str, at: dt.datetime
    ) -> None:
        vacancy, area = self._rng.choice(site.vacancies)
        if (vacancy, citizen.id) in self._referred:
            return
        self._referred.add((vacancy, citizen.id))
        referral = self._id()
        batch = [
            self._env(
                "refer_to_vacancy",
                {"referral_id": referral, "vacancy_id": vacancy, "citizen_id": citizen.id},
                site,
                staff,
                at,
            )
        ]
        outcome = self._rng.choice(_OUTCOMES)
        if outcome:
            batch.append(
                self._env(
                    "record_referral_outcome",
                    {"referral_id": referral, "outcome": outcome},
                    site,
                    staff,
                    at + dt.timedelta(days=1),
                )
            )
        self._run(batch)
        key = (day, site.code, area, staff, "", outcome or "pending")
        self.expected.add(Section.JOB_REFERRAL, Measure.REFERRALS, *key)

    def _kvik(self, site: _Site, day: dt.date, at: dt.datetime) -> None:
        rng = self._rng
        request = self._id()
        area = rng.choice(_TRADE_AREAS)
        staff = site.counsellor
        batch = [
            self._env(
                "open_kvik_request",
                {
                    "request_id": request,
                    "company_id": rng.choice(site.companies),
                    "trade_area": area,
                    "positions": 2,
                    "description": "Akut behov for medarbejdere.",
                },
                site,
                staff,
                at,
            )
        ]
        due = kvik_due(at, self._closed_days)
        fate = rng.random()
        status, met = "open", False
        if fate < 0.65:
            status, met, closed = "fulfilled", True, at + dt.timedelta(hours=3)
        elif fate < 0.8:
            status, closed = "fulfilled", due + dt.timedelta(hours=2)
        elif fate < 0.9:
            status, closed = "cancelled", at + dt.timedelta(hours=1)
        if status != "open":
            batch.append(
                self._env(
                    "close_kvik_request",
                    {"request_id": request, "status": status},
                    site,
                    staff,
                    closed,
                )
            )
        self._run(batch)
        key = (day, site.code, area, staff, "")
        self.expected.add(Section.KVIK, Measure.REQUESTS, *key, status)
        if met:
            self.expected.add(Section.KVIK, Measure.MET_IN_TIME, *key, "")


def generate_month(
    uow_factory: UowFactory,
    execute: Execute,
    *,
    first_day: dt.date,
    days: int,
    visits_per_day: int,
    seed: int = 2026,
    sites: Sequence[str] = SITES,
    citizens: int | None = None,
    now: dt.datetime | None = None,
) -> Expected:
    """Generate `days` days from `first_day` (working days only) at `sites`, with
    `visits_per_day` visits per site and working day, through the commands. `now` is the
    moment the figures will be read at (a meeting not begun by then is not attended)."""
    return MonthGenerator(
        uow_factory,
        execute,
        first_day=first_day,
        days=days,
        visits_per_day=visits_per_day,
        seed=seed,
        sites=sites,
        citizens=citizens,
        now=now,
    ).generate()
