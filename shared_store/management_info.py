"""Production figures computed by aggregate SQL: the same queries on SQLite and PostgreSQL.

Moments are stored as ISO-8601 text in UTC (`UtcDateTime`), so each query groups by
the moment's first 13 characters, the UTC hour ("2026-11-02T09"); Copenhagen is a
whole number of hours from UTC, so every UTC hour lies in one Copenhagen day, and
the hours are folded into days here (a few hundred groups, not one row per record).
Periods are compared as text too: the bounds are the UTC moments of the Copenhagen
midnights, written as `UtcDateTime` writes them.

The one expression that differs by dialect is the queue's wait in seconds (first call
− arrival), which needs date arithmetic on the stored text.

`SqlProductionFigures` is the `ProductionFiguresSource` of a store: the server's
(every site) and the desk's own (its site, offline). See
app/management_info/figures.py for what each figure counts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Select, String, case, func, literal_column, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import ColumnElement

from app.clock import COPENHAGEN
from app.management_info.figures import (
    FigureRow,
    FiguresOrigin,
    Measure,
    ProductionFigures,
    Section,
    StaffLabel,
    Targets,
)
from app.ports import UnitOfWork
from app.reference_data.model import Kind
from app.reference_data.target_groups import TargetGroupResolver
from app.visitation.contact_course import site_course_share
from shared_store.jobshop.tables import AdviceSessionRow, JobReferralRow, KvikRequestRow, VacancyRow
from shared_store.reference_data.repository import SqlReferenceVersions
from shared_store.tables import CitizenRow, SiteRow, StaffRow, TicketRow, VisitRow
from shared_store.unit_of_work import SqlUnitOfWork
from shared_store.uow_port import as_port
from shared_store.visitation.tables import (
    CategorisationDecisionRow,
    FollowUpRow,
    GroupBookingRow,
    GroupSessionRow,
    ReferralRow,
)

HEARING = "partshoering"  # FollowUpKind.HEARING
DONE = "done"  # FollowUpStatus.DONE
BOOKED = "booked"  # BookingStatus.BOOKED
CANCELLED = "cancelled"
FULFILLED = "fulfilled"  # KvikStatus.FULFILLED
TICKET_DONE, NO_SHOW, TICKET_CANCELLED = "done", "no_show", "cancelled"

Key = tuple[dt.date, str, str, str | None, str, str]  # day, site, unit, staff, group, breakdown


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=COPENHAGEN).astimezone(dt.UTC)


def _hour(column: Any) -> ColumnElement[str]:
    # Inline numbers: PostgreSQL must see the same expression in SELECT and GROUP BY.
    return func.substr(column, literal_column("1"), literal_column("13"), type_=String)


class _Days:
    """UTC hour text → Copenhagen day, remembered."""

    def __init__(self) -> None:
        self._days: dict[str, dt.date] = {}

    def __call__(self, hour: str) -> dt.date:
        day = self._days.get(hour)
        if day is None:
            moment = dt.datetime.fromisoformat(hour + ":00:00+00:00")
            day = self._days[hour] = moment.astimezone(COPENHAGEN).date()
        return day


class _Rows:
    """Counts summed per (section, measure, key): several hours fold into one day."""

    def __init__(self) -> None:
        self.counts: dict[tuple[Section, Measure], dict[Key, int]] = defaultdict(
            lambda: defaultdict(int)
        )

    def add(self, section: Section, measure: Measure, key: Key, value: int) -> None:
        if value:
            self.counts[(section, measure)][key] += value

    def rows(self) -> list[FigureRow]:
        out = [
            FigureRow(section, measure, day, site, unit, staff, group, breakdown, value)
            for (section, measure), by_key in self.counts.items()
            for (day, site, unit, staff, group, breakdown), value in by_key.items()
            if value
        ]
        out.sort(
            key=lambda r: (
                (r.section, r.measure, r.day, r.site_code, r.unit, r.staff_id or "")
                + (r.group, r.breakdown)
            )
        )
        return out


def _wait_seconds(session: Session) -> ColumnElement[Any]:
    """Seconds from the ticket's arrival to its first call (the stored UTC texts)."""
    called = func.coalesce(TicketRow.first_called_at, TicketRow.called_at)
    arrival = func.coalesce(TicketRow.queued_at, TicketRow.issued_at)
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy import DateTime, cast, extract

        return extract(
            "epoch", cast(called, DateTime(timezone=True)) - cast(arrival, DateTime(timezone=True))
        )
    return (func.julianday(called) - func.julianday(arrival)) * 86400.0


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.sum(case((condition, 1), else_=0))


