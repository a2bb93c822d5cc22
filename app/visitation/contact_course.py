"""The reform's contact course (kontaktforløb, from 1 January 2027) as rules in data.

A scheme may carry a `contact_course` (categorisation_schemes.json): which of its
categories are in the course, how many job interviews are due within how many
months of the course's first day, the target share of citizens on track, how many
may be exempted (one in four) and for which reasons. Nothing here names a number.

- The course's first day is the day of the earliest decision in the citizen's latest
  unbroken run of decisions under a scheme of the same code whose category is in
  the course: a re-assessment that keeps the citizen job-ready continues the course;
  one that does not ends it; a decision under an older scheme (2014's parat) has no
  course and keeps its scheme's own contact-interview cycle until re-assessed.
- Interviews are held contact interviews: contact-interview follow-ups closed as
  done (by `complete_follow_up` or `register_job_interview`) on or after the first day.
- Due dates are spread evenly: interview i of n in m months is due within i·m/n months
  of the first day, a part of a month counted as that part of 30 days, the due date
  being the last day in time (4 in 6 months from 1 January 2027: 15 February,
  31 March, 15 May, 30 June — the last day of the first six months).
- A citizen is on track on a day when the interviews held are at least the number of
  due dates before that day. The site's share is on track ÷ all in the course in
  their first months at the site (the exempted count in the denominator, not the
  numerator), set against the target share.
- The site of a course is the site of the citizen's latest decision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.clock import COPENHAGEN, service_day
from app.errors import ValidationError
from app.visitation.deadlines import add_months, add_period
from app.visitation.records import (
    CourseExemption,
    Decision,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
)
from app.visitation.schemes import (
    ContactCourseRule,
    ExemptionReason,
    Scheme,
    choose_scheme,
    find_scheme,
)

if TYPE_CHECKING:
    from app.ports import UnitOfWork

DAYS_PER_MONTH_PART = 30  # a part of a month in due dates: 1/2 month = 15 days


def parse_contact_course(data: Mapping[str, Any] | None, where: str) -> ContactCourseRule | None:
    if data is None:
        return None
    try:
        limit = data["exemption_limit"]
        rule = ContactCourseRule(
            categories=frozenset(str(c) for c in data["categories"]),
            interviews=int(data["interviews"]),
            months=int(data["months"]),
            target_percent=int(data["target_percent"]),
            exemption_numerator=int(limit["numerator"]),
            exemption_denominator=int(limit["denominator"]),
            exemption_reasons=tuple(
                ExemptionReason(str(r["code"]), str(r["label_da"]))
                for r in data["exemption_reasons"]
            ),
            label_da=str(data.get("label_da", "")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(
            "{where}: kontaktforløbet kan ikke læses: {exc!r}.", where=where, exc=exc
        ) from None
    if rule.interviews < 1 or rule.months < 1:
        raise ValidationError(
            "{where}: kontaktforløbet skal have samtaler og måneder.", where=where
        )
    if not 0 < rule.target_percent <= 100:
        raise ValidationError("{where}: målet skal være mellem 1 og 100 %.", where=where)
    if not 0 <= rule.exemption_numerator <= rule.exemption_denominator or (
        rule.exemption_denominator < 1
    ):
        raise ValidationError("{where}: grænsen for fritagelser er ugyldig.", where=where)
    if not rule.exemption_reasons:
        raise ValidationError(
            "{where}: kontaktforløbet har ingen grunde til fritagelse.", where=where
        )
    return rule


def first_interview_offset(rule: ContactCourseRule) -> tuple[int, int]:
    """(months, days) from the first day to the first interview's due date."""
    return _offset(rule, 1)


def _offset(rule: ContactCourseRule, number: int) -> tuple[int, int]:
    """The last day in time: the day before i·m/n months have passed since the first day."""
    whole, part = divmod(number * rule.months, rule.interviews)
    return whole, part * DAYS_PER_MONTH_PART // rule.interviews - 1


