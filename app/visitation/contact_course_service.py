"""The reform's contact course at the desk: a citizen's course, the site's share, the commands."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.commands.envelope import new_id
from app.reference_data.target_groups import target_group
from app.visitation.contact_course import (
    CourseStatus,
    SiteCourseShare,
    course_of,
    course_status,
    site_course_share,
)
from app.visitation.schemes import ExemptionReason, choose_scheme
from app.visitation.service_base import VisitationServiceBase
from app.visitation.target_groups import TargetGroup


@dataclass(frozen=True, slots=True)
class CitizenCourse:
    """What the citizen card shows: the target group and the course, either may be absent."""

    target_group: TargetGroup | None
    course: CourseStatus | None
    exemption_reasons: tuple[ExemptionReason, ...] = ()  # of the course's scheme

    @property
    def may_be_exempted(self) -> bool:
        """In a running course and not exempted yet (the site's limit is the command's)."""
        return (
            self.course is not None
            and self.course.exemption is None
            and bool(self.exemption_reasons)
        )


class ContactCourseService(VisitationServiceBase):
    @classmethod
    def beside(cls, other: VisitationServiceBase) -> ContactCourseService:
        """On the same store, bus, workstation and clock as another visitation service."""
        return cls(other._uow_factory, other._bus, other._ws, clock=other._clock)

    def citizen_course(self, citizen_id: str) -> CitizenCourse:
        day = self.today()
        with self._uow_factory() as uow:
            citizen = self._citizen(uow, citizen_id)
            decisions = uow.visitation.decisions_for(citizen_id)
            category = decisions[0].category if decisions else None
            # The version in force: an administrator's published rules, or the seed file's.
            group = target_group(uow, citizen.support_basis.value, category, day)
            status = course_status(uow, citizen_id, day)
            start = course_of(decisions, uow.visitation.schemes())
            running = status is not None and start is not None and status.running_on(day)
            reasons = start.rule.exemption_reasons if running and start else ()
            return CitizenCourse(group, status, reasons)

    def site_share(self, site_code: str | None = None) -> SiteCourseShare | None:
        """The site's share of citizens on track against the target (management figures)."""
        with self._uow_factory() as uow:
            return site_course_share(uow, site_code or self.site_code, self.today())

    def exemption_reasons(self) -> tuple[ExemptionReason, ...]:
        with self._uow_factory() as uow:
            course = choose_scheme(uow.visitation.schemes(), self.today()).contact_course
        return course.exemption_reasons if course else ()

    def register_interview(self, citizen_id: str, note: str = "") -> dt.date | None:
        """A job interview held today; returns the next one's due date (None: all held)."""
        args = {"interview_id": new_id(), "citizen_id": citizen_id, "note": note}
        result = self._bus.execute_one(self._envelope("register_job_interview", args))
        following = result.get("next_due")
        return dt.date.fromisoformat(following) if following else None

    def grant_exemption(self, citizen_id: str, reason_code: str, note: str = "") -> str:
        args = {
            "exemption_id": new_id(),
            "citizen_id": citizen_id,
            "reason_code": reason_code,
            "note": note,
        }
        result = self._bus.execute_one(self._envelope("grant_course_exemption", args))
        return str(result["exemption_id"])