class _Query:
    def __init__(
        self,
        session: Session,
        start: dt.date,
        end: dt.date,
        sites: Sequence[str],
        per_staff: bool,
        targets: Targets,
        now: dt.datetime,
    ) -> None:
        self.session = session
        self.start, self.end = start, end
        self.low, self.high = _midnight(start), _midnight(end + dt.timedelta(days=1))
        self.sites = tuple(sites)
        self.per_staff = per_staff
        self.targets = targets
        self.now = now
        self.day = _Days()
        self.out = _Rows()
        versions = SqlReferenceVersions(session).versions(Kind.TARGET_GROUPS)
        self.target_groups = TargetGroupResolver(versions)

    def _staff(self, column: Any) -> list[Any]:
        return [column] if self.per_staff else []

    def _who(self, value: Any) -> str | None:
        return (value or "") if self.per_staff else None

    def _in_period(self, moment: Any, site: Any) -> list[ColumnElement[bool]]:
        where = [moment >= self.low, moment < self.high]
        if self.sites:
            where.append(site.in_(self.sites))
        return where

    def _run(self, stmt: Select[Any] | Any) -> Iterable[Any]:
        return self.session.execute(stmt).all()

    def registrations(self) -> None:
        d = CategorisationDecisionRow
        # The citizen's latest category decided before the visit (its target group's rule).
        category = (
            select(d.category)
            .where(d.citizen_id == VisitRow.citizen_id, d.decided_at <= VisitRow.started_at)
            .order_by(d.decided_at.desc())
            .limit(1)
            .correlate(VisitRow)
            .scalar_subquery()
        )
        visits = (
            select(
                _hour(VisitRow.started_at).label("h"),
                VisitRow.site_code.label("site"),
                VisitRow.service_code.label("unit"),
                VisitRow.staff_id.label("staff"),
                CitizenRow.support_basis.label("basis"),
                category.label("category"),
            )
            .join(CitizenRow, CitizenRow.id == VisitRow.citizen_id)
            .where(*self._in_period(VisitRow.started_at, VisitRow.site_code))
            .subquery()
        )
        # Grouped outside: PostgreSQL will not group by a correlated subquery itself.
        v = visits.c
        keys = [v.h, v.site, v.unit, *self._staff(v.staff), v.basis, v.category]
        for row in self._run(select(*keys, func.count()).group_by(*keys)):
            h, site, unit, *who, basis, latest, n = row
            day = self.day(h)
            group = self.target_groups.code(basis, latest, day)
            key = (day, site, unit, self._who(who[0] if who else None), group, basis)
            self.out.add(Section.REGISTRATION, Measure.VISITS, key, n)

    def visitations(self) -> None:
        d = CategorisationDecisionRow
        hour = _hour(d.decided_at)
        keys = [hour, d.site_code, *self._staff(d.staff_id), d.scheme_code, d.category]
        departed = _count_if(
            d.suggested_category.is_not(None) & (d.suggested_category != d.category)
        )
        stmt = (
            select(*keys, func.count(), departed)
            .where(*self._in_period(d.decided_at, d.site_code))
            .group_by(*keys)
        )
        for row in self._run(stmt):
            h, site, *who, scheme, category, n, off = row
            key = (self.day(h), site, "", self._who(who[0] if who else None), scheme, category)
            self.out.add(Section.VISITATION, Measure.DECISIONS, key, n)
            self.out.add(Section.VISITATION, Measure.DEPARTED, key, int(off or 0))

    def referrals(self) -> None:
        r = ReferralRow
        hour = _hour(r.referred_at)
        keys = [hour, r.site_code, r.from_target, *self._staff(r.staff_id), r.to_site, r.to_target]
        moved = _count_if(r.anchor_moved.is_(True))
        stmt = (
            select(*keys, func.count(), moved)
            .where(*self._in_period(r.referred_at, r.site_code))
            .group_by(*keys)
        )
        for row in self._run(stmt):
            h, site, unit, *who, to_site, to_target, n, onward = row
            key = (self.day(h), site, unit, self._who(who[0] if who else None), to_site, to_target)
            self.out.add(Section.REFERRAL, Measure.REFERRALS, key, n)
            self.out.add(Section.REFERRAL, Measure.RE_REFERRALS, key, int(onward or 0))

    def meetings(self) -> None:
        s, b = GroupSessionRow, GroupBookingRow
        hour = _hour(s.starts_at)
        keys = [hour, s.site_code, s.kind, *self._staff(b.staff_id), b.status]
        held = _count_if(s.starts_at < self.now)
        stmt = (
            select(*keys, func.count(), held)
            .join(s, s.id == b.session_id)
            .where(*self._in_period(s.starts_at, s.site_code))
            .group_by(*keys)
        )
        held_booked: dict[Key, int] = defaultdict(int)
        for row in self._run(stmt):
            h, site, kind, *who, status, n, n_held = row
            key = (self.day(h), site, "", self._who(who[0] if who else None), kind, "")
            if status == BOOKED:
                self.out.add(Section.MEETING, Measure.BOOKED, key, n)
                held_booked[key] += int(n_held or 0)
            elif status == CANCELLED:
                self.out.add(Section.MEETING, Measure.CANCELLED, key, n)
        f = FollowUpRow
        keys = [hour, s.site_code, s.kind, *self._staff(b.staff_id)]
        stmt = (
            select(*keys, func.count())
            .select_from(f)
            .join(b, b.id == f.source_id)
            .join(s, s.id == b.session_id)
            .where(f.kind == HEARING, b.status == BOOKED)
            .where(*self._in_period(s.starts_at, s.site_code))
            .group_by(*keys)
        )
        absent: dict[Key, int] = defaultdict(int)
        for row in self._run(stmt):
            h, site, kind, *who, n = row
            key = (self.day(h), site, "", self._who(who[0] if who else None), kind, "")
            self.out.add(Section.MEETING, Measure.ABSENT, key, n)
            absent[key] += n
        for key, n in held_booked.items():
            self.out.add(Section.MEETING, Measure.ATTENDED, key, max(n - absent.get(key, 0), 0))

    def hearings(self) -> None:
        f = FollowUpRow
        hour = _hour(f.created_at)
        stmt = (
            select(hour, f.site_code, func.count())
            .where(f.kind == HEARING, *self._in_period(f.created_at, f.site_code))
            .group_by(hour, f.site_code)
        )
        for h, site, n in self._run(stmt):
            key = (self.day(h), site, "", self._who(""), "", "")
            self.out.add(Section.HEARING, Measure.OPENED, key, n)
        hour = _hour(f.closed_at)
        keys = [hour, f.site_code, *self._staff(f.closed_by), f.outcome, f.due]
        stmt = (
            select(*keys, func.count())
            .where(f.kind == HEARING, f.status == DONE)
            .where(*self._in_period(f.closed_at, f.site_code))
            .group_by(*keys)
        )
        grace = dt.timedelta(days=self.targets.hearing_conclusion_days)
        for row in self._run(stmt):
            h, site, *who, outcome, due, n = row
            day = self.day(h)
            key = (day, site, "", self._who(who[0] if who else None), "", outcome)
            self.out.add(Section.HEARING, Measure.CONCLUDED, key, n)
            if day <= due + grace:
                self.out.add(Section.HEARING, Measure.KEPT, key, n)

    def job_referrals(self) -> None:
        j, v = JobReferralRow, VacancyRow
        hour = _hour(j.referred_at)
        keys = [hour, j.site_code, v.trade_area, *self._staff(j.staff_id), j.outcome]
        stmt = (
            select(*keys, func.count())
            .join(v, v.id == j.vacancy_id)
            .where(*self._in_period(j.referred_at, j.site_code))
            .group_by(*keys)
        )
        for row in self._run(stmt):
            h, site, area, *who, outcome, n = row
            key = (self.day(h), site, area, self._who(who[0] if who else None), "", outcome)
            self.out.add(Section.JOB_REFERRAL, Measure.REFERRALS, key, n)

    def kvik(self) -> None:
        k = KvikRequestRow
        hour = _hour(k.received_at)
        keys = [hour, k.site_code, k.trade_area, *self._staff(k.staff_id), k.status]
        in_time = _count_if((k.status == FULFILLED) & (k.closed_at <= k.due_at))
        stmt = (
            select(*keys, func.count(), in_time)
            .where(*self._in_period(k.received_at, k.site_code))
            .group_by(*keys)
        )
        for row in self._run(stmt):
            h, site, area, *who, status, n, met = row
            key = (self.day(h), site, area, self._who(who[0] if who else None), "", status)
            self.out.add(Section.KVIK, Measure.REQUESTS, key, n)
            met_key = (*key[:5], "")
            self.out.add(Section.KVIK, Measure.MET_IN_TIME, met_key, int(met or 0))

    def advice(self) -> None:
        a = AdviceSessionRow
        hour = _hour(a.held_at)
        keys = [hour, a.site_code, *self._staff(a.staff_id), a.topic]
        stmt = (
            select(*keys, func.count(), func.sum(a.minutes))
            .where(*self._in_period(a.held_at, a.site_code))
            .group_by(*keys)
        )
        for row in self._run(stmt):
            h, site, *who, topic, n, minutes = row
            key = (self.day(h), site, "", self._who(who[0] if who else None), "", topic)
            self.out.add(Section.ADVICE, Measure.SESSIONS, key, n)
            self.out.add(Section.ADVICE, Measure.MINUTES, key, int(minutes or 0))

    def queue(self) -> None:
        t = TicketRow
        keys = [t.service_day, t.site_code, t.service_code, *self._staff(t.called_by)]
        called = func.coalesce(t.first_called_at, t.called_at)
        wait = _wait_seconds(self.session)
        limit = self.targets.queue_service_level_minutes * 60
        stmt = (
            select(
                *keys,
                func.count(),
                _count_if(t.status == TICKET_DONE),
                _count_if(t.status == NO_SHOW),
                _count_if(t.status == TICKET_CANCELLED),
                func.count(called),
                # julianday keeps about 0.1 ms: a wait of exactly the target counts in time.
                _count_if(called.is_not(None) & (wait <= limit + 0.0005)),
                func.sum(case((called.is_not(None), wait), else_=0.0)),
            )
            .where(t.service_day >= self.start, t.service_day <= self.end)
            .where(*([t.site_code.in_(self.sites)] if self.sites else []))
            .group_by(*keys)
        )
        for row in self._run(stmt):
            day, site, unit, *who, arrivals, served, no_shows, cancelled, n_called, fast, waits = (
                row
            )
            key = (day, site, unit, self._who(who[0] if who else None), "", "")
            self.out.add(Section.QUEUE, Measure.ARRIVALS, key, arrivals)
            self.out.add(Section.QUEUE, Measure.SERVED, key, int(served or 0))
            self.out.add(Section.QUEUE, Measure.NO_SHOWS, key, int(no_shows or 0))
            self.out.add(Section.QUEUE, Measure.CANCELLED, key, int(cancelled or 0))
            self.out.add(Section.QUEUE, Measure.CALLED, key, n_called)
            self.out.add(Section.QUEUE, Measure.CALLED_IN_TIME, key, int(fast or 0))
            self.out.add(Section.QUEUE, Measure.WAIT_SECONDS, key, round(float(waits or 0)))

    def sites_covered(self) -> tuple[str, ...]:
        if self.sites:
            return self.sites
        return tuple(self.session.scalars(select(SiteRow.code).order_by(SiteRow.code)))

    def staff_labels(self, rows: Sequence[FigureRow]) -> tuple[StaffLabel, ...]:
        named = sorted({r.staff_id for r in rows if r.staff_id})
        if not named:
            return ()
        found = {
            s.id: s for s in self.session.scalars(select(StaffRow).where(StaffRow.id.in_(named)))
        }
        return tuple(
            StaffLabel(i, found[i].initials, found[i].name) if i in found else StaffLabel(i, i, i)
            for i in named
        )