def due_dates(rule: ContactCourseRule, first_day: dt.date) -> tuple[dt.date, ...]:
    """The due date of each of the course's interviews, in order."""
    return tuple(
        add_period(first_day, months=m, days=d)
        for m, d in (_offset(rule, n) for n in range(1, rule.interviews + 1))
    )


def course_end(rule: ContactCourseRule, first_day: dt.date) -> dt.date:
    """The last day of the course's first months (6 months from 2 January: 1 July)."""
    return add_months(first_day, rule.months) - dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class CourseStart:
    scheme: Scheme
    rule: ContactCourseRule
    first_day: dt.date
    latest: Decision  # the decision that holds the course now (its site is the course's)


def course_of(decisions: Sequence[Decision], schemes: Iterable[Scheme]) -> CourseStart | None:
    """The citizen's running course from their decisions (newest first), or None."""
    known = list(schemes)

    def rule_for(decision: Decision) -> tuple[Scheme, ContactCourseRule] | None:
        scheme = find_scheme(known, decision.scheme_code, decision.scheme_version)
        if scheme is None or scheme.contact_course is None:
            return None
        if decision.category not in scheme.contact_course.categories:
            return None
        return scheme, scheme.contact_course

    if not decisions:
        return None
    latest = decisions[0]
    found = rule_for(latest)
    if found is None:
        return None
    scheme, rule = found
    first = latest
    for earlier in decisions[1:]:
        if earlier.scheme_code != latest.scheme_code or rule_for(earlier) is None:
            break
        first = earlier
    return CourseStart(scheme, rule, service_day(first.decided_at), latest)


def held_interviews(follow_ups: Iterable[FollowUp], first_day: dt.date) -> tuple[dt.date, ...]:
    """The days of the contact interviews held from the course's first day, in order."""
    return tuple(
        sorted(
            service_day(f.closed_at)
            for f in follow_ups
            if f.kind is FollowUpKind.CONTACT_INTERVIEW
            and f.status is FollowUpStatus.DONE
            and f.closed_at is not None
            and service_day(f.closed_at) >= first_day
        )
    )


@dataclass(frozen=True, slots=True)
class CourseStatus:
    citizen_id: str
    site_code: str
    first_day: dt.date
    last_day: dt.date  # of the course's first months
    interviews_due: int  # in the whole course (4)
    held: int
    due_before_today: int  # due dates already passed
    next_due: dt.date | None  # the due date of the next interview; None when all are held
    exemption: CourseExemption | None
    exemption_label: str = ""

    def running_on(self, day: dt.date) -> bool:
        return self.first_day <= day <= self.last_day

    @property
    def on_track(self) -> bool:
        return self.held >= self.due_before_today


def status_from(
    start: CourseStart,
    follow_ups: Iterable[FollowUp],
    exemptions: Iterable[CourseExemption],
    today: dt.date,
) -> CourseStatus:
    dates = due_dates(start.rule, start.first_day)
    held = held_interviews(follow_ups, start.first_day)
    exemption = next((e for e in exemptions if e.course_start == start.first_day), None)
    labels = {r.code: r.label_da for r in start.rule.exemption_reasons}
    return CourseStatus(
        citizen_id=start.latest.citizen_id,
        site_code=start.latest.site_code,
        first_day=start.first_day,
        last_day=course_end(start.rule, start.first_day),
        interviews_due=start.rule.interviews,
        held=len(held),
        due_before_today=sum(1 for d in dates if d < today),
        next_due=dates[len(held)] if len(held) < len(dates) else None,
        exemption=exemption,
        exemption_label=labels.get(exemption.reason_code, exemption.reason_code)
        if exemption
        else "",
    )


@dataclass(frozen=True, slots=True)
class SiteCourseShare:
    """The share of citizens on track at a site on a day, against the target."""

    site_code: str
    day: dt.date
    in_course: int  # job-ready cash-benefit recipients in their first months at the site
    on_track: int  # not exempted and on track
    exempted: int
    target_percent: int
    exemption_numerator: int = 1
    exemption_denominator: int = 4

    @property
    def share_percent(self) -> float | None:
        return 100.0 * self.on_track / self.in_course if self.in_course else None

    @property
    def meets_target(self) -> bool:
        # exact: on_track / in_course >= target / 100
        return self.in_course > 0 and self.on_track * 100 >= self.target_percent * self.in_course

    @property
    def exemptions_allowed(self) -> int:
        return self.in_course * self.exemption_numerator // self.exemption_denominator


def may_exempt_one_more(exempted: int, in_course: int, rule: ContactCourseRule) -> bool:
    """One more exemption keeps the exempted at most numerator/denominator of the course's
    citizens at the site (exact integers: (exempted + 1) · 4 ≤ in_course · 1)."""
    return (exempted + 1) * rule.exemption_denominator <= in_course * rule.exemption_numerator


def rule_in_force(schemes: Iterable[Scheme], day: dt.date) -> ContactCourseRule | None:
    try:
        return choose_scheme(schemes, day).contact_course
    except ValidationError:
        return None


def course_status(
    uow: UnitOfWork, citizen_id: str, day: dt.date, schemes: Sequence[Scheme] | None = None
) -> CourseStatus | None:
    """The citizen's course on `day`, or None: no course, or no longer on a support basis
    the course's scheme applies to (e.g. employed). `schemes`: read once by a caller that
    asks for many citizens."""
    citizen = uow.citizens.get(citizen_id)
    known = uow.visitation.schemes() if schemes is None else schemes
    course = course_of(uow.visitation.decisions_for(citizen_id), known)
    if citizen is None or course is None:
        return None
    if citizen.support_basis.value not in course.scheme.applies_to:
        return None
    return status_from(
        course,
        uow.visitation.follow_ups_for(citizen_id),
        uow.visitation.exemptions_for(citizen_id),
        day,
    )


def site_course_statuses(uow: UnitOfWork, site_code: str, day: dt.date) -> list[CourseStatus]:
    """The site's population for the target and the exemption limit: job-ready cash-benefit
    recipients in their course's first months on `day` whose latest decision was made at
    the site."""
    schemes = uow.visitation.schemes()
    longest = max((s.contact_course.months for s in schemes if s.contact_course), default=0)
    if longest == 0:
        return []
    since = add_months(day, -longest) - dt.timedelta(days=1)
    since_at = dt.datetime.combine(since, dt.time.min, tzinfo=COPENHAGEN)
    statuses = []
    for candidate in uow.visitation.course_candidates(site_code, since_at):
        course = course_of(candidate.decisions, schemes)
        if course is None or candidate.support_basis not in course.scheme.applies_to:
            continue
        status = status_from(course, candidate.interviews, candidate.exemptions, day)
        if status.site_code == site_code and status.running_on(day):
            statuses.append(status)
    return statuses


def site_course_share(uow: UnitOfWork, site_code: str, day: dt.date) -> SiteCourseShare | None:
    """The share of the site's citizens in the course who are on track (not exempted and
    with at least the interviews due before `day` held), against the target; None when no
    scheme in force on `day` has a contact course."""
    rule = rule_in_force(uow.visitation.schemes(), day)
    if rule is None:
        return None
    statuses = site_course_statuses(uow, site_code, day)
    return SiteCourseShare(
        site_code=site_code,
        day=day,
        in_course=len(statuses),
        on_track=sum(1 for s in statuses if s.exemption is None and s.on_track),
        exempted=sum(1 for s in statuses if s.exemption is not None),
        target_percent=rule.target_percent,
        exemption_numerator=rule.exemption_numerator,
        exemption_denominator=rule.exemption_denominator,
    )