SECTIONS: tuple[Callable[[_Query], None], ...] = (
    _Query.registrations,
    _Query.visitations,
    _Query.referrals,
    _Query.meetings,
    _Query.hearings,
    _Query.job_referrals,
    _Query.kvik,
    _Query.advice,
    _Query.queue,
)


def compute_figures(
    session: Session,
    period_start: dt.date,
    period_end: dt.date,
    sites: Sequence[str],
    per_staff: bool,
    *,
    origin: FiguresOrigin,
    now: dt.datetime,
    targets: Targets | None = None,
    uow: UnitOfWork | None = None,
) -> ProductionFigures:
    """Every section's figures of `sites` (empty: every site) for the days from
    `period_start` to `period_end`, both included, in one read. The contact course is
    read through `uow` (the same session's unit of work), when given."""
    targets = targets or Targets()
    query = _Query(session, period_start, period_end, sites, per_staff, targets, now)
    for section in SECTIONS:
        section(query)
    if uow is not None:
        targets = _contact_course(query, uow) or targets
    rows = query.out.rows()
    return ProductionFigures(
        period_start=period_start,
        period_end=period_end,
        sites=query.sites_covered(),
        per_staff=per_staff,
        origin=origin,
        computed_at=now,
        rows=tuple(rows),
        targets=targets,
        staff=query.staff_labels(rows) if per_staff else (),
    )


def _contact_course(query: _Query, uow: UnitOfWork) -> Targets | None:
    """The course at each site on the period's last day (today while it runs); the
    targets with the share of the rule in force then, or None without a course."""
    today = query.now.astimezone(COPENHAGEN).date()
    day = min(query.end, today)
    if day < query.start:
        return None
    share = None
    for site in query.sites_covered():
        share = site_course_share(uow, site, day)
        if share is None:
            return None
        key = (day, site, "", query._who(""), "", "")
        query.out.add(Section.CONTACT_COURSE, Measure.IN_COURSE, key, share.in_course)
        query.out.add(Section.CONTACT_COURSE, Measure.ON_TRACK, key, share.on_track)
        query.out.add(Section.CONTACT_COURSE, Measure.EXEMPTED, key, share.exempted)
    if share is None:
        return None
    return dataclasses.replace(query.targets, contact_course_share=share.target_percent / 100)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SqlProductionFigures:
    """A store's production figures (`ProductionFiguresSource`)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        origin: FiguresOrigin,
        *,
        targets: Targets | None = None,
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self._sessions = sessions
        self._origin = origin
        self._targets = targets
        self._clock = clock

    def production_figures(
        self,
        period_start: dt.date,
        period_end: dt.date,
        sites: Sequence[str],
        per_staff: bool,
    ) -> ProductionFigures:
        with SqlUnitOfWork(self._sessions) as uow, uow.session.begin():
            return compute_figures(
                uow.session,
                period_start,
                period_end,
                sites,
                per_staff,
                origin=self._origin,
                now=self._clock(),
                targets=self._targets,
                uow=as_port(uow),
            )
